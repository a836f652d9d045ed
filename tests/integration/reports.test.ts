import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import { FLOW_STEP_IDS } from "~/domain/flow/progress";
import { QUALIFIED_STATUSES, resolvePeriod } from "~/domain/reports";
import { DEFAULT_CALENDAR } from "~/domain/sla";
import type { LeadStatus } from "~/domain/lead-inbox";
import type { AuthUser } from "~/server/auth/auth.server";
import type { DB } from "~/server/storage/db.server";
import { applyTriage } from "~/server/leads/triage.server";
import { sendLeadEmail } from "~/server/leads/messages.server";
import { logContact } from "~/server/leads/work.server";
import { createDraft, deleteExpiredDrafts, updateDraft } from "~/server/flow/drafts.server";
import { leadReport } from "~/server/admin/reports.server";
import { readable, sessionFor } from "../support/admin-client";
import { createTestDatabase } from "../support/db";
import { FACTORY_SOURCES, type FactoryLead, type LeadSpec, seedLeads } from "../support/lead-factory";
import { type TestServer, startServer } from "../support/server";

const NOW = new Date("2026-11-26T10:00:00.000Z");
const REPORT_MAIL = {
  from: "Desk <desk@firm.example>",
  firmName: "Firm",
  publicUrl: "https://impact.example",
  timeZone: "UTC",
};
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
    // Two more from an article (the factory's drafts carry no source of their own).
    for (const day of ["2026-09-15", "2026-10-15"])
      await createDraft(
        db,
        { article: FACTORY_SOURCES[0], topic: null, utm: {}, referrer: null },
        new Date(`${day}T08:00:00.000Z`),
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
    expect((await report()).funnel).toEqual({ started: chosen.length + 4, submitted: chosen.length });
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

  it("counts leads and qualified leads per ISO week, weeks cut to the period and empty weeks as zero", async () => {
    // Worked out by hand: a lead's week starts on the Monday (UTC) on or before its day, or on the
    // period's first day when that Monday is before the period.
    const mondayOf = (iso: string) => {
      const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      const monday = date.toISOString().slice(0, 10);
      return monday < PERIOD.from ? PERIOD.from : monday;
    };
    const expected = new Map<string, { leads: number; qualified: number }>();
    for (const lead of chosen) {
      const week = expected.get(mondayOf(lead.createdAt)) ?? { leads: 0, qualified: 0 };
      week.leads += 1;
      if (isQualified(lead)) week.qualified += 1;
      expected.set(mondayOf(lead.createdAt), week);
    }
    const weeks = (await report()).weeks;
    // 1 September 2026 is a Tuesday and 31 October a Saturday: nine weeks touch the period.
    expect(weeks.map((week) => week.label)).toEqual([
      "2026-W36",
      "2026-W37",
      "2026-W38",
      "2026-W39",
      "2026-W40",
      "2026-W41",
      "2026-W42",
      "2026-W43",
      "2026-W44",
    ]);
    expect(weeks[0]).toMatchObject({ from: "2026-09-01", to: "2026-09-06" });
    expect(weeks.at(-1)).toMatchObject({ from: "2026-10-26", to: "2026-10-31" });
    for (const week of weeks)
      expect({ from: week.from, leads: week.leads, qualified: week.qualified }).toEqual({
        from: week.from,
        ...(expected.get(week.from) ?? { leads: 0, qualified: 0 }),
      });
  });

  it("shows a week without leads as zero", async () => {
    const quiet = await leadReport(db, { from: "2027-03-01", to: "2027-03-14" }, { timeZone: "UTC", now: NOW });
    expect(quiet.weeks).toEqual([
      { label: "2027-W09", from: "2027-03-01", to: "2027-03-07", leads: 0, qualified: 0 },
      { label: "2027-W10", from: "2027-03-08", to: "2027-03-14", leads: 0, qualified: 0 },
    ]);
  });

  it("follows the period's leads from submitted to contacted, qualified and won", async () => {
    const stages = (await report()).stages;
    expect(Object.fromEntries(stages.map((stage) => [stage.key, stage.count]))).toEqual({
      started: chosen.length + 4,
      submitted: chosen.length,
      contacted: chosen.filter((lead) => lead.firstResponseAt !== null && lead.status !== "spam").length,
      qualified: chosen.filter(isQualified).length,
      won: chosen.filter((lead) => lead.status === "won").length,
    });
  });

  it("gives each consultant's first responses against the deadline, and the unassigned leads apart", async () => {
    const timed = chosen.filter((lead) => lead.status !== "spam" && lead.slaDueAt !== null);
    const responses = (await report()).responses;
    const owners = [...new Set(timed.map((lead) => lead.ownerId))];
    expect(responses.map((row) => row.ownerId).sort()).toEqual([...owners].sort());
    expect(responses.at(-1)?.name).toBe("Unassigned");
    for (const owner of owners) {
      const theirs = timed.filter((lead) => lead.ownerId === owner);
      const answered = theirs.filter((lead) => lead.firstResponseAt !== null);
      const meanHours =
        answered.reduce(
          (sum, lead) => sum + (Date.parse(lead.firstResponseAt ?? "") - Date.parse(lead.createdAt)) / 3_600_000,
          0,
        ) / answered.length;
      const row = responses.find((candidate) => candidate.ownerId === owner);
      expect(row, String(owner)).toMatchObject({
        leads: theirs.length,
        inTime: answered.filter((lead) => (lead.firstResponseAt ?? "") <= (lead.slaDueAt ?? "")).length,
        late: answered.filter((lead) => (lead.firstResponseAt ?? "") > (lead.slaDueAt ?? "")).length,
        overdue: theirs.filter((lead) => lead.firstResponseAt === null && (lead.slaDueAt ?? "") < NOW.toISOString())
          .length,
      });
      expect(row?.meanHours).toBeCloseTo(meanHours, 1);
    }
  });

  it("narrows every figure to one source article", async () => {
    const source = FACTORY_SOURCES[0];
    const fromIt = chosen.filter((lead) => lead.sourceArticle === source);
    const narrowed = await leadReport(db, PERIOD, { timeZone: "UTC", now: NOW, scope: { source } });
    expect(narrowed.totals).toEqual(outcome(fromIt));
    expect(narrowed.weeks.reduce((sum, week) => sum + week.leads, 0)).toBe(fromIt.length);
    expect(narrowed.stages.find((stage) => stage.key === "started")?.count).toBe(2);
    expect(narrowed.bySource.map((row) => row.key)).toEqual([source]);
  });

  it("narrows the leads to one inbox, and says assessments cannot be split by inbox", async () => {
    const inboxId = chosen[0]?.inboxId ?? 0;
    const narrowed = await leadReport(db, PERIOD, { timeZone: "UTC", now: NOW, scope: { inboxId } });
    expect(narrowed.totals).toEqual(outcome(chosen.filter((lead) => lead.inboxId === inboxId)));
    expect(narrowed.stages[0]).toMatchObject({ key: "started", count: null });
    expect(narrowed.dropOff).toBeNull();
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

describe("the report counts the stages a lead reached, not where it stands now", () => {
  let db: DB;
  let admin: AuthUser;
  let leads: FactoryLead[];
  /** Every status each lead has had, in order: the factory writes a lead at its status. */
  const history = new Map<number, string[]>();
  /** Leads a person answered (a status change is a first response). */
  const answered = new Set<number>();
  const MILESTONES = "milestones-article";

  beforeAll(async () => {
    ({ db } = await createTestDatabase("report-history"));
    const adminRow = await db
      .selectFrom("users")
      .select(["id", "name", "email"])
      .where("email", "=", DEMO_ADMIN_EMAIL)
      .executeTakeFirstOrThrow();
    admin = { ...adminRow, role: "admin", inboxIds: [] };
    const special = (day: number, status: LeadStatus): Partial<LeadSpec> => ({
      status,
      createdAt: `2026-10-${String(day).padStart(2, "0")}T09:00:00.000Z`,
      firstResponseAt: null,
      sourceArticle: MILESTONES,
    });
    leads = await seedLeads(db, {
      count: 400,
      seed: 11,
      now: NOW,
      exact: [special(5, "new"), special(6, "new"), special(7, "won"), special(8, "new")],
    });
    for (const lead of leads) {
      history.set(lead.id, [lead.status]);
      if (lead.firstResponseAt !== null) answered.add(lead.id);
    }
    const [qualifiedThenLost, jumpedToWon, , qualifiedThenWon] = leads as [
      FactoryLead,
      FactoryLead,
      FactoryLead,
      FactoryLead,
    ];
    const change = async (lead: FactoryLead, status: LeadStatus, day: number, reason?: string) => {
      await applyTriage(
        db,
        admin,
        lead.id,
        { intent: "status", status, reason },
        { mail: REPORT_MAIL, now: new Date(`2026-10-${day}T10:00:00.000Z`) },
      );
      history.get(lead.id)?.push(status);
      answered.add(lead.id);
    };
    await change(qualifiedThenLost, "qualified", 12);
    await change(qualifiedThenLost, "lost", 20, "Chose a firm closer to home");
    await change(qualifiedThenWon, "qualified", 13);
    await change(qualifiedThenWon, "won", 21);
    // Written straight from new to won, as an import or a correction in the database would.
    await db
      .updateTable("leads")
      .set({ status: "won", updated_at: "2026-10-22T10:00:00.000Z" })
      .where("id", "=", jumpedToWon.id)
      .execute();
    history.get(jumpedToWon.id)?.push("won");
  });
  afterAll(async () => {
    await db?.destroy();
  });

  // Worked out from each lead's history, independently of the report's SQL.
  const passed = (lead: FactoryLead) => history.get(lead.id) ?? [];
  const everQualified = (lead: FactoryLead) =>
    passed(lead).some((status) => (QUALIFIED_STATUSES as readonly string[]).includes(status));
  const everWon = (lead: FactoryLead) => passed(lead).includes("won");
  const isSpam = (lead: FactoryLead) => passed(lead).at(-1) === "spam";
  const everContacted = (lead: FactoryLead) => (answered.has(lead.id) || everQualified(lead)) && !isSpam(lead);
  const chosen = () => leads.filter(inPeriod);
  const report = (scope = {}) => leadReport(db, PERIOD, { timeZone: "UTC", now: NOW, scope });

  it("counts a lead qualified and later lost as qualified, and leads that skipped a stage at every stage they passed", async () => {
    const stages = (await report({ source: MILESTONES })).stages;
    expect(Object.fromEntries(stages.map((stage) => [stage.key, stage.count]))).toEqual({
      started: 0,
      submitted: 4,
      contacted: 4,
      qualified: 4,
      won: 3,
    });
  });

  it("draws the funnel from each lead's history", async () => {
    const leadsInPeriod = chosen();
    const stages = (await report()).stages;
    expect(Object.fromEntries(stages.map((stage) => [stage.key, stage.count]))).toEqual({
      started: leadsInPeriod.length,
      submitted: leadsInPeriod.length,
      contacted: leadsInPeriod.filter(everContacted).length,
      qualified: leadsInPeriod.filter(everQualified).length,
      won: leadsInPeriod.filter(everWon).length,
    });
  });

  it("counts qualified leads by week from each lead's history", async () => {
    const weeks = (await report()).weeks;
    for (const week of weeks) {
      const received = chosen().filter(
        (lead) => lead.createdAt >= `${week.from}T00:00:00.000Z` && lead.createdAt.slice(0, 10) <= week.to,
      );
      expect({ week: week.label, leads: week.leads, qualified: week.qualified }).toEqual({
        week: week.label,
        leads: received.length,
        qualified: received.filter(everQualified).length,
      });
    }
  });

  it("ranks the articles by the leads they brought that were ever qualified", async () => {
    const bySource = (await report()).bySource;
    const sources = [...new Set(chosen().map((lead) => lead.sourceArticle ?? ""))];
    const expected = sources
      .map((source) => {
        const theirs = chosen().filter((lead) => (lead.sourceArticle ?? "") === source);
        return {
          key: source,
          leads: theirs.length,
          qualified: theirs.filter(everQualified).length,
          won: theirs.filter(everWon).length,
        };
      })
      .sort((a, b) => b.qualified - a.qualified || b.leads - a.leads);
    expect(bySource.map(({ key, leads, qualified, won }) => ({ key, leads, qualified, won }))).toEqual(expected);
    expect(bySource.find((row) => row.key === MILESTONES)).toMatchObject({ leads: 4, qualified: 4, won: 3 });
  });
});

describe("first responses by consultant", () => {
  let db: DB;
  let leads: FactoryLead[];
  const person = new Map<string, AuthUser>();
  const inTheirInbox = (name: string) => person.get(name) as AuthUser;

  beforeAll(async () => {
    ({ db } = await createTestDatabase("report-responders"));
    const inbox = await db
      .selectFrom("inboxes")
      .select("id")
      .where("slug", "=", "ai-governance")
      .executeTakeFirstOrThrow();
    for (const row of await db.selectFrom("users").select(["id", "name", "email", "role"]).execute()) {
      const inboxes = await db.selectFrom("inbox_members").select("inbox_id").where("user_id", "=", row.id).execute();
      person.set(row.name, { ...row, inboxIds: inboxes.map((member) => member.inbox_id) });
    }
    const amara = inTheirInbox("Amara Okafor").id;
    // Five leads of Amara's, received on 5 October with the deadline two days later.
    leads = await seedLeads(db, {
      count: 5,
      now: NOW,
      exact: Array.from({ length: 5 }, () => ({
        status: "new" as const,
        inboxId: inbox.id,
        ownerId: amara,
        createdAt: "2026-10-05T09:00:00.000Z",
        slaDueAt: "2026-10-07T09:00:00.000Z",
        firstResponseAt: null,
      })),
    });
    const [byNote, byStatus, byLog, byEmail] = leads as [FactoryLead, FactoryLead, FactoryLead, FactoryLead];
    const priya = inTheirInbox("Priya Raman");
    const at = new Date("2026-10-06T09:00:00.000Z");
    const settings = { mail: REPORT_MAIL, now: at };
    // Priya answers four of them, each in one of the ways that count as a first response.
    await applyTriage(
      db,
      priya,
      byNote.id,
      { intent: "note", body: "Called, spoke to the CTO.", contacted: true },
      settings,
    );
    await applyTriage(db, priya, byStatus.id, { intent: "status", status: "contacted" }, settings);
    await logContact(
      db,
      priya,
      byLog.id,
      { channel: "call", outcome: "reached" },
      { ...settings, calendar: DEFAULT_CALENDAR },
    );
    await sendLeadEmail(
      db,
      priya,
      byEmail.id,
      { subject: "Your assessment", body: "Shall we talk on Thursday?" },
      settings,
    );
    // Then every lead is handed to Samuel, the unanswered one too.
    const admin = inTheirInbox("Helena Vos");
    const samuel = inTheirInbox("Samuel Adeyemi").id;
    for (const lead of leads)
      await applyTriage(
        db,
        admin,
        lead.id,
        { intent: "reassign", ownerId: samuel },
        { mail: REPORT_MAIL, now: new Date("2026-10-08T09:00:00.000Z") },
      );
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const responses = async () =>
    (await leadReport(db, { from: "2026-10-01", to: "2026-10-31" }, { timeZone: "UTC", now: NOW })).responses.map(
      ({ name, leads, inTime, late, overdue, waiting }) => ({ name, leads, inTime, late, overdue, waiting }),
    );

  it("credits a first response to the consultant who gave it, not to the owner the lead was handed to later", async () => {
    expect(await responses()).toContainEqual({
      name: "Priya Raman",
      leads: 4,
      inTime: 4,
      late: 0,
      overdue: 0,
      waiting: 0,
    });
    expect((await responses()).map((row) => row.name)).not.toContain("Amara Okafor");
  });

  it("counts a lead not yet answered for the consultant who owns it now", async () => {
    expect(await responses()).toContainEqual({
      name: "Samuel Adeyemi",
      leads: 1,
      inTime: 0,
      late: 0,
      overdue: 1,
      waiting: 0,
    });
  });
});

describe("the questionnaire's drop-off", () => {
  let db: DB;
  const STEPS = FLOW_STEP_IDS.length;
  const REVIEW_REACH = STEPS + 1;
  const source = { article: null, topic: null, utm: {}, referrer: null };
  const at = (day: number) => new Date(Date.UTC(2026, 9, day, 12));

  beforeAll(async () => {
    ({ db } = await createTestDatabase("drop-off"));
    // Four leads, so four submitted assessments; then six left partway, as written here.
    await seedLeads(db, {
      count: 4,
      now: NOW,
      exact: [0, 1, 2, 3].map((index) => ({ createdAt: at(10 + index).toISOString() })),
    });
    const stopsAt = [1, 1, 2, 3, STEPS, REVIEW_REACH];
    for (const [index, furthest] of stopsAt.entries()) {
      const { draft } = await createDraft(db, source, at(5 + index));
      for (let reached = 2; reached <= furthest; reached += 1)
        await updateDraft(db, draft.id, { reached }, at(5 + index));
    }
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const dropOff = async () =>
    (await leadReport(db, { from: "2026-10-01", to: "2026-10-31" }, { timeZone: "UTC", now: NOW })).dropOff ?? [];

  it("counts who reached each step and who went no further, the sent ones through to the end", async () => {
    const rows = await dropOff();
    expect(rows).toHaveLength(STEPS + 1);
    expect(rows.map((row) => [row.reached, row.left])).toEqual([
      [10, 2], // all ten started; two left on the first step
      [8, 1],
      [7, 1],
      ...Array.from({ length: STEPS - 4 }, () => [6, 0]),
      [6, 1], // the contact step
      [5, 1], // the review page
    ]);
  });

  it("never lowers a step already reached when a visitor goes back", async () => {
    const { draft } = await createDraft(db, source, at(20));
    await updateDraft(db, draft.id, { reached: 3 }, at(20));
    await updateDraft(db, draft.id, { reached: 2 }, at(20));
    const rows = await dropOff();
    expect(rows[2]).toMatchObject({ reached: 8, left: 2 });
  });

  it("keeps counting an abandoned assessment after its draft has expired and been deleted", async () => {
    const before = await dropOff();
    expect(await deleteExpiredDrafts(db, new Date("2027-06-01T00:00:00.000Z"))).toBeGreaterThan(0);
    expect(await dropOff()).toEqual(before);
    const unlinked = await db.selectFrom("flow_progress").select("draft_id").where("draft_id", "is", null).execute();
    expect(unlinked.length).toBeGreaterThan(0);
  });
});

describe("the reports page", () => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startServer();
    const { createDatabase } = await import("~/server/storage/db.server");
    const db = createDatabase(server.databasePath);
    await seedLeads(db, { count: 40, seed: 3, now: new Date() });
    cookie = await sessionFor(server, db, DEMO_ADMIN_EMAIL);
    await db.destroy();
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

  it("refuses a period that ends before it starts, or a day that does not exist, with 400 and a message at the field", async () => {
    const backwards = await get("?from=2026-05-01&to=2026-04-01");
    expect(backwards.status).toBe(400);
    const page = await readable(backwards);
    expect(page).toContain("The from date must not be after the to date");
    expect(page).toMatch(/id="report-to"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="report-to"/);
    const impossible = await get("?from=2026-02-30");
    expect(impossible.status).toBe(400);
    expect(await readable(impossible)).toContain("The from date must be a calendar date written YYYY-MM-DD");
  });

  it("refuses an unknown preset, topic or inbox, a malformed source and a field sent twice, each with its message", async () => {
    const cases: Array<[string, string]> = [
      ["?preset=forever", "The period must be one of 4w, 12w, 26w, 52w, or dates"],
      ["?topic=astrology", "The topic must be one of"],
      ["?inbox=no-such-inbox", "There is no inbox called “no-such-inbox”"],
      ["?source=%3Cscript%3E", "The source must be an article&#x27;s slug"],
      ["?preset=4w&preset=12w", "Choose a single value"],
    ];
    for (const [query, message] of cases) {
      const response = await get(query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(await readable(response), query).toContain(message);
    }
  });

  it("draws each chart as an SVG image with a title, a summary and the numbers behind it", async () => {
    const response = await get("?preset=26w");
    expect(response.status).toBe(200);
    const page = await readable(response);
    for (const id of ["weekly", "funnel", "drop-off", "sources", "first-responses"]) {
      expect(page, id).toContain(`aria-labelledby="${id}-title"`);
      expect(page, id).toContain(`aria-describedby="${id}-summary ${id}-desc"`);
      expect(page, id).toMatch(new RegExp(`<title id="${id}-title">[^<]+</title>`));
    }
    expect(page).toMatch(/Leads (rose|fell|were) .* over 2[67] weeks/);
    expect(page).toContain("The numbers behind “Leads and qualified leads by week”");
    expect(page).toMatch(
      /<p id="first-responses-summary"[^>]*>\d+ of \d+ first responses? due (was|were) given in time/,
    );
    expect(page).toContain("The numbers behind “First responses against the deadline, by consultant”");
  });

  describe("as CSV", () => {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const csv = (query: string) =>
      fetch(`${server.baseUrl}/admin/reports.csv${query}`, { headers: { Cookie: cookie } });
    const withDb = async <T>(query: (db: import("~/server/storage/db.server").DB) => Promise<T>): Promise<T> => {
      const { createDatabase } = await import("~/server/storage/db.server");
      const db = createDatabase(server.databasePath);
      try {
        return await query(db);
      } finally {
        await db.destroy();
      }
    };

    it("downloads a table of the period as UTF-8 CSV with a BOM, its headings and the leads per band counted apart", async () => {
      const response = await csv(`?from=${day(200)}&to=${day(0)}&table=bands`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="report-bands-/);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
      expect(text.startsWith("\uFEFF")).toBe(true);
      const [header, ...lines] = text.slice(1).trimEnd().split("\r\n");
      expect(header).toBe("Band,Leads,Qualified,Won,Spam");
      const stored = await withDb((db) =>
        db
          .selectFrom("leads")
          .select(["band", (eb) => eb.fn.countAll<number>().as("leads")])
          .groupBy("band")
          .execute(),
      );
      const downloaded = new Map(lines.map((line) => [line.split(",")[0], Number(line.split(",")[1])]));
      for (const row of stored) expect(downloaded.get(row.band), row.band).toBe(row.leads);
    });

    it("records each download in the exports' audit trail, with who, which table and how many lines", async () => {
      const before = await withDb((db) =>
        db.selectFrom("csv_exports").select("id").where("kind", "=", "report").execute(),
      );
      const response = await csv(`?from=${day(200)}&to=${day(0)}&table=weeks`);
      const lines = (await response.text()).trimEnd().split("\r\n").length - 1;
      const after = await withDb((db) =>
        db.selectFrom("csv_exports").select(["filters", "rows", "outcome"]).where("kind", "=", "report").execute(),
      );
      expect(after).toHaveLength(before.length + 1);
      expect(after.at(-1)).toEqual({
        filters: expect.stringContaining("table=weeks"),
        rows: lines,
        outcome: "complete",
      });
    });

    it("refuses an unknown table, a table named twice or a bad period with 400 in plain words, recording nothing", async () => {
      const before = await withDb((db) => db.selectFrom("csv_exports").select("id").execute());
      for (const query of [
        `?from=${day(30)}&to=${day(0)}&table=salaries`,
        `?from=${day(30)}&to=${day(0)}&table=bands&table=weeks`,
        `?from=${day(0)}&to=${day(30)}&table=bands`,
      ]) {
        const response = await csv(query);
        expect(response.status, query).toBe(400);
        expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      }
      expect(await withDb((db) => db.selectFrom("csv_exports").select("id").execute())).toHaveLength(before.length);
    });

    it("links every table of the page to its download, with the page's period and filters", async () => {
      const page = await readable(await get(`?from=2026-01-01&to=2026-12-31&inbox=privacy-data`));
      expect(page).toContain(
        'href="/admin/reports.csv?from=2026-01-01&amp;to=2026-12-31&amp;inbox=privacy-data&amp;table=bands"',
      );
    });
  });

  it("keeps the inbox and source chosen in the links to the leads behind a line", async () => {
    const response = await get("?from=2026-01-01&to=2026-12-31&inbox=privacy-data");
    expect(response.status).toBe(200);
    expect(await readable(response)).toContain("inbox=privacy-data&amp;band=");
  });
});
