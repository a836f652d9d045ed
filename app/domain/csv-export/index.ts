export { csvCell, neutraliseCell } from "./cells";
export { LEAD_CSV_COLUMNS, LEAD_CSV_HEADERS, leadCsvRecord, type LeadCsvSource } from "./lead-columns";
export { AUDIT_PAGE_SIZE, CSV_EXPORT_KINDS, describeExportFilters, type CsvExportKind } from "./audit";
