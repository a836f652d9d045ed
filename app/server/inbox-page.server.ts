import { type LeadFilters, type LeadViewer, dueText } from "../domain/lead-inbox";
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
  received: string;
  sla: InboxSla;
  /** The likely and possible regimes shown, most exposed first: [regime id, "likely" | "possible"]. */
  regimes: [string, string][];
  /** A repeat submission of an earlier lead. */
  repeat?: true;
  /** The start of a call the visitor booked and that is still to come. */
  call?: string;
}

/** The service-level clock as the row shows it. */
export type InboxSla =
  | { state: "none" }
  | { state: "answered"; at: string }
  /** `left` says how long is left, or how late it is, while the lead is new. */
  | { state: "due" | "overdue"; at: string; left?: string };

export function inboxSla(row: InboxLeadRow, now: Date): InboxSla {
  if (row.slaDueAt === null) return { state: "none" };
  if (row.firstResponseAt !== null) return { state: "answered", at: row.firstResponseAt };
  const left = row.status === "new" ? dueText(row.slaDueAt, now.toISOString()) : undefined;
  return { state: row.overdue ? "overdue" : "due", at: row.slaDueAt, ...(left ? { left } : {}) };
}

export function toInboxListRow(row: InboxLeadRow, now: Date, call?: string): InboxListRow {
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
    received: row.receivedAt,
    sla: inboxSla(row, now),
    regimes: row.topRegimes.map((regime) => [regime.id, regime.status]),
    ...(row.duplicateOf !== null ? { repeat: true as const } : {}),
    ...(call ? { call } : {}),
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
  return { ...page, rows: page.rows.map((row) => toInboxListRow(row, now, calls.get(row.id))), options };
}
