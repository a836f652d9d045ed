export { csvCell, neutraliseCell } from "./cells";
export { LEAD_CSV_COLUMNS, LEAD_CSV_HEADERS, leadCsvRecord, type LeadCsvSource } from "./lead-columns";
export { CSV_EXPORT_KINDS, describeExportFilters, type CsvExportKind } from "./audit";
