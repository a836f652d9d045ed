/** How many of the most recent exports the audit page lists. */
export const AUDIT_PAGE_SIZE = 100;

/** What can be exported; the audit trail records which. */
export const CSV_EXPORT_KINDS = ["inbox", "report"] as const;
export type CsvExportKind = (typeof CSV_EXPORT_KINDS)[number];

/** The filters of an export as the audit trail shows them: the view's query string, or that there were none. */
export function describeExportFilters(query: string): string {
  return query === ""
    ? "No filters (every lead the person may see)"
    : decodeURIComponent(query.replaceAll("+", " ")).replaceAll("&", ", ");
}
