import { type ExpressionBuilder, sql } from "kysely";
import type { Database } from "../../db/schema";
import { REGIMES } from "../domain/exposure";
import { type OutcomeRow, QUALIFIED_STATUSES, type ReportPeriod, byQualified } from "../domain/reports";
import { BANDS } from "../domain/routing";
import { startOfLocalDay } from "../domain/sla";
import type { DB } from "./db.server";

export interface LeadReport {
  period: ReportPeriod;
  /** Assessments started (drafts) and leads submitted in the period. */
  funnel: { started: number; submitted: number };
  totals: Omit<OutcomeRow, "key" | "label">;
  /** First responses against the SLA deadline, for the period's leads that had one (spam left out). */
  sla: { inTime: number; late: number; overdue: number; waiting: number };
  bySource: OutcomeRow[];
  byRegime: OutcomeRow[];
  byBand: OutcomeRow[];
}

const count = (eb: ExpressionBuilder<Database, "leads">, condition: ReturnType<typeof sql<boolean>>) =>
  eb.fn.coalesce(eb.fn.sum<number>(sql<number>`case when ${condition} then 1 else 0 end`), eb.lit(0));

/** Leads, qualified, won and spam per value of a column, in one grouped query. */
const outcomeColumns = (eb: ExpressionBuilder<Database, "leads">) => [
  eb.fn.countAll<number>().as("leads"),
  count(eb, sql<boolean>`leads.status in (${sql.join(QUALIFIED_STATUSES.map((status) => sql.lit(status)))})`).as(
    "qualified",
  ),
  count(eb, sql<boolean>`leads.status = 'won'`).as("won"),
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

/**
 * What the period's leads turned into, overall and by where they came from, by the regimes their
 * assessment found likely or possible, and by band. Erased leads count: erasure removes personal
 * data, not the statistics. The period is whole days in the business time zone.
 */
export async function leadReport(
  db: DB,
  period: ReportPeriod,
  { timeZone, now = new Date() }: { timeZone: string; now?: Date },
): Promise<LeadReport> {
  const start = startOfLocalDay(period.from, timeZone);
  const end = startOfLocalDay(period.to, timeZone, 1);
  const inPeriod = db.selectFrom("leads").where("leads.created_at", ">=", start).where("leads.created_at", "<", end);
  const at = now.toISOString();

  const [totals, started, sla, sources, regimes, bands] = await Promise.all([
    inPeriod.select(outcomeColumns).executeTakeFirstOrThrow(),
    db
      .selectFrom("lead_drafts")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("created_at", ">=", start)
      .where("created_at", "<", end)
      .executeTakeFirstOrThrow(),
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

  const regimeName = new Map(REGIMES.map((regime) => [regime.id as string, regime.name]));
  const bandOrder = (band: string) => -BANDS.indexOf(band as (typeof BANDS)[number]);
  return {
    period,
    funnel: { started: Number(started.count), submitted: Number(totals.leads) },
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
