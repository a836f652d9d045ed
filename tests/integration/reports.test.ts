import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import { QUALIFIED_STATUSES, resolvePeriod } from "~/domain/reports";
import type { DB } from "~/server/db.server";
import { createDraft } from "~/server/drafts.server";
import { leadReport } from "~/server/reports.server";
import { giveTeamPasswords, readable, signIn } from "../support/admin-client";
import { createTestDatabase } from "../support/db";
import { type FactoryLead, seedLeads } from "../support/lead-factory";
import { type TestServer, startServer } from "../support/server";

const NOW = new Date("2026-11-26T10:00:00.000Z");
const PERIOD = { from: "2026-09-01", to: "2026-10-31" };

// ── The figures, worked out from the leads as written, independently of the report's SQL ──────

const inPeriod = (lead: FactoryLead) =>
  lead.createdAt >= `${PERIOD.from}T00:00:00.000Z` && lead.createdAt < "2026-11-01T00:00:00.000Z";
const isQualified = (lead: FactoryLead) => (QUALIFIED_STATUSES as readonly string[]).includes(lead.status);
const outcome = (leads: FactoryLead[]) => ({
  leads: leads.length,
  qualified: leads.filter(isQualified).length,
  won: leads.filter((lead) => lead.status === "won").length,
  spam: leads.filter((lead) => lead.status === "spam").length,
});

describe("the lead report", () => {
  let db: DB;
  let leads: FactoryLead[];
  let chosen: FactoryLead[];

  beforeAll(async () => {
    ({ db } = await createTestDatabase("reports"));
    leads = await seedLeads(db, { count: 800, seed: 7, now: NOW });
    // Two assessments started in the period and never finished.
    await createDraft(
      db,
      { article: null, topic: null, utm: {}, referrer: null },
      new Date("2026-09-10T12:00:00.000Z"),
    );
    await createDraft(
      db,
      { article: null, topic: null, utm: {}, referrer: null },
      new Date("2026-10-31T23:30:00.000Z"),
    );
    chosen = leads.filter(inPeriod);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const report = () => leadReport(db, PERIOD, { timeZone: "UTC", now: NOW });

  it("covers only the leads received in the period, with what became of them", async () => {
    expect(chosen.length).toBeGreaterThan(100);
    expect((await report()).totals).toEqual(outcome(chosen));
  });

  it("counts the assessments started in the period, finished or not", async () => {
    expect((await report()).funnel).toEqual({ started: chosen.length + 2, submitted: chosen.length });
  });

  it("breaks the leads down by source article, leads without one on a line of their own", async () => {
    const bySource = (await report()).bySource;
    const sources = [...new Set(chosen.map((lead) => lead.sourceArticle ?? ""))];
    expect(bySource).toHaveLength(sources.length);
    for (const source of sources) {
      const row = bySource.find((candidate) => candidate.key === source);
      expect(row, source).toMatchObject(outcome(chosen.filter((lead) => (lead.sourceArticle ?? "") === source)));
    }
    expect(bySource.find((row) => row.key === "")?.label).toBe("No article (came directly)");
  });

  it("lists the articles with the most qualified leads first", async () => {
    const qualified = (await report()).bySource.map((row) => row.qualified);
    expect(qualified).toEqual([...qualified].sort((a, b) => b - a));
  });

  it("breaks the leads down by each regulation found likely or possible, not by unlikely ones", async () => {
    const byRegime = (await report()).byRegime;
    const fired = (lead: FactoryLead, regime: string) =>
      lead.regimes.some((verdict) => verdict.regime === regime && verdict.status !== "unlikely");
    const regimes = [
      ...new Set(
        chosen.flatMap((lead) =>
          lead.regimes.filter((verdict) => verdict.status !== "unlikely").map((verdict) => verdict.regime),
        ),
      ),
    ];
    expect(byRegime.map((row) => row.key).sort()).toEqual(regimes.sort());
    for (const row of byRegime)
      expect(row, row.key).toMatchObject(outcome(chosen.filter((lead) => fired(lead, row.key))));
  });

  it("breaks the leads down by band, the most exposed first", async () => {
    const byBand = (await report()).byBand;
    expect(byBand.map((row) => row.key)).toEqual(
      ["Critical", "High", "Moderate", "Low"].filter((band) => chosen.some((lead) => lead.band === band)),
    );
    for (const row of byBand)
      expect(row, row.key).toMatchObject(outcome(chosen.filter((lead) => lead.band === row.key)));
  });

  it("measures first responses against the deadline, leaving spam out", async () => {
    const timed = chosen.filter((lead) => lead.status !== "spam" && lead.slaDueAt !== null);
    const due = (lead: FactoryLead) => lead.slaDueAt ?? "";
    expect((await report()).sla).toEqual({
      inTime: timed.filter((lead) => lead.firstResponseAt !== null && lead.firstResponseAt <= due(lead)).length,
      late: timed.filter((lead) => lead.firstResponseAt !== null && lead.firstResponseAt > due(lead)).length,
      overdue: timed.filter((lead) => lead.firstResponseAt === null && due(lead) < NOW.toISOString()).length,
      waiting: timed.filter((lead) => lead.firstResponseAt === null && due(lead) >= NOW.toISOString()).length,
    });
  });

  it("takes the period's days in the business time zone", async () => {
    // 31 October 23:30 UTC is already 1 November in Amsterdam: in the UTC report, not the Amsterdam one.
    const utc = await leadReport(db, { from: "2026-10-31", to: "2026-10-31" }, { timeZone: "UTC", now: NOW });
    const amsterdam = await leadReport(
      db,
      { from: "2026-10-31", to: "2026-10-31" },
      { timeZone: "Europe/Amsterdam", now: NOW },
    );
    expect(utc.funnel.started - utc.funnel.submitted).toBe(1);
    expect(amsterdam.funnel.started - amsterdam.funnel.submitted).toBe(0);
  });

  it("defaults to the 90 days up to today", () => {
    expect(resolvePeriod({}, NOW, "UTC")).toEqual({ from: "2026-08-29", to: "2026-11-26" });
    expect(resolvePeriod({ to: "2026-01-31" }, NOW, "UTC")).toEqual({ from: "2025-11-03", to: "2026-01-31" });
  });
});

describe("the reports page", () => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startServer();
    const { createDatabase } = await import("~/server/db.server");
    const db = createDatabase(server.databasePath);
    await giveTeamPasswords(db);
    await seedLeads(db, { count: 40, seed: 3, now: new Date() });
    await db.destroy();
    cookie = await signIn(server.baseUrl, DEMO_ADMIN_EMAIL);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const get = (query: string) => fetch(`${server.baseUrl}/admin/reports${query}`, { headers: { Cookie: cookie } });

  it("shows an administrator the figures for the period asked for, with links to the leads behind them", async () => {
    // The seeded leads arrived over the last 120 days.
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const [from, to] = [day(200), day(0)];
    const response = await get(`?from=${from}&to=${to}`);
    expect(response.status).toBe(200);
    const page = await readable(response);
    expect(page).toMatch(/Leads received from \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}/);
    expect(page).toContain("By source article");
    expect(page).toContain(`href="/admin?from=${from}&amp;to=${to}&amp;band=Critical"`);
  });

  it("refuses a period that ends before it starts, or a day that does not exist, with 400", async () => {
    const backwards = await get("?from=2026-05-01&to=2026-04-01");
    expect(backwards.status).toBe(400);
    expect(await readable(backwards)).toContain("The from date must not be after the to date");
    expect((await get("?from=2026-02-30")).status).toBe(400);
  });
});
