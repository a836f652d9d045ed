import { type CompiledQuery, type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "../../../db/schema";
import { REGIMES } from "../../domain/exposure";
import {
  type ReportPeriod,
  SUBMITTED_REACH,
  ReportQuerySchema,
  byQualified,
  dropOffRows,
  periodOf,
  reportQueryInput,
  weeksOfPeriod,
} from "../../domain/reports";
import { fieldErrors } from "../../domain/validation";
import type { TopicId } from "../../domain/topics";
import { BANDS } from "../../domain/routing";
import { startOfLocalDay } from "../../domain/sla";
import type { DB } from "../storage/db.server";
import type { LeadReport } from "./reports.types";
export type { ResponseRow, LeadReport } from "./reports.types";

/** What narrows a report, as the database knows it (the inbox by id). */
export interface ReportScope {
  inboxId?: number;
  source?: string;
  topic?: TopicId;
}

const count = (eb: ExpressionBuilder<Database, "leads">, condition: ReturnType<typeof sql<boolean>>) =>
  eb.fn.coalesce(eb.fn.sum<number>(sql<number>`case when ${condition} then 1 else 0 end`), eb.lit(0));

/**
 * A lead counts at a stage when it ever reached it, whatever became of it since: the milestones
 * are kept on the lead by triggers (migration 0019, decision 034), so a lead qualified and later
 * lost still counts as qualified, and one that skipped a stage counts for the stages it passed.
 */
const QUALIFIED = sql<boolean>`leads.reached_qualified_at is not null`;
const WON = sql<boolean>`leads.reached_won_at is not null`;
/** Answered, or past the stage where it would have been: any status change is a first response. */
const CONTACTED = sql<boolean>`(leads.first_response_at is not null or ${QUALIFIED}) and leads.status <> 'spam'`;
/** Who a first response is credited to: the one who gave it, else (unanswered) the owner now. */
const RESPONDER = sql<number | null>`coalesce(leads.first_response_by, leads.owner_id)`;

/** Leads, qualified, won and spam per value of a column, in one grouped query. */
const outcomeColumns = (eb: ExpressionBuilder<Database, "leads">) => [
  eb.fn.countAll<number>().as("leads"),
  count(eb, QUALIFIED).as("qualified"),
  count(eb, WON).as("won"),
  count(eb, sql<boolean>`leads.status = 'spam'`).as("spam"),
];

const numbers = (row: {
  leads: number | string;
  qualified: number | string;
  won: number | string;
  spam: number | string;
}) => ({
  leads: Number(row.leads),
  qualified: Number(row.qualified),
  won: Number(row.won),
  spam: Number(row.spam),
});

/** The scope's conditions on leads (true when there are none). */
function leadsIn(scope: ReportScope): RawBuilder<SqlBool> {
  const conditions: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (scope.inboxId !== undefined) conditions.push(sql`leads.inbox_id = ${scope.inboxId}`);
  if (scope.source !== undefined) conditions.push(sql`leads.source_article = ${scope.source}`);
  if (scope.topic !== undefined) conditions.push(sql`leads.source_topic = ${scope.topic}`);
  return sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
}

/** The scope's conditions on assessments; the inbox does not apply (they have none yet). */
function progressIn(scope: ReportScope): RawBuilder<SqlBool> {
  const conditions: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (scope.source !== undefined) conditions.push(sql`flow_progress.source_article = ${scope.source}`);
  if (scope.topic !== undefined) conditions.push(sql`flow_progress.source_topic = ${scope.topic}`);
  return sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
}

/**
 * The report's queries for a period and scope, built but not run: the page runs them and the
 * query-plan test explains them.
 */
function reportQueries(db: DB, period: ReportPeriod, scope: ReportScope, timeZone: string, now: Date) {
  const start = startOfLocalDay(period.from, timeZone);
  const end = startOfLocalDay(period.to, timeZone, 1);
  const at = now.toISOString();
  const weeks = weeksOfPeriod(period, timeZone);
  const inPeriod = db
    .selectFrom("leads")
    .where("leads.created_at", ">=", start)
    .where("leads.created_at", "<", end)
    .where(leadsIn(scope));
  const progress = db
    .selectFrom("flow_progress")
    .where("flow_progress.started_at", ">=", start)
    .where("flow_progress.started_at", "<", end)
    .where(progressIn(scope));
  // One index range per week (the weeks as a VALUES list joined on leads.created_at), so a week
  // without leads still has its row and no lead is read twice.
  const weekList = sql<{ column1: number; column2: string; column3: string }>`(values ${sql.join(
    weeks.map((week, index) => sql`(${index}, ${week.start}, ${week.end})`),
  )})`;
  return {
    weeks,
    perWeek: db
      .selectFrom(weekList.as("weeks"))
      .leftJoin("leads", (join) =>
        join
          .onRef("leads.created_at", ">=", sql.ref("weeks.column2"))
          .onRef("leads.created_at", "<", sql.ref("weeks.column3"))
          .on(leadsIn(scope)),
      )
      .select((eb) => [
        sql<number>`weeks.column1`.as("week"),
        eb.fn.count<number>("leads.id").as("leads"),
        eb.fn
          .coalesce(eb.fn.sum<number>(sql<number>`case when ${QUALIFIED} then 1 else 0 end`), eb.lit(0))
          .as("qualified"),
      ])
      .groupBy(sql`weeks.column1`)
      .orderBy(sql`weeks.column1`),
    stages: inPeriod.select((eb) => [
      eb.fn.countAll<number>().as("submitted"),
      count(eb, CONTACTED).as("contacted"),
      count(eb, QUALIFIED).as("qualified"),
      count(eb, WON).as("won"),
    ]),
    stoppedAt: progress
      .select((eb) => [
        sql<number>`case when flow_progress.submitted = 1 then ${SUBMITTED_REACH} else flow_progress.reached_step end`.as(
          "furthest",
        ),
        eb.fn.countAll<number>().as("count"),
      ])
      .groupBy("furthest"),
    responses: inPeriod
      .where("leads.status", "!=", "spam")
      .where("leads.sla_due_at", "is not", null)
      .leftJoin("users", (join) => join.on(sql<SqlBool>`users.id = ${RESPONDER}`))
      .select((eb) => [
        RESPONDER.as("owner_id"),
        "users.name",
        eb.fn.countAll<number>().as("leads"),
        count(eb, sql<boolean>`leads.first_response_at <= leads.sla_due_at`).as("inTime"),
        count(eb, sql<boolean>`leads.first_response_at > leads.sla_due_at`).as("late"),
        count(eb, sql<boolean>`leads.first_response_at is null and leads.sla_due_at < ${at}`).as("overdue"),
        count(eb, sql<boolean>`leads.first_response_at is null and leads.sla_due_at >= ${at}`).as("waiting"),
        sql<number | null>`avg((julianday(leads.first_response_at) - julianday(leads.created_at)) * 24)`.as(
          "meanHours",
        ),
      ])
      .groupBy([RESPONDER, "users.name"]),
  };
}

/** The compiled report queries, for the test that asserts their plans. */
export function reportQueriesForPlan(
  db: DB,
  period: ReportPeriod,
  scope: ReportScope,
  { timeZone, now = new Date() }: { timeZone: string; now?: Date },
): Record<"perWeek" | "stages" | "stoppedAt" | "responses", CompiledQuery> {
  const queries = reportQueries(db, period, scope, timeZone, now);
  return {
    perWeek: queries.perWeek.compile(),
    stages: queries.stages.compile(),
    stoppedAt: queries.stoppedAt.compile(),
    responses: queries.responses.compile(),
  };
}

/**
 * What the period's leads turned into, overall, week by week, through the funnel, by consultant,
 * by where they came from, by the regimes their assessment found likely or possible, and by band;
 * and how far the period's assessments got. Erased leads count: erasure removes personal data,
 * not the statistics. The period is whole days in the business time zone.
 */
export async function leadReport(
  db: DB,
  period: ReportPeriod,
  { timeZone, now = new Date(), scope = {} }: { timeZone: string; now?: Date; scope?: ReportScope },
): Promise<LeadReport> {
  const queries = reportQueries(db, period, scope, timeZone, now);
  const start = startOfLocalDay(period.from, timeZone);
  const end = startOfLocalDay(period.to, timeZone, 1);
  const inPeriod = db
    .selectFrom("leads")
    .where("leads.created_at", ">=", start)
    .where("leads.created_at", "<", end)
    .where(leadsIn(scope));
  const at = now.toISOString();
  const byInbox = scope.inboxId !== undefined;

  const [totals, stoppedAt, perWeek, stages, responses, sla, sources, regimes, bands] = await Promise.all([
    inPeriod.select(outcomeColumns).executeTakeFirstOrThrow(),
    byInbox ? Promise.resolve([]) : queries.stoppedAt.execute(),
    queries.perWeek.execute(),
    queries.stages.executeTakeFirstOrThrow(),
    queries.responses.execute(),
    inPeriod
      .where("leads.status", "!=", "spam")
      .where("leads.sla_due_at", "is not", null)
      .select((eb) => [
        count(eb, sql<boolean>`leads.first_response_at is not null and leads.first_response_at <= leads.sla_due_at`).as(
          "inTime",
        ),
        count(eb, sql<boolean>`leads.first_response_at > leads.sla_due_at`).as("late"),
        count(eb, sql<boolean>`leads.first_response_at is null and leads.sla_due_at < ${at}`).as("overdue"),
        count(eb, sql<boolean>`leads.first_response_at is null and leads.sla_due_at >= ${at}`).as("waiting"),
      ])
      .executeTakeFirstOrThrow(),
    inPeriod
      .leftJoin("articles", "articles.slug", "leads.source_article")
      .select(["leads.source_article", "articles.title"])
      .select(outcomeColumns)
      .groupBy(["leads.source_article", "articles.title"])
      .execute(),
    inPeriod
      .innerJoin("lead_regimes", "lead_regimes.lead_id", "leads.id")
      .where("lead_regimes.status", "in", ["likely", "possible"])
      .select("lead_regimes.regime")
      .select(outcomeColumns)
      .groupBy("lead_regimes.regime")
      .execute(),
    inPeriod.select("leads.band").select(outcomeColumns).groupBy("leads.band").execute(),
  ]);

  const stopped = new Map(stoppedAt.map((row) => [Number(row.furthest), Number(row.count)]));
  const started = [...stopped.values()].reduce((sum, value) => sum + value, 0);
  const counted = new Map(perWeek.map((row) => [Number(row.week), row]));
  const regimeName = new Map(REGIMES.map((regime) => [regime.id as string, regime.name]));
  const bandOrder = (band: string) => -BANDS.indexOf(band as (typeof BANDS)[number]);
  return {
    period,
    funnel: { started, submitted: Number(totals.leads) },
    weeks: queries.weeks.map((week, index) => ({
      label: week.label,
      from: week.from,
      to: week.to,
      leads: Number(counted.get(index)?.leads ?? 0),
      qualified: Number(counted.get(index)?.qualified ?? 0),
    })),
    stages: [
      { key: "started", label: "Assessments started", count: byInbox ? null : started },
      { key: "submitted", label: "Submitted", count: Number(stages.submitted) },
      { key: "contacted", label: "Contacted", count: Number(stages.contacted) },
      { key: "qualified", label: "Qualified", count: Number(stages.qualified) },
      { key: "won", label: "Won", count: Number(stages.won) },
    ],
    dropOff: byInbox ? null : dropOffRows(stopped),
    responses: responses
      .map((row) => ({
        ownerId: row.owner_id,
        name: row.owner_id === null ? "Unassigned" : (row.name ?? `User ${row.owner_id}`),
        leads: Number(row.leads),
        inTime: Number(row.inTime),
        late: Number(row.late),
        overdue: Number(row.overdue),
        waiting: Number(row.waiting),
        meanHours: row.meanHours === null ? null : Math.round(Number(row.meanHours) * 10) / 10,
      }))
      .sort((a, b) => (a.ownerId === null ? 1 : b.ownerId === null ? -1 : a.name.localeCompare(b.name))),
    totals: numbers(totals),
    sla: {
      inTime: Number(sla.inTime),
      late: Number(sla.late),
      overdue: Number(sla.overdue),
      waiting: Number(sla.waiting),
    },
    bySource: sources
      .map((row) => ({
        key: row.source_article ?? "",
        label: row.source_article === null ? "No article (came directly)" : (row.title ?? row.source_article),
        ...numbers(row),
      }))
      .sort(byQualified),
    byRegime: regimes
      .map((row) => ({ key: row.regime, label: regimeName.get(row.regime) ?? row.regime, ...numbers(row) }))
      .sort(byQualified),
    byBand: bands
      .map((row) => ({ key: row.band, label: row.band, ...numbers(row) }))
      .sort((a, b) => bandOrder(a.key) - bandOrder(b.key)),
  };
}

/** The inbox an address names by its slug, or null when there is none. */
export async function inboxIdBySlug(db: DB, slug: string): Promise<number | null> {
  const row = await db.selectFrom("inboxes").select("id").where("slug", "=", slug).executeTakeFirst();
  return row?.id ?? null;
}

/** The choices for the report's filters: inboxes and the articles leads came from. */
export async function reportFilterOptions(db: DB) {
  const [inboxes, sources] = await Promise.all([
    db.selectFrom("inboxes").select(["slug", "name"]).orderBy("name").execute(),
    db
      .selectFrom("lead_sources")
      .leftJoin("articles", "articles.slug", "lead_sources.source_article")
      .select(["lead_sources.source_article as slug", "articles.title"])
      .orderBy("lead_sources.source_article")
      .execute(),
  ]);
  return {
    inboxes,
    sources: sources.map((row) => ({ slug: row.slug, title: row.title ?? row.slug })),
  };
}

export type ReportRequest =
  | { ok: true; values: Record<string, string>; report: LeadReport }
  | { ok: false; values: Record<string, string>; errors: Record<string, string> };

/**
 * The report an address asks for (period and filters, as the reports page and its CSV downloads
 * take them), or the problems with it by field: a value the form cannot take, a field given twice,
 * an inbox that does not exist.
 */
export async function readReportRequest(
  db: DB,
  params: URLSearchParams,
  { now = new Date(), timeZone }: { now?: Date; timeZone: string },
): Promise<ReportRequest> {
  const { input, repeated } = reportQueryInput(params);
  const parsed = ReportQuerySchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  for (const field of repeated) errors[field] = "Choose a single value";
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, values: input, errors };
  const { inbox, source, topic } = parsed.data;
  const inboxId = inbox === undefined ? undefined : await inboxIdBySlug(db, inbox);
  if (inboxId === null) return { ok: false, values: input, errors: { inbox: `There is no inbox called “${inbox}”` } };
  const scope: ReportScope = { inboxId, source, topic };
  const report = await leadReport(db, periodOf(parsed.data, now, timeZone), { timeZone, now, scope });
  return { ok: true, values: input, report };
}
