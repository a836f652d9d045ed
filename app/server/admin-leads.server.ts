import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema";
import { REGIMES, REGIME_IDS, type RegimeId } from "../domain/exposure";
import { LEAD_STATUSES, type LeadFilters, type LeadStatus, type LeadViewer, isLeadStatus, isOverdue } from "../domain/lead-inbox";
import { startOfLocalDay } from "../domain/sla";
import type { DB } from "./db.server";
import { leadMatchesSearch } from "./lead-search.server";

export { LeadFiltersSchema, parseLeadFilters, type LeadFilters } from "../domain/lead-inbox";
export { getLeadDetail, type LeadDetail, type LeadDetailResult } from "./admin-lead-detail.server";

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
}

export interface LeadPage {
  rows: InboxLeadRow[];
  /** Opaque; pass as `after` for the next page. Null on the last page. */
  nextCursor: string | null;
  /** Leads per status under the same filters except the status filter. */
  counts: Record<LeadStatus, number>;
}

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
  const tuple: z.input<typeof CursorSchema> = [CURSOR_VERSION, key.asOf, key.overdue, key.priority, key.createdAt, key.id];
  return Buffer.from(JSON.stringify(tuple)).toString("base64url");
}

export function decodeCursor(cursor: string): SortKey {
  try {
    if (cursor.length > 300) throw new InvalidCursorError();
    const [, asOf, overdue, priority, createdAt, id] = CursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
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

/** 1 when nobody has answered a new lead by its deadline at `asOf`; the SQL twin of `isOverdue`. */
function overdueExpression(eb: LeadsBuilder, asOf: string) {
  return eb
    .case()
    .when(eb.and([eb("leads.status", "=", "new"), eb("leads.first_response_at", "is", null), eb("leads.sla_due_at", "<", asOf)]))
    .then(1)
    .else(0)
    .end();
}

/** Filters whose values are checked against the database (inbox, owner) and dates as instants. */
interface ResolvedFilters {
  q?: string;
  status?: LeadStatus;
  inboxId?: number;
  owner?: number | "unassigned";
  band?: string;
  regime?: RegimeId;
  source?: string;
  createdFrom?: string;
  createdBefore?: string;
}

async function resolveFilters(db: DB, viewer: LeadViewer, filters: LeadFilters, timeZone: string): Promise<ResolvedFilters> {
  const resolved: ResolvedFilters = { q: filters.q, status: filters.status, band: filters.band, regime: filters.regime, source: filters.source };
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

function filterConditions(eb: LeadsBuilder, viewer: LeadViewer, filters: ResolvedFilters, { withStatus }: { withStatus: boolean }): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  const scope = visibleTo(eb, viewer);
  if (scope) conditions.push(scope);
  if (withStatus && filters.status) conditions.push(eb("leads.status", "=", filters.status));
  if (filters.inboxId !== undefined) conditions.push(eb("leads.inbox_id", "=", filters.inboxId));
  if (filters.owner === "unassigned") conditions.push(eb("leads.owner_id", "is", null));
  else if (filters.owner !== undefined) conditions.push(eb("leads.owner_id", "=", filters.owner));
  if (filters.band) conditions.push(eb("leads.band", "=", filters.band));
  if (filters.source) conditions.push(eb("leads.source_article", "=", filters.source));
  if (filters.createdFrom) conditions.push(eb("leads.created_at", ">=", filters.createdFrom));
  if (filters.createdBefore) conditions.push(eb("leads.created_at", "<", filters.createdBefore));
  if (filters.regime) {
    // An `in` over the (regime, status, lead_id) index reads only the matching leads, where a
    // correlated `exists` would probe the index once for every lead.
    conditions.push(
      eb(
        "leads.id",
        "in",
        eb
          .selectFrom("lead_regimes")
          .select("lead_regimes.lead_id")
          .where("lead_regimes.regime", "=", filters.regime)
          .where("lead_regimes.status", "in", ["likely", "possible"]),
      ),
    );
  }
  if (filters.q) conditions.push(leadMatchesSearch(filters.q));
  return eb.and(conditions);
}

/** Rows strictly after `key` in the inbox order. */
function after(eb: LeadsBuilder, key: SortKey): Expression<SqlBool> {
  const overdue = overdueExpression(eb, key.asOf);
  return eb.or([
    eb(overdue, "<", key.overdue),
    eb.and([
      eb(overdue, "=", key.overdue),
      eb.or([
        eb("leads.priority", "<", key.priority),
        eb.and([
          eb("leads.priority", "=", key.priority),
          eb.or([
            eb("leads.created_at", ">", key.createdAt),
            eb.and([eb("leads.created_at", "=", key.createdAt), eb("leads.id", ">", key.id)]),
          ]),
        ]),
      ]),
    ]),
  ]);
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

  let query = db.selectFrom("leads").where((eb) => filterConditions(eb, viewer, resolved, { withStatus: true }));
  if (cursor) query = query.where((eb) => after(eb, cursor));
  const found = await query
    .leftJoin("users as owner", "owner.id", "leads.owner_id")
    .leftJoin("inboxes", "inboxes.id", "leads.inbox_id")
    .select([
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
      "owner.name as owner_name",
      "leads.inbox_id",
      "inboxes.slug as inbox_slug",
      "inboxes.name as inbox_name",
      "leads.sla_due_at",
      "leads.first_response_at",
      "leads.duplicate_of",
      "leads.erased_at",
    ])
    .select((eb) => overdueExpression(eb, asOf).as("overdue_key"))
    .orderBy("overdue_key", "desc")
    .orderBy("leads.priority", "desc")
    .orderBy("leads.created_at", "asc")
    .orderBy("leads.id", "asc")
    // One more than a page tells whether there is a next page without counting.
    .limit(limit + 1)
    .execute();

  const pageRows = found.slice(0, limit);
  const last = pageRows.at(-1);
  const nextCursor =
    found.length > limit && last
      ? encodeCursor({ asOf, overdue: last.overdue_key === 1 ? 1 : 0, priority: last.priority, createdAt: last.created_at, id: last.id })
      : null;

  const [regimes, counts] = await Promise.all([
    topRegimes(db, pageRows.map((row) => row.id)),
    countByStatus(db, viewer, resolved),
  ]);

  const rows = pageRows.map(
    (row): InboxLeadRow => ({
      id: row.id,
      publicRef: row.public_ref,
      receivedAt: row.created_at,
      company: row.company,
      contactName: row.contact_name,
      band: row.band,
      impactScore: row.impact_score,
      priority: row.priority,
      status: row.status,
      owner: row.owner_id !== null ? { id: row.owner_id, name: row.owner_name ?? `User ${row.owner_id}` } : null,
      inbox: row.inbox_id !== null ? { id: row.inbox_id, slug: row.inbox_slug ?? "", name: row.inbox_name ?? "" } : null,
      slaDueAt: row.sla_due_at,
      firstResponseAt: row.first_response_at,
      overdue: isOverdue({ status: row.status, slaDueAt: row.sla_due_at, firstResponseAt: row.first_response_at }, now),
      topRegimes: regimes.get(row.id) ?? [],
      duplicateOf: row.duplicate_of,
      erased: row.erased_at !== null,
    }),
  );
  return { rows, nextCursor, counts };
}

async function countByStatus(db: DB, viewer: LeadViewer, filters: ResolvedFilters): Promise<Record<LeadStatus, number>> {
  const grouped = await db
    .selectFrom("leads")
    .where((eb) => filterConditions(eb, viewer, filters, { withStatus: false }))
    .select((eb) => ["leads.status", eb.fn.countAll<number>().as("count")])
    .groupBy("leads.status")
    .execute();
  const counts = Object.fromEntries(LEAD_STATUSES.map((status) => [status, 0])) as Record<LeadStatus, number>;
  for (const row of grouped) if (isLeadStatus(row.status)) counts[row.status] = Number(row.count);
  return counts;
}

const REGIME_NAMES = new Map<string, string>(REGIMES.map((regime) => [regime.id, regime.name]));
const REGIME_ORDER = new Map<string, number>(REGIME_IDS.map((id, index) => [id, index]));

/** Each lead's likely and possible regimes: likely first, then the most exposed, then ruleset order. */
async function topRegimes(db: DB, leadIds: number[]): Promise<Map<number, InboxLeadRow["topRegimes"]>> {
  const byLead = new Map<number, { regime: string; status: FiredVerdict; exposure: number }[]>();
  if (leadIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("lead_regimes")
    .select(["lead_id", "regime", "status", "exposure"])
    .where("lead_id", "in", leadIds)
    .where("status", "in", ["likely", "possible"])
    .execute();
  for (const row of rows) {
    const list = byLead.get(row.lead_id) ?? [];
    list.push({ regime: row.regime, status: row.status as FiredVerdict, exposure: row.exposure });
    byLead.set(row.lead_id, list);
  }
  const result = new Map<number, InboxLeadRow["topRegimes"]>();
  for (const [leadId, list] of byLead) {
    list.sort(
      (a, b) =>
        Number(b.status === "likely") - Number(a.status === "likely") ||
        b.exposure - a.exposure ||
        (REGIME_ORDER.get(a.regime) ?? Number.MAX_SAFE_INTEGER) - (REGIME_ORDER.get(b.regime) ?? Number.MAX_SAFE_INTEGER),
    );
    result.set(
      leadId,
      list.slice(0, TOP_REGIMES).map((entry) => ({ id: entry.regime, name: REGIME_NAMES.get(entry.regime) ?? entry.regime, status: entry.status })),
    );
  }
  return result;
}

export interface InboxFilterOptions {
  inboxes: { id: number; slug: string; name: string }[];
  owners: { id: number; name: string; active: boolean }[];
  /** Articles that leads came from, by title; a removed article keeps its slug. */
  sources: { slug: string; title: string }[];
}

/** The choices the inbox's filter form offers. Names of inboxes, people and articles are not secret. */
export async function getInboxFilterOptions(db: DB): Promise<InboxFilterOptions> {
  const [inboxes, owners, sources] = await Promise.all([
    db.selectFrom("inboxes").select(["id", "slug", "name"]).orderBy("name").execute(),
    db.selectFrom("users").select(["id", "name", "active"]).orderBy("name").orderBy("id").execute(),
    db
      .selectFrom("leads")
      .leftJoin("articles", "articles.slug", "leads.source_article")
      .select(["leads.source_article", "articles.title"])
      .where("leads.source_article", "is not", null)
      .groupBy(["leads.source_article", "articles.title"])
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
