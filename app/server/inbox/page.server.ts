import { type LeadFilters, type LeadViewer, dueText, formatInstant } from "../../domain/lead-inbox";
import {
  DEFAULT_PAGE_SIZE,
  type InboxFilterOptions,
  type InboxLeadRow,
  type LeadPage,
  getInboxFilterOptions,
  listLeads,
} from "./leads.server";
import { upcomingCalls } from "../booking/bookings.server";
import type { DB } from "../storage/db.server";
import type { InboxListRow, InboxSla } from "./page.types";
export type { InboxListRow, InboxSla } from "./page.types";

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
