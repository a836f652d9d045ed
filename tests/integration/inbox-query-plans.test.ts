import type { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeadFilters, LeadViewer } from "~/domain/lead-inbox";
import { DEMO_USERS } from "../../db/seed/team";
import type { DB } from "~/server/storage/db.server";
import { encodeCursor, getInboxFilterOptions, inboxQueriesForPlan } from "~/server/inbox/leads.server";
import { candidateQueryForPlan } from "~/server/routing/routing.server";
import { createTestDatabase, queryPlan } from "../support/db";
import { seedLeads } from "../support/lead-factory";

/**
 * Every inbox view must be an index walk in the page's order that stops after a page, or a
 * bounded lookup: no query may read the whole leads table, and none may sort the leads for the
 * page's order. SQLite's query plan says which: "SCAN leads" without an index is a table scan,
 * "USE TEMP B-TREE FOR ORDER BY" a sort. These hold without ANALYZE statistics, as on a new
 * database.
 */

const NOW = new Date("2026-11-26T10:00:00.000Z");
let db: DB;
let admin: LeadViewer;
let consultant: LeadViewer;

async function viewerFor(email: string): Promise<LeadViewer> {
  const user = await db.selectFrom("users").select(["id", "role"]).where("email", "=", email).executeTakeFirstOrThrow();
  const memberships = await db.selectFrom("inbox_members").select("inbox_id").where("user_id", "=", user.id).execute();
  return { id: user.id, role: user.role, inboxIds: memberships.map((row) => row.inbox_id) };
}

beforeAll(async () => {
  ({ db } = await createTestDatabase("plans"));
  await seedLeads(db, { count: 400, now: NOW });
  const consultantEmail = DEMO_USERS.find((user) => user.role === "consultant")?.email ?? "";
  admin = await viewerFor(DEMO_USERS.find((user) => user.role === "admin")?.email ?? "");
  consultant = await viewerFor(consultantEmail);
});

afterAll(async () => {
  await db?.destroy();
});

/** The plan of a compiled query, one line per step, through the same connection. */
const explain = (query: CompiledQuery) => queryPlan(db, query);

/**
 * Steps that read the whole table, or sort for the page's order. A view that narrows by a date
 * range or a search may sort what its own index found (the range, the matches), which is bounded
 * by that index, never the table: `sortsAfter` names that index.
 */
function problemsIn(plan: string[], sortsAfter?: RegExp): string[] {
  const sorts = plan.some((step) => /TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY)/.test(step));
  const narrowed = sortsAfter !== undefined && plan.some((step) => sortsAfter.test(step));
  return plan.filter((step) => /^SCAN leads$/.test(step.trim()) || (sorts && !narrowed && /TEMP B-TREE/.test(step)));
}

const SOURCE = "credit-scoring-gdpr-ai-act-dora";
const BY_DATE = /USING (COVERING )?INDEX leads_created_at|INDEX leads_\w+_queue|INDEX leads_status_queue/;
// A search is matched once per request; its (at most 2,000) matches are read by id and sorted.
const BY_SEARCH = /SEARCH leads USING INTEGER PRIMARY KEY/;
const VIEWS: Array<[string, LeadFilters, RegExp?]> = [
  ["the default order", {}],
  ["a status", { status: "new" }],
  ["suspected automation waiting for confirmation", { status: "unconfirmed" }],
  ["an inbox's suspected automation", { inbox: "privacy-data", status: "unconfirmed" }],
  ["an inbox", { inbox: "privacy-data" }],
  ["an inbox and a status", { inbox: "privacy-data", status: "contacted" }],
  ["an owner", { owner: "me" }],
  ["an owner and a status", { owner: "me", status: "new" }],
  ["open leads", { status: "open" }],
  ["a consultant's default view, their own open leads", { owner: "me", status: "open" }],
  ["an inbox's open leads", { inbox: "privacy-data", status: "open" }],
  ["a band's open leads", { band: "High", status: "open" }],
  ["unassigned leads", { owner: "unassigned" }],
  ["a band", { band: "High" }],
  ["a band and a status", { band: "High", status: "qualified" }],
  ["a regime", { regime: "gdpr" }],
  ["a regime and a status", { regime: "gdpr", status: "new" }],
  ["a source article", { source: SOURCE }],
  ["a source article and a status", { source: SOURCE, status: "new" }],
  ["a date range", { from: "2026-10-01", to: "2026-10-31" }, BY_DATE],
  ["a date range and a status", { from: "2026-10-01", to: "2026-10-31", status: "won" }, BY_DATE],
  ["a search", { q: "analytical" }, BY_SEARCH],
  ["a search and a status", { q: "analytical", status: "new" }, BY_SEARCH],
];

describe("the inbox's queries", () => {
  for (const [label, filters, sortsAfter] of VIEWS) {
    for (const who of ["an administrator", "a consultant"] as const) {
      it(`walk an index in the page's order for ${label}, for ${who}`, async () => {
        const viewer = who === "an administrator" ? admin : consultant;
        const queries = await inboxQueriesForPlan(db, viewer, filters, { now: NOW });
        for (const query of queries)
          expect({ sql: query.sql, problems: problemsIn(await explain(query), sortsAfter) }).toEqual({
            sql: query.sql,
            problems: [],
          });
      });
    }
  }

  it("walk an index in the page's order for a page deep in the keyset, in both segments", async () => {
    for (const overdue of [0, 1] as const) {
      const after = encodeCursor({
        asOf: NOW.toISOString(),
        overdue,
        priority: 50,
        createdAt: "2026-09-01T00:00:00.000Z",
        id: 200,
      });
      const queries = await inboxQueriesForPlan(db, admin, {}, { after, now: NOW });
      for (const query of queries)
        expect({ sql: query.sql, problems: problemsIn(await explain(query)) }).toEqual({
          sql: query.sql,
          problems: [],
        });
    }
  });

  it("read the source filter's choices from the tallied sources, not from every lead", async () => {
    const options = await getInboxFilterOptions(db);
    expect(options.sources.length).toBeGreaterThan(0);
    const plan = await explain(db.selectFrom("lead_sources").selectAll().compile());
    expect(plan.join("\n")).not.toMatch(/\bleads\b/);
  });
});

describe("routing's candidate query", () => {
  it("reads each member's open leads from the tallies, not by counting their leads", async () => {
    const inbox = await db.selectFrom("inboxes").select("id").orderBy("id").executeTakeFirstOrThrow();
    const plan = await explain(candidateQueryForPlan(db, inbox.id));
    expect(plan.join("\n")).not.toMatch(/\bleads\b(?!_)/);
    expect(plan.join("\n")).toMatch(/lead_tallies/);
  });
});
