import { AUDIT_PAGE_SIZE, type CsvExportKind, LEAD_CSV_HEADERS, leadCsvRecord } from "../../domain/csv-export";
import { type LeadFilters, type LeadViewer, filtersToSearchParams } from "../../domain/lead-inbox";
import { walkAllLeads } from "./leads.server";
import type { DB } from "../storage/db.server";
import type { WriteReadiness } from "../http/write-readiness.server";
import { log } from "../log.server";
import { csvDownload, csvText } from "../http/csv-download.server";

/**
 * CSV exports, streamed: rows are read a page at a time through the inbox's own keyset walks
 * (`listLeads`, so the same filters, order and permissions apply) and each page is turned into
 * CSV only when the connection can take it. Memory stays at about one page, however many leads
 * match. Decision 022 explains the choices.
 */

const encoder = new TextEncoder();

async function startAudit(db: DB, userId: number, kind: CsvExportKind, filters: string, at: Date): Promise<number> {
  const row = await db
    .insertInto("csv_exports")
    .values({ user_id: userId, kind, filters, started_at: at.toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An export made in one go (a report table): recorded complete, with its row count. */
export async function recordCsvExport(
  db: DB,
  userId: number,
  kind: CsvExportKind,
  filters: string,
  rows: number,
  at = new Date(),
): Promise<void> {
  const iso = at.toISOString();
  await db
    .insertInto("csv_exports")
    .values({ user_id: userId, kind, filters, started_at: iso, finished_at: iso, rows, outcome: "complete" })
    .execute();
}

async function finishAudit(
  db: DB,
  id: number,
  rows: number,
  outcome: "complete" | "interrupted" | "failed",
): Promise<void> {
  await db
    .updateTable("csv_exports")
    .set({ rows, outcome, finished_at: new Date().toISOString() })
    .where("id", "=", id)
    .execute();
}

/** One page of the export, written: its bytes, how many leads they hold, and whether it is the end. */
interface CsvPage {
  bytes: Uint8Array;
  rows: number;
  last: boolean;
}

export interface InboxExportOptions {
  now?: Date;
  timeZone: string;
  writeReady: WriteReadiness;
}

/**
 * The inbox view `filters` as a CSV download for `viewer`. The first page is read before anything
 * is sent, so a filter that names nothing (an unknown inbox or owner) still throws
 * `LeadFilterError` and can be answered with a 400; after that the rows stream.
 */
export async function inboxCsvResponse(
  db: DB,
  viewer: LeadViewer,
  filters: LeadFilters,
  { now = new Date(), timeZone, writeReady }: InboxExportOptions,
): Promise<Response> {
  // A page becomes bytes as soon as it is read, and the lead objects behind it are dropped before
  // the stream waits on the reader: objects still reachable when the young generation is collected
  // are moved to the old one, where they stay until a full collection (decision 022).
  const nextRecords = await walkAllLeads(db, viewer, filters, leadCsvRecord, { now, timeZone });
  let first = true;
  const readPage = async (): Promise<CsvPage> => {
    const { items: records, more } = await nextRecords();
    const text = csvText(records, { header: first ? LEAD_CSV_HEADERS : undefined });
    first = false;
    return { bytes: encoder.encode(text), rows: records.length, last: !more };
  };
  let page: CsvPage | null = await readPage();
  const query = filtersToSearchParams(filters).toString();
  const auditId = await startAudit(db, viewer.id, "inbox", query, now);
  let rows = 0;
  let settled = false;
  const settle = async (outcome: "complete" | "interrupted" | "failed") => {
    if (settled) return;
    settled = true;
    await finishAudit(db, auditId, rows, outcome);
  };

  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!(await writeReady())) {
            await settle("interrupted");
            controller.close();
            return;
          }
          if (page === null) {
            await settle("complete");
            controller.close();
            return;
          }
          const current: CsvPage = page;
          controller.enqueue(current.bytes);
          rows += current.rows;
          page = current.last ? null : await readPage();
        } catch (error) {
          log.error(
            `CSV export ${auditId} failed after ${rows} rows: ${error instanceof Error ? error.message : String(error)}`,
          );
          await settle("failed").catch(() => undefined);
          controller.error(error);
        }
      },
      async cancel() {
        await settle("interrupted");
      },
    },
    // One page of bytes waiting at most: the next is read only when this one has been taken.
    { highWaterMark: 0 },
  );

  return csvDownload(body, `leads-${now.toISOString().slice(0, 10)}.csv`);
}

export interface CsvExportEntry {
  id: number;
  who: string;
  kind: string;
  filters: string;
  rows: number;
  outcome: string;
  startedAt: string;
  finishedAt: string | null;
}

/** The most recent exports, newest first, for administrators. */
export async function recentCsvExports(db: DB, limit = AUDIT_PAGE_SIZE): Promise<CsvExportEntry[]> {
  const rows = await db
    .selectFrom("csv_exports")
    .innerJoin("users", "users.id", "csv_exports.user_id")
    .select([
      "csv_exports.id",
      "users.name",
      "csv_exports.kind",
      "csv_exports.filters",
      "csv_exports.rows",
      "csv_exports.outcome",
      "csv_exports.started_at",
      "csv_exports.finished_at",
    ])
    .orderBy("csv_exports.started_at", "desc")
    .orderBy("csv_exports.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    who: row.name,
    kind: row.kind,
    filters: row.filters,
    rows: row.rows,
    outcome: row.outcome,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  }));
}
