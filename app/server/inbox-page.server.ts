import { type LeadFilters, type LeadViewer, dueText, formatInstant } from "../domain/lead-inbox";
import {
  DEFAULT_PAGE_SIZE,
  type InboxFilterOptions,
  type InboxLeadRow,
  type LeadPage,
  getInboxFilterOptions,
  listLeads,
} from "./admin-leads.server";
import { upcomingCalls } from "./booking/bookings.server";
import type { DB } from "./db.server";

/**
 * What one row of the inbox page shows, and nothing else. The page's data is sent twice (as HTML
 * and again for hydration), so every field here is paid for fifty times over: names instead of
 * objects with ids, the deadline's wording worked out once, optional fields left out when empty.
 * Times come formatted in the business time zone: the browser's date formatting may differ from
 * the server's (one writes "Sept", another "Sep"), and the hydrated page must show the same text.
 */
export interface InboxListRow {
  id: number;
  ref: string;
  /** Null once the lead's personal data is erased. */
  company: string | null;
  contact: string | null;
  band: string;
  score: number;
  status: string;
  owner: string | null;
  inbox: string | null;
  /** When the lead came in, formatted. */
  received: string;
  sla: InboxSla;
  /** The likely and possible regimes shown, most exposed first: [regime id, "likely" | "possible"]. */
  regimes: [string, string][];
  /** A repeat submission of an earlier lead. */
  repeat?: true;
  /** The start of a call the visitor booked and that is still to come, formatted. */
  call?: string;
  /** The lead's place in the list, carried by its link so its page can offer the next lead. */
  at: string;
}

/**
 * The service-level clock as the row shows it: the deadline as an instant and as text, and while
 * the lead is new how long is left, or how late it is (`left`).
 */
export type InboxSla =
  | { state: "none" }
  | { state: "answered"; text: string }
  | { state: "due" | "overdue"; at: string; text: string; left?: string };

export function inboxSla(row: InboxLeadRow, now: Date, timeZone: string): InboxSla {
  if (row.slaDueAt === null) return { state: "none" };
  if (row.firstResponseAt !== null) return { state: "answered", text: formatInstant(row.firstResponseAt, timeZone) };
  const left = row.status === "new" ? dueText(row.slaDueAt, now.toISOString()) : undefined;
  return {
    state: row.overdue ? "overdue" : "due",
    at: row.slaDueAt,
    text: formatInstant(row.slaDueAt, timeZone),
    ...(left ? { left } : {}),
  };
}

export function toInboxListRow(row: InboxLeadRow, now: Date, timeZone: string, call?: string): InboxListRow {
  return {
    id: row.id,
    ref: row.publicRef,
    company: row.erased ? null : row.company,
    contact: row.erased ? null : row.contactName,
    band: row.band,
    score: row.impactScore,
    status: row.status,
    owner: row.owner?.name ?? null,
    inbox: row.inbox?.name ?? null,
    received: formatInstant(row.receivedAt, timeZone),
    sla: inboxSla(row, now, timeZone),
    regimes: row.topRegimes.map((regime) => [regime.id, regime.status]),
    ...(row.duplicateOf !== null ? { repeat: true as const } : {}),
    ...(call ? { call: formatInstant(call, timeZone) } : {}),
    at: row.position,
  };
}

export interface InboxPage extends Omit<LeadPage, "rows"> {
  rows: InboxListRow[];
  options: InboxFilterOptions;
}

/** A page of the inbox as the inbox page shows it: the rows, the counts, the filter choices. */
export async function loadInboxPage(
  db: DB,
  viewer: LeadViewer,
  filters: LeadFilters,
  { after, now, timeZone }: { after?: string; now: Date; timeZone: string },
): Promise<InboxPage> {
  const [page, options] = await Promise.all([
    listLeads(db, viewer, filters, { after, limit: DEFAULT_PAGE_SIZE }, { now, timeZone }),
    getInboxFilterOptions(db),
  ]);
  // Calls visitors booked from their summary, shown beside each lead's status.
  const calls = await upcomingCalls(
    db,
    page.rows.map((row) => row.id),
    now,
  );
  return { ...page, rows: page.rows.map((row) => toInboxListRow(row, now, timeZone, calls.get(row.id))), options };
}
