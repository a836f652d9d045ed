import type { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { type ReportScope, reportQueriesForPlan } from "~/server/admin/reports.server";
import { createTestDatabase } from "../support/db";
import { FACTORY_SOURCES, seedLeads } from "../support/lead-factory";

/**
 * The report's queries read a bounded period: each must reach the period's leads (and
 * assessments) through an index range or a lookup, never by reading the whole table. SQLite's
 * plan says "SCAN leads" (or "SCAN flow_progress") without an index for a table scan. These hold
 * without ANALYZE statistics, as on a new database.
 */

const NOW = new Date("2026-11-26T10:00:00.000Z");
const PERIOD = { from: "2026-06-01", to: "2026-11-26" };
let db: DB;

beforeAll(async () => {
  ({ db } = await createTestDatabase("report-plans"));
  await seedLeads(db, { count: 300, now: NOW });
});

afterAll(async () => {
  await db?.destroy();
});

async function explain(query: CompiledQuery): Promise<string[]> {
  const result = await db.executeQuery<{ detail: string }>({
    ...query,
    sql: `explain query plan ${query.sql}`,
  } as CompiledQuery<{ detail: string }>);
  return result.rows.map((row) => row.detail);
}

const tableScans = (plan: string[]) => plan.filter((step) => /^SCAN (leads|flow_progress)$/.test(step.trim()));

const SCOPES: Array<[string, ReportScope]> = [
  ["every lead", {}],
  ["one inbox", { inboxId: 1 }],
  ["one source article", { source: FACTORY_SOURCES[0] }],
  ["one topic", { topic: "gdpr" }],
];

describe("the report's queries", () => {
  for (const [label, scope] of SCOPES) {
    it(`read the period through an index, never the whole table, for ${label}`, async () => {
      const queries = reportQueriesForPlan(db, PERIOD, scope, { timeZone: "Europe/Amsterdam", now: NOW });
      for (const [name, query] of Object.entries(queries)) {
        const plan = await explain(query);
        expect({ name, plan: plan.join(" | "), scans: tableScans(plan) }).toEqual({
          name,
          plan: plan.join(" | "),
          scans: [],
        });
      }
    });
  }

  it("count the weeks with one index range of leads per week", async () => {
    const { perWeek } = reportQueriesForPlan(db, PERIOD, {}, { timeZone: "UTC", now: NOW });
    expect((await explain(perWeek)).join("\n")).toMatch(/SEARCH leads USING (COVERING )?INDEX leads_created_at/);
  });

  it("read the period's assessments from their own index alone", async () => {
    const { stoppedAt } = reportQueriesForPlan(db, PERIOD, {}, { timeZone: "UTC", now: NOW });
    expect((await explain(stoppedAt)).join("\n")).toMatch(
      /SEARCH flow_progress USING COVERING INDEX flow_progress_started/,
    );
  });
});
