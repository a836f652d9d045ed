import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { z } from "zod";
import type { Database } from "../../../db/schema";
import { REGIMES, REGIME_IDS, type RegimeId } from "../../domain/exposure";
import {
  LEAD_STATUSES,
  OPEN_STATUSES,
  type LeadFilters,
  type LeadStatus,
  type LeadViewer,
  type StatusFilter,
  isLeadStatus,
  isOverdue,
} from "../../domain/lead-inbox";
import { startOfLocalDay } from "../../domain/sla";
import type { DB } from "../storage/db.server";
import { type SearchMatches, findSearchMatches, leadMatchesSearch } from "./search.server";
import type { InboxFilterOptions } from "./leads.types";
export type { InboxFilterOptions } from "./leads.types";

export { LeadFiltersSchema, parseLeadFilters, type LeadFilters } from "../../domain/lead-inbox";
export { getLeadDetail, type LeadDetail, type LeadDetailResult } from "../leads/detail.server";
export { SEARCH_MATCH_LIMIT } from "./search.server";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
/** How many of a lead's regimes the inbox shows, most exposed first. */
export const TOP_REGIMES = 3;

/** A filter that names something that does not exist, such as an unknown inbox. */
export class LeadFilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LeadFilterError";
  }
}

/** A page cursor that was not made by `listLeads`, or was altered. */
export class InvalidCursorError extends Error {
  constructor() {
    super("This page link is not valid any more; start again from the first page.");
    this.name = "InvalidCursorError";
  }
}

export type FiredVerdict = "likely" | "possible";

export interface InboxLeadRow {
  id: number;
  publicRef: string;
  receivedAt: string;
  company: string;
  contactName: string;
  band: string;
  impactScore: number;
  priority: number;
  status: string;
  owner: { id: number; name: string } | null;
  inbox: { id: number; slug: string; name: string } | null;
  slaDueAt: string | null;
  firstResponseAt: string | null;
  /** Overdue at the time of the request (the order may use the first page's time; see the cursor). */
  overdue: boolean;
  topRegimes: { id: string; name: string; status: FiredVerdict }[];
  duplicateOf: number | null;
  erased: boolean;
  /** The lead's place in this list, for "next lead" on its page (see `nextInQueue`). */
  position: string;
}

export interface LeadPage {
  rows: InboxLeadRow[];
  /** Opaque; pass as `after` for the next page. Null on the last page. */
  nextCursor: string | null;
  /** Leads per status under the same filters except the status filter. */
  counts: Record<LeadStatus, number>;
  /**
   * False when the filters go beyond what the tallies hold and more than `COUNT_CAP` leads
   * match: the counts are then how many were found up to that point, each at least that many.
   */
  countsExact: boolean;
  /** The search matched more leads than are listed (`SEARCH_MATCH_LIMIT`): its most recent matches are. */
  searchTruncated: boolean;
}

/** Counting stops here for filters the tallies cannot answer (search, regime, source, dates). */
export const COUNT_CAP = 1000;

export interface ListOptions {
  now?: Date;
  /** The business time zone, in which the date-range filter's days begin and end. */
  timeZone?: string;
}

// ── The cursor ──────────────────────────────────────────────────────────────────────────────
//
// The order is: overdue first, then priority (highest first), then age (oldest first), then id.
// "Overdue" depends on the clock, so the cursor carries the instant the first page was read at
// and every later page judges overdue as of that instant: a lead that falls due while someone
// pages cannot jump back into pages already seen, and every lead is listed exactly once.

const CURSOR_VERSION = 1;
const CursorSchema = z.tuple([
  z.literal(CURSOR_VERSION),
  z.iso.datetime(),
  z.union([z.literal(0), z.literal(1)]),
  z.number().int(),
  z.string().min(1).max(40),
  z.number().int().positive(),
]);

interface SortKey {
  asOf: string;
  overdue: 0 | 1;
  priority: number;
  createdAt: string;
  id: number;
}

export function encodeCursor(key: SortKey): string {
  const tuple: z.input<typeof CursorSchema> = [
    CURSOR_VERSION,
    key.asOf,
    key.overdue,
    key.priority,
    key.createdAt,
    key.id,
  ];
  return Buffer.from(JSON.stringify(tuple)).toString("base64url");
}

export function decodeCursor(cursor: string): SortKey {
  try {
    if (cursor.length > 300) throw new InvalidCursorError();
    const [, asOf, overdue, priority, createdAt, id] = CursorSchema.parse(
      JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")),
    );
    return { asOf, overdue, priority, createdAt, id };
  } catch {
    throw new InvalidCursorError();
  }
}

// ── Conditions ──────────────────────────────────────────────────────────────────────────────

type LeadsBuilder = ExpressionBuilder<Database, "leads">;

/** What a consultant may see: their inboxes' leads and the leads they own. Admins see all. */
export function visibleTo(eb: LeadsBuilder, viewer: LeadViewer): Expression<SqlBool> | null {
  if (viewer.role === "admin") return null;
  const owned = eb("leads.owner_id", "=", viewer.id);
  return viewer.inboxIds.length > 0 ? eb.or([owned, eb("leads.inbox_id", "in", [...viewer.inboxIds])]) : owned;
}

// "Overdue" (the SQL twin of `isOverdue`): a new lead nobody has answered, past its deadline.
// The status and first-response terms are written as literals so that SQLite can see the query
// matches the partial index of unanswered leads; bound values would hide that.
const UNANSWERED = sql<SqlBool>`leads.status = 'new' and leads.first_response_at is null`;
/** Not first answered after `asOf`: what "next lead" keeps of a list read at that instant. */
const NOT_ANSWERED_SINCE = (asOf: string) =>
  sql<SqlBool>`(leads.first_response_at is null or leads.first_response_at <= ${asOf})`;

// Open leads, written as the statuses they are not: a `not in` cannot pick an index by status, so
// SQLite keeps walking the view's index in the page's order instead of reading four status ranges
// and sorting them. Closed leads are skipped as the walk meets them.
const NOT_OPEN = LEAD_STATUSES.filter((status) => !(OPEN_STATUSES as readonly string[]).includes(status));
const STILL_OPEN = sql<SqlBool>`leads.status not in (${sql.join(NOT_OPEN.map((status) => sql.lit(status)))})`;

function segmentCondition(overdue: boolean, asOf: string): Expression<SqlBool> {
  return overdue
    ? sql<SqlBool>`${UNANSWERED} and leads.sla_due_at < ${asOf}`
    : sql<SqlBool>`(leads.status <> 'new' or leads.first_response_at is not null or leads.sla_due_at is null or leads.sla_due_at >= ${asOf})`;
}

/** Filters whose values are checked against the database (inbox, owner) and dates as instants. */
interface ResolvedFilters {
  q?: SearchMatches;
  status?: StatusFilter;
  inboxId?: number;
  owner?: number | "unassigned";
  band?: string;
  regime?: RegimeId;
  source?: string;
  createdFrom?: string;
  createdBefore?: string;
}

async function resolveFilters(
  db: DB,
  viewer: LeadViewer,
  filters: LeadFilters,
  timeZone: string,
): Promise<ResolvedFilters> {
  const resolved: ResolvedFilters = {
    status: filters.status,
    band: filters.band,
    regime: filters.regime,
    source: filters.source,
  };
  if (filters.q) resolved.q = await findSearchMatches(db, filters.q);
  if (filters.inbox !== undefined) {
    const inbox = await db.selectFrom("inboxes").select("id").where("slug", "=", filters.inbox).executeTakeFirst();
    if (!inbox) throw new LeadFilterError(`There is no inbox called "${filters.inbox}"`);
    resolved.inboxId = inbox.id;
  }
  if (filters.owner === "me") resolved.owner = viewer.id;
  else if (filters.owner === "unassigned") resolved.owner = "unassigned";
  else if (typeof filters.owner === "number") {
    const user = await db.selectFrom("users").select("id").where("id", "=", filters.owner).executeTakeFirst();
    if (!user) throw new LeadFilterError(`There is no consultant number ${filters.owner}`);
    resolved.owner = user.id;
  }
  if (filters.from) resolved.createdFrom = startOfLocalDay(filters.from, timeZone);
  if (filters.to) resolved.createdBefore = startOfLocalDay(filters.to, timeZone, 1);
  return resolved;
}

/** The filters' conditions; the viewer's scope is added by the caller. */
function filterConditions(
  eb: LeadsBuilder,
  filters: ResolvedFilters,
  { withStatus }: { withStatus: boolean },
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (withStatus && filters.status === "open") conditions.push(STILL_OPEN);
  else if (withStatus && filters.status) conditions.push(eb("leads.status", "=", filters.status));
  // Suspected automation waits out of the default view, under its own status (issue 12).
  else if (withStatus) conditions.push(eb("leads.status", "<>", "unconfirmed"));
  if (filters.inboxId !== undefined) conditions.push(eb("leads.inbox_id", "=", filters.inboxId));
  if (filters.owner === "unassigned") conditions.push(eb("leads.owner_id", "is", null));
  else if (filters.owner !== undefined) conditions.push(eb("leads.owner_id", "=", filters.owner));
  if (filters.band) conditions.push(eb("leads.band", "=", filters.band));
  if (filters.source) conditions.push(eb("leads.source_article", "=", filters.source));
  if (filters.createdFrom) conditions.push(eb("leads.created_at", ">=", filters.createdFrom));
  if (filters.createdBefore) conditions.push(eb("leads.created_at", "<", filters.createdBefore));
  if (filters.regime) {
    // A probe of the (lead_id, regime) key for each lead the walk reaches, so the page keeps
    // its index order and stops after a page; only verdicts that fire are stored.
    conditions.push(
      eb.exists(
        eb
          .selectFrom("lead_regimes")
          .select("lead_regimes.lead_id")
          .whereRef("lead_regimes.lead_id", "=", "leads.id")
          .where("lead_regimes.regime", "=", filters.regime),
      ),
    );
  }
  if (filters.q) conditions.push(leadMatchesSearch(filters.q));
  return eb.and(conditions);
}

// ── Walking the order ───────────────────────────────────────────────────────────────────────
//
// Every view is read as index walks in the page's order that stop after a page: see
// docs/decisions/011-leads-at-scale.md. The order splits in two segments (overdue, then the
// rest); a viewer's scope splits in branches, one per equality SQLite can walk an index for
// (a consultant's inboxes, and the leads they own); a keyset position splits in "the rest of
// this priority" and "lower priorities", each an index range. The pieces are merged here.

/** One part of the viewer's scope that an index can serve on its own. */
type Branch = (eb: LeadsBuilder) => Expression<SqlBool> | null;

function scopeBranches(viewer: LeadViewer): Branch[] {
  if (viewer.role === "admin") return [() => null];
  return [
    (eb) => eb("leads.owner_id", "=", viewer.id),
    ...viewer.inboxIds.map(
      (inboxId): Branch =>
        (eb) =>
          eb("leads.inbox_id", "=", inboxId),
    ),
  ];
}

type PositionKey = Pick<SortKey, "priority" | "createdAt" | "id">;

const WALK_COLUMNS = [
  "leads.id",
  "leads.public_ref",
  "leads.created_at",
  "leads.company",
  "leads.contact_name",
  "leads.band",
  "leads.impact_score",
  "leads.priority",
  "leads.status",
  "leads.owner_id",
  "leads.inbox_id",
  "leads.sla_due_at",
  "leads.first_response_at",
  "leads.duplicate_of",
  "leads.erased_at",
] as const;

/**
 * One index walk of one segment, the segment returned as a constant column so that rows are used
 * as SQLite returns them. Copying each row to add it made objects that lived on through the page's
 * later queries and ended in V8's old generation: 45 MB of garbage in a 100,000-lead export
 * (docs/decisions/022).
 */
function walkQuery(db: DB, conditions: (eb: LeadsBuilder) => Expression<SqlBool>, limit: number, overdue: boolean) {
  return db
    .selectFrom("leads")
    .select(WALK_COLUMNS)
    .select(sql<0 | 1>`${sql.lit(overdue ? 1 : 0)}`.as("overdue_key"))
    .where(conditions)
    .orderBy("leads.priority", "desc")
    .orderBy("leads.created_at", "asc")
    .orderBy("leads.id", "asc")
    .limit(limit);
}

type WalkRow = Awaited<ReturnType<ReturnType<typeof walkQuery>["execute"]>>[number];

/** The queries one branch of one segment runs, in order: each an index range in the page's order. */
function branchQueries(
  db: DB,
  base: (eb: LeadsBuilder) => Expression<SqlBool>,
  after: PositionKey | null,
  limit: number,
  overdue: boolean,
) {
  if (!after) return [walkQuery(db, base, limit, overdue)];
  return [
    walkQuery(
      db,
      (eb) =>
        eb.and([
          base(eb),
          eb("leads.priority", "=", after.priority),
          sql<SqlBool>`(leads.created_at, leads.id) > (${after.createdAt}, ${after.id})`,
        ]),
      limit,
      overdue,
    ),
    walkQuery(db, (eb) => eb.and([base(eb), eb("leads.priority", "<", after.priority)]), limit, overdue),
  ];
}

const byQueueOrder = (a: WalkRow, b: WalkRow) =>
  b.priority - a.priority || (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0) || a.id - b.id;

/** The conditions of one branch of the viewer's scope within one segment, with the filters. */
function branchSegment(branch: Branch, filters: ResolvedFilters, overdue: boolean, asOf: string) {
  return (eb: LeadsBuilder) => {
    const scope = branch(eb);
    return eb.and([
      ...(scope ? [scope] : []),
      filterConditions(eb, filters, { withStatus: true }),
      segmentCondition(overdue, asOf),
    ]);
  };
}

/** Up to `limit` rows of one segment after `after`, merged across the viewer's branches. */
async function walkSegment(
  db: DB,
  viewer: LeadViewer,
  filters: ResolvedFilters,
  {
    overdue,
    asOf,
    after,
    limit,
    skipAnsweredSince = false,
  }: { overdue: boolean; asOf: string; after: PositionKey | null; limit: number; skipAnsweredSince?: boolean },
): Promise<WalkRow[]> {
  const perBranch = await Promise.all(
    scopeBranches(viewer).map(async (branch) => {
      const segment = branchSegment(branch, filters, overdue, asOf);
      const base = skipAnsweredSince ? (eb: LeadsBuilder) => eb.and([segment(eb), NOT_ANSWERED_SINCE(asOf)]) : segment;
      const rows: WalkRow[] = [];
      for (const query of branchQueries(db, base, after, limit, overdue)) {
        if (rows.length >= limit) break;
        rows.push(...(await query.limit(limit - rows.length).execute()));
      }
      return rows;
    }),
  );
  const seen = new Set<number>();
  return perBranch
    .flat()
    .sort(byQueueOrder)
    .filter((row) => (seen.has(row.id) ? false : (seen.add(row.id), true)))
    .slice(0, limit);
}

/** The SQL of every query a page of the inbox runs, for tests that check each one's plan. */
export async function inboxQueriesForPlan(
  db: DB,
  viewer: LeadViewer,
  filters: LeadFilters,
  { after, timeZone = "UTC", now = new Date() }: { after?: string; timeZone?: string; now?: Date } = {},
) {
  const resolved = await resolveFilters(db, viewer, filters, timeZone);
  const cursor = after ? decodeCursor(after) : null;
  const asOf = cursor?.asOf ?? now.toISOString();
  const compiled = [];
  for (const overdue of [true, false]) {
    for (const branch of scopeBranches(viewer)) {
      const base = branchSegment(branch, resolved, overdue, asOf);
      compiled.push(...branchQueries(db, base, cursor, DEFAULT_PAGE_SIZE + 1, overdue).map((query) => query.compile()));
    }
  }
  const counts = countQuery(db, viewer, resolved);
  compiled.push(counts.query.compile());
  return compiled;
}

// ── Queries ─────────────────────────────────────────────────────────────────────────────────

/**
 * One page of the inbox for `viewer`: the leads they may see that match the filters, overdue
 * first, then by priority, then oldest first, with a keyset cursor for the next page and the
 * count of leads per status under the same filters (except status, so the counts can offer
 * the other statuses). Throws `LeadFilterError` for an unknown inbox or owner and
 * `InvalidCursorError` for a cursor it did not make.
 */
export async function listLeads(
  db: DB,
  viewer: LeadViewer,
  filters: LeadFilters,
  page: { after?: string; limit: number },
  { now = new Date(), timeZone = "UTC" }: ListOptions = {},
): Promise<LeadPage> {
  const limit = Math.min(Math.max(Math.trunc(page.limit) || DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const cursor = page.after ? decodeCursor(page.after) : null;
  const asOf = cursor?.asOf ?? now.toISOString();
  const resolved = await resolveFilters(db, viewer, filters, timeZone);

  // One more than a page tells whether there is a next page without counting.
  const found = await walkQueue(db, viewer, resolved, { asOf, after: cursor, limit: limit + 1 });
  const pageRows = found.slice(0, limit);
  const last = pageRows.at(-1);
  const nextCursor = found.length > limit && last ? positionOf(last, asOf) : null;

  const [regimes, counts, names] = await Promise.all([
    topRegimes(
      db,
      pageRows.map((row) => row.id),
    ),
    countByStatus(db, viewer, resolved),
    namesFor(db, pageRows),
  ]);

  const rows = pageRows.map((row): InboxLeadRow =>
    Object.assign(leadSummaryOf(row, { regimes, names, now }), { position: positionOf(row, asOf) }),
  );
  return {
    rows,
    nextCursor,
    counts: counts.counts,
    countsExact: counts.exact,
    searchTruncated: resolved.q?.truncated ?? false,
  };
}

/** What a page shows of one lead, without its place in the list. */
export type InboxLeadSummary = Omit<InboxLeadRow, "position">;

interface SummaryLookups {
  regimes: Map<number, InboxLeadRow["topRegimes"]>;
  names: LeadNames;
  now: Date;
}

function leadSummaryOf(row: WalkRow, { regimes, names, now }: SummaryLookups): InboxLeadSummary {
  return {
    id: row.id,
    publicRef: row.public_ref,
    receivedAt: row.created_at,
    company: row.company,
    contactName: row.contact_name,
    band: row.band,
    impactScore: row.impact_score,
    priority: row.priority,
    status: row.status,
    owner:
      row.owner_id !== null
        ? { id: row.owner_id, name: names.owners.get(row.owner_id) ?? `User ${row.owner_id}` }
        : null,
    inbox:
      row.inbox_id !== null
        ? { id: row.inbox_id, ...(names.inboxes.get(row.inbox_id) ?? { slug: "", name: "" }) }
        : null,
    slaDueAt: row.sla_due_at,
    firstResponseAt: row.first_response_at,
    overdue: isOverdue({ status: row.status, slaDueAt: row.sla_due_at, firstResponseAt: row.first_response_at }, now),
    topRegimes: regimes.get(row.id) ?? [],
    duplicateOf: row.duplicate_of,
    erased: row.erased_at !== null,
  };
}

/**
 * Every lead of an inbox view for `viewer`, in the inbox's order, a page at a time: each call of
 * the returned function reads the next page, turns each lead into what `each` makes of it, and
 * says whether another page follows. The same filters, order and permissions as `listLeads`,
 * resolved once, without what only the page on screen uses (the counts per status, a cursor
 * string per lead), and with the names of owners and inboxes read once. Built for the CSV export,
 * which reads up to every lead of the database: a lead is handed to `each` as soon as it is made
 * and can be dropped at once, since anything a page keeps alive costs memory (decision 022).
 * Throws `LeadFilterError` for an unknown inbox or owner.
 */
export async function walkAllLeads<T>(
  db: DB,
  viewer: LeadViewer,
  filters: LeadFilters,
  each: (lead: InboxLeadSummary) => T,
  { pageSize = MAX_PAGE_SIZE, now = new Date(), timeZone = "UTC" }: ListOptions & { pageSize?: number } = {},
): Promise<() => Promise<{ items: T[]; more: boolean }>> {
  const asOf = now.toISOString();
  const resolved = await resolveFilters(db, viewer, filters, timeZone);
  const names = await allNames(db);
  let after: SortKey | null = null;
  let finished = false;
  return async () => {
    if (finished) return { items: [], more: false };
    const found = await walkQueue(db, viewer, resolved, { asOf, after, limit: pageSize + 1 });
    const last = found.length > pageSize ? found[pageSize - 1] : undefined;
    if (found.length > pageSize) found.length = pageSize;
    if (last) after = sortKeyOf(last, asOf);
    else finished = true;
    const regimes = await topRegimes(
      db,
      found.map((row) => row.id),
    );
    return { items: found.map((row) => each(leadSummaryOf(row, { regimes, names, now }))), more: !finished };
  };
}

/** Up to `limit` leads in the inbox order after `after`: the overdue segment, then the rest. */
async function walkQueue(
  db: DB,
  viewer: LeadViewer,
  resolved: ResolvedFilters,
  {
    asOf,
    after,
    limit,
    skipAnsweredSince = false,
  }: { asOf: string; after: SortKey | null; limit: number; skipAnsweredSince?: boolean },
): Promise<WalkRow[]> {
  const found: WalkRow[] = [];
  if (!after || after.overdue === 1) {
    const rows = await walkSegment(db, viewer, resolved, { overdue: true, asOf, after, limit, skipAnsweredSince });
    found.push(...rows);
  }
  if (found.length < limit) {
    const rows = await walkSegment(db, viewer, resolved, {
      overdue: false,
      asOf,
      after: after?.overdue === 0 ? after : null,
      limit: limit - found.length,
      skipAnsweredSince,
    });
    found.push(...rows);
  }
  return found;
}

/** A lead's place in the list as it was read at `asOf`. */
function sortKeyOf(row: WalkRow, asOf: string): SortKey {
  return { asOf, overdue: row.overdue_key, priority: row.priority, createdAt: row.created_at, id: row.id };
}

/** A lead's place in the list as a cursor that lists what comes after it. */
function positionOf(row: WalkRow, asOf: string): string {
  return encodeCursor(sortKeyOf(row, asOf));
}

export interface QueuedLead {
  id: number;
  company: string | null;
  publicRef: string;
  /** Its own place in the same list, to ask for the lead after it. */
  position: string;
}

/**
 * The lead that comes after `position` in the list the viewer was working through (the same
 * filters, judged as of the same instant), so that "next lead" follows the list as it was shown.
 * Leads first answered since that instant are passed over: answering an overdue lead moves it
 * further down the list, where it would otherwise come round again, and one a colleague answered
 * meanwhile is no longer waiting. Null at the end of the list. Throws `InvalidCursorError` and
 * `LeadFilterError` like `listLeads`.
 */
export async function nextInQueue(
  db: DB,
  viewer: LeadViewer,
  filters: LeadFilters,
  position: string,
  { timeZone = "UTC" }: { timeZone?: string } = {},
): Promise<QueuedLead | null> {
  const after = decodeCursor(position);
  const resolved = await resolveFilters(db, viewer, filters, timeZone);
  const [row] = await walkQueue(db, viewer, resolved, { asOf: after.asOf, after, limit: 1, skipAnsweredSince: true });
  if (!row) return null;
  return {
    id: row.id,
    company: row.erased_at === null ? row.company : null,
    publicRef: row.public_ref,
    position: positionOf(row, after.asOf),
  };
}

type LeadNames = Awaited<ReturnType<typeof namesFor>>;

/** Every owner's and inbox's name: a team's worth, read once for a walk over many pages. */
async function allNames(db: DB): Promise<LeadNames> {
  const [owners, inboxes] = await Promise.all([
    db.selectFrom("users").select(["id", "name"]).execute(),
    db.selectFrom("inboxes").select(["id", "slug", "name"]).execute(),
  ]);
  return {
    owners: new Map(owners.map((owner) => [owner.id, owner.name])),
    inboxes: new Map(inboxes.map((inbox) => [inbox.id, { slug: inbox.slug, name: inbox.name }])),
  };
}

/** Owners' and inboxes' names for a page, by id: two small lookups instead of joins in every walk. */
async function namesFor(db: DB, rows: WalkRow[]) {
  const ownerIds = [...new Set(rows.map((row) => row.owner_id).filter((id): id is number => id !== null))];
  const inboxIds = [...new Set(rows.map((row) => row.inbox_id).filter((id): id is number => id !== null))];
  const [owners, inboxes] = await Promise.all([
    ownerIds.length === 0 ? [] : db.selectFrom("users").select(["id", "name"]).where("id", "in", ownerIds).execute(),
    inboxIds.length === 0
      ? []
      : db.selectFrom("inboxes").select(["id", "slug", "name"]).where("id", "in", inboxIds).execute(),
  ]);
  return {
    owners: new Map(owners.map((owner) => [owner.id, owner.name])),
    inboxes: new Map(inboxes.map((inbox) => [inbox.id, { slug: inbox.slug, name: inbox.name }])),
  };
}

/** Whether the tallies (inbox, owner, band, status, erased) can answer the counts for these filters. */
function talliesCanCount(filters: ResolvedFilters): boolean {
  return !filters.q && !filters.regime && !filters.source && !filters.createdFrom && !filters.createdBefore;
}

/**
 * The query behind the counts per status: a sum over the tallies when they hold every filter,
 * otherwise a count of matching leads that stops after `COUNT_CAP`.
 */
function countQuery(db: DB, viewer: LeadViewer, filters: ResolvedFilters) {
  if (talliesCanCount(filters)) {
    let query = db
      .selectFrom("lead_tallies")
      .select((eb) => ["lead_tallies.status", eb.fn.sum<number>("lead_tallies.leads").as("count")])
      .groupBy("lead_tallies.status");
    if (viewer.role !== "admin") {
      query = query.where((eb) => {
        const mine = eb("lead_tallies.owner_key", "=", viewer.id);
        return viewer.inboxIds.length > 0
          ? eb.or([mine, eb("lead_tallies.inbox_key", "in", [...viewer.inboxIds])])
          : mine;
      });
    }
    if (filters.inboxId !== undefined) query = query.where("lead_tallies.inbox_key", "=", filters.inboxId);
    if (filters.owner !== undefined)
      query = query.where("lead_tallies.owner_key", "=", filters.owner === "unassigned" ? 0 : filters.owner);
    if (filters.band) query = query.where("lead_tallies.band", "=", filters.band);
    return { query, capped: false };
  }
  const matching = db
    .selectFrom("leads")
    .select("leads.status")
    .where((eb) => {
      const scope = visibleTo(eb, viewer);
      return eb.and([...(scope ? [scope] : []), filterConditions(eb, filters, { withStatus: false })]);
    })
    .limit(COUNT_CAP + 1)
    .as("matching");
  const query = db
    .selectFrom(matching)
    .select((eb) => ["matching.status", eb.fn.countAll<number>().as("count")])
    .groupBy("matching.status");
  return { query, capped: true };
}

async function countByStatus(
  db: DB,
  viewer: LeadViewer,
  filters: ResolvedFilters,
): Promise<{ counts: Record<LeadStatus, number>; exact: boolean }> {
  const { query, capped } = countQuery(db, viewer, filters);
  const grouped = await query.execute();
  const counts = Object.fromEntries(LEAD_STATUSES.map((status) => [status, 0])) as Record<LeadStatus, number>;
  let total = 0;
  for (const row of grouped) {
    total += Number(row.count);
    if (isLeadStatus(row.status)) counts[row.status] = Number(row.count);
  }
  return { counts, exact: (!capped || total <= COUNT_CAP) && !filters.q?.truncated };
}

const REGIME_NAMES = new Map<string, string>(REGIMES.map((regime) => [regime.id, regime.name]));
const REGIME_ORDER = new Map<string, number>(REGIME_IDS.map((id, index) => [id, index]));

/**
 * Each lead's likely and possible regimes: likely first, then the most exposed, then ruleset order.
 *
 * SQLite hands them over as one JSON array: a page's fifty leads have some five hundred verdicts,
 * and a row each, with its strings made one by one on the way out of the driver, cost about four
 * times what the lookup itself did (tests/bench/inbox-regimes.bench.ts). The leads' ids go in as
 * one JSON parameter, so the prepared statement is the same whatever the page's size.
 */
export async function topRegimes(db: DB, leadIds: number[]): Promise<Map<number, InboxLeadRow["topRegimes"]>> {
  const byLead = new Map<number, { regime: string; status: FiredVerdict; exposure: number }[]>();
  if (leadIds.length === 0) return new Map();
  const { verdicts } = await db
    .selectFrom("lead_regimes")
    .select(sql<string>`json_group_array(json_array(lead_id, regime, status, exposure))`.as("verdicts"))
    .where("lead_id", "in", sql<number>`(select value from json_each(${JSON.stringify(leadIds)}))`)
    .where("status", "in", ["likely", "possible"])
    .executeTakeFirstOrThrow();
  for (const [leadId, regime, status, exposure] of JSON.parse(verdicts) as [number, string, FiredVerdict, number][]) {
    const list = byLead.get(leadId) ?? [];
    list.push({ regime, status, exposure });
    byLead.set(leadId, list);
  }
  const result = new Map<number, InboxLeadRow["topRegimes"]>();
  for (const [leadId, list] of byLead) {
    list.sort(
      (a, b) =>
        Number(b.status === "likely") - Number(a.status === "likely") ||
        b.exposure - a.exposure ||
        (REGIME_ORDER.get(a.regime) ?? Number.MAX_SAFE_INTEGER) -
          (REGIME_ORDER.get(b.regime) ?? Number.MAX_SAFE_INTEGER),
    );
    result.set(
      leadId,
      list.slice(0, TOP_REGIMES).map((entry) => ({
        id: entry.regime,
        name: REGIME_NAMES.get(entry.regime) ?? entry.regime,
        status: entry.status,
      })),
    );
  }
  return result;
}

/** The choices the inbox's filter form offers. Names of inboxes, people and articles are not secret. */
export async function getInboxFilterOptions(db: DB): Promise<InboxFilterOptions> {
  const [inboxes, owners, sources] = await Promise.all([
    db.selectFrom("inboxes").select(["id", "slug", "name"]).orderBy("name").execute(),
    db.selectFrom("users").select(["id", "name", "active"]).orderBy("name").orderBy("id").execute(),
    // The tallied sources, not a distinct over every lead.
    db
      .selectFrom("lead_sources")
      .leftJoin("articles", "articles.slug", "lead_sources.source_article")
      .select(["lead_sources.source_article", "articles.title"])
      .execute(),
  ]);
  return {
    inboxes,
    owners: owners.map((owner) => ({ id: owner.id, name: owner.name, active: owner.active === 1 })),
    sources: sources
      .map((row) => ({ slug: row.source_article ?? "", title: row.title ?? row.source_article ?? "" }))
      .sort((a, b) => a.title.localeCompare(b.title, "en")),
  };
}
