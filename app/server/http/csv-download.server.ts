import { stringify } from "csv-stringify/sync";

/**
 * Records as CSV text the way spreadsheet programs read it: RFC 4180 quoting, CRLF record ends,
 * and, at the start of a file, the UTF-8 byte order mark and the header. The cells are taken as
 * they are: neutralising formulas is the caller's (`csvCell`).
 */
export function csvText(records: string[][], { header }: { header?: readonly string[] } = {}): string {
  return stringify(records, {
    bom: header !== undefined,
    header: header !== undefined,
    columns: header ? [...header] : undefined,
    record_delimiter: "windows",
  });
}

/** A CSV file to download: never cached (it holds leads' data), never sniffed as anything else. */
export function csvDownload(body: BodyInit, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
