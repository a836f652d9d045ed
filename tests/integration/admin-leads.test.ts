import type { KyselyPlugin, RootOperationNode } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "../../db/seed/team";
import { REGIME_IDS, type RegimeId } from "~/domain/exposure";
import { LEAD_STATUSES, type LeadFilters, type LeadViewer } from "~/domain/lead-inbox";
import {
  InvalidCursorError,
  LeadFilterError,
  SEARCH_MATCH_LIMIT,
  type InboxLeadRow,
  getInboxFilterOptions,
  getLeadDetail,
  listLeads,
} from "~/server/inbox/leads.server";
import type { DB } from "~/server/storage/db.server";
import { createDraft, updateDraft } from "~/server/flow/drafts.server";
import { submitDraft } from "~/server/leads/submit.server";
import { createTestDatabase, testSubmitContext } from "../support/db";
import { VALID_CONTACT, answersFixture } from "../support/flow-client";
import { type FactoryLead, type FactoryVerdict, addNote, seedLeads } from "../support/lead-factory";

const NOW = new Date("2026-11-26T10:00:00.000Z");
const ZONE = "Europe/Amsterdam";
const LEAD_COUNT = 3000;

const emailOf = (name: string) => DEMO_USERS.find((user) => user.name === name)?.email ?? "";

async function viewerFor(db: DB, email: string): Promise<LeadViewer & { name: string }> {
  const user = await db
    .selectFrom("users")
    .select(["id", "role", "name"])
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  const memberships = await db.selectFrom("inbox_members").select("inbox_id").where("user_id", "=", user.id).execute();
  return { id: user.id, name: user.name, role: user.role, inboxIds: memberships.map((row) => row.inbox_id) };
}

// ── The rules, stated independently of the code under test ─────────────────────────────────

const overdueAt = (lead: FactoryLead, at: Date) =>
  lead.status === "new" && lead.firstResponseAt === null && lead.slaDueAt !== null && lead.slaDueAt < at.toISOString();

/** Overdue first, then the highest priority, then the oldest, then the lowest id. */
const inboxOrder = (at: Date) => (a: FactoryLead, b: FactoryLead) =>
  Number(overdueAt(b, at)) - Number(overdueAt(a, at)) ||
  b.priority - a.priority ||
  (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
  a.id - b.id;

const dayInZone = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE });
/** The calendar day (YYYY-MM-DD) an instant falls on in the business time zone. */
const localDay = (iso: string) => dayInZone.format(new Date(iso));

describe("the inbox list", () => {
  let db: DB;
  let leads: FactoryLead[];
  let admin: LeadViewer;
  let mateo: LeadViewer;
  let amara: LeadViewer;
  let inboxId: (slug: string) => number;
  const special: Record<string, FactoryLead> = {};

  beforeAll(async () => {
    ({ db } = await createTestDatabase("admin-leads"));
    admin = await viewerFor(db, emailOf("Helena Vos"));
    mateo = await viewerFor(db, emailOf("Mateo Ruiz"));
    amara = await viewerFor(db, emailOf("Amara Okafor"));
    const inboxes = await db.selectFrom("inboxes").select(["id", "slug"]).execute();
    inboxId = (slug) => inboxes.find((inbox) => inbox.slug === slug)?.id ?? 0;

    const exact = {
      company: { company: "Zephyrine Robotics GmbH" },
      contactName: { contactName: "Åsa Ekström" },
      email: { email: "procurement@quillfeather.example" },
      noted: {},
      // 00:30 on 1 November in Amsterdam, still 31 October in UTC.
      justInside: { createdAt: "2026-10-31T23:30:00.000Z" },
      // 23:59 on 31 October in Amsterdam.
      justOutside: { createdAt: "2026-10-31T22:59:00.000Z" },
      ownedElsewhere: { inboxId: inboxId("general"), ownerId: mateo.id },
    };
    leads = await seedLeads(db, { count: LEAD_COUNT, seed: 6, now: NOW, exact: Object.values(exact) });
    Object.keys(exact).forEach((name, index) => (special[name] = leads[index] as FactoryLead));
    await addNote(db, {
      leadId: special.noted?.id ?? 0,
      authorId: amara.id,
      body: "Board wants a memo on the\nCyber Resilience Act before Christmas",
      at: NOW.toISOString(),
    });
  });

  afterAll(async () => {
    await db.destroy();
  });

  /** Every row the viewer gets for the filters, page by page. */
  async function everyRow(viewer: LeadViewer, filters: LeadFilters, { limit = 200, on = db, clock = () => NOW } = {}) {
    const rows: InboxLeadRow[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listLeads(on, viewer, filters, { after, limit }, { now: clock(), timeZone: ZONE });
      rows.push(...page.rows);
      after = page.nextCursor ?? undefined;
      pages += 1;
    } while (after);
    return { rows, pages };
  }

  /** The viewer is shown exactly the leads that satisfy `expected`, in inbox order. */
  async function expectListed(viewer: LeadViewer, filters: LeadFilters, expected: (lead: FactoryLead) => boolean) {
    const wanted = leads.filter(expected).sort(inboxOrder(NOW));
    expect(wanted.length).toBeGreaterThan(0);
    const { rows } = await everyRow(viewer, filters);
    expect(rows.map((row) => row.publicRef)).toEqual(wanted.map((lead) => lead.publicRef));
  }

  describe("order", () => {
    it("puts overdue leads first, then the highest priority, then the oldest", async () => {
      const page = await listLeads(db, admin, {}, { limit: 200 }, { now: NOW, timeZone: ZONE });
      const expected = [...leads].sort(inboxOrder(NOW)).slice(0, 200);
      expect(expected.some((lead) => overdueAt(lead, NOW))).toBe(true);
      expect(page.rows.map((row) => row.publicRef)).toEqual(expected.map((lead) => lead.publicRef));
      expect(page.rows[0]?.overdue).toBe(true);
    });

    it("breaks a tie on priority and arrival time by the lead's id", async () => {
      const { rows } = await everyRow(admin, {});
      const twins = rows.filter((row, index) => {
        const next = rows[index + 1];
        return (
          next && next.priority === row.priority && next.receivedAt === row.receivedAt && next.overdue === row.overdue
        );
      });
      expect(twins.length).toBeGreaterThan(0);
      for (const row of twins) expect(rows[rows.indexOf(row) + 1]?.id).toBeGreaterThan(row.id);
    });
  });

  describe("keyset paging", () => {
    it("walks every lead exactly once, with no OFFSET in any query", async () => {
      const queries: RootOperationNode[] = [];
      const recorder: KyselyPlugin = {
        transformQuery: ({ node }) => (queries.push(node), node),
        transformResult: async ({ result }) => result,
      };
      const { rows, pages } = await everyRow(admin, {}, { limit: 37, on: db.withPlugin(recorder) });
      expect(pages).toBe(Math.ceil(LEAD_COUNT / 37));
      expect(rows).toHaveLength(LEAD_COUNT);
      expect(new Set(rows.map((row) => row.id)).size).toBe(LEAD_COUNT);
      expect(queries.length).toBeGreaterThan(pages);
      for (const query of queries) expect(JSON.stringify(query)).not.toContain("OffsetNode");
    });

    it("keeps its order while leads fall due between pages", async () => {
      let day = 0;
      // A day passes between pages: without the cursor's own clock, leads would move up into
      // pages already read and be missed.
      const clock = () => new Date(NOW.getTime() + day++ * 86_400_000);
      const { rows } = await everyRow(admin, {}, { limit: 150, clock });
      expect(rows.map((row) => row.publicRef)).toEqual([...leads].sort(inboxOrder(NOW)).map((lead) => lead.publicRef));
    });

    it("ends with no cursor on the last page", async () => {
      const page = await listLeads(db, admin, { q: "Zephyrine" }, { limit: 10 }, { now: NOW });
      expect(page.rows).toHaveLength(1);
      expect(page.nextCursor).toBeNull();
    });

    it("refuses a cursor it did not make", async () => {
      const forged = Buffer.from(JSON.stringify([1, "yesterday", 1, 50, "x", 1])).toString("base64url");
      for (const after of [forged, "not-a-cursor", "e30"]) {
        await expect(listLeads(db, admin, {}, { after, limit: 10 }, { now: NOW })).rejects.toBeInstanceOf(
          InvalidCursorError,
        );
      }
    });
  });

  describe("filters", () => {
    it("by status", async () => {
      await expectListed(admin, { status: "qualified" }, (lead) => lead.status === "qualified");
    });

    it("by inbox", async () => {
      await expectListed(admin, { inbox: "privacy-data" }, (lead) => lead.inboxId === inboxId("privacy-data"));
    });

    it("by owner: me", async () => {
      await expectListed(mateo, { owner: "me" }, (lead) => lead.ownerId === mateo.id);
    });

    it("by owner: unassigned", async () => {
      await expectListed(admin, { owner: "unassigned" }, (lead) => lead.ownerId === null);
    });

    it("by owner: a given consultant", async () => {
      await expectListed(admin, { owner: amara.id }, (lead) => lead.ownerId === amara.id);
    });

    it("by band", async () => {
      await expectListed(admin, { band: "Critical" }, (lead) => lead.band === "Critical");
    });

    it("by regime, counting likely and possible verdicts but not unlikely ones", async () => {
      const fires = (lead: FactoryLead) =>
        lead.regimes.some((verdict) => verdict.regime === "dora" && verdict.status !== "unlikely");
      expect(
        leads.some((lead) =>
          lead.regimes.some((verdict) => verdict.regime === "dora" && verdict.status === "unlikely"),
        ),
      ).toBe(true);
      await expectListed(admin, { regime: "dora" }, fires);
    });

    it("by source article", async () => {
      await expectListed(admin, { source: "nis2-basics" }, (lead) => lead.sourceArticle === "nis2-basics");
    });

    it("by days received, counted in the business time zone", async () => {
      await expectListed(
        admin,
        { from: "2026-11-01", to: "2026-11-07" },
        (lead) => localDay(lead.createdAt) >= "2026-11-01" && localDay(lead.createdAt) <= "2026-11-07",
      );
      const { rows } = await everyRow(admin, { from: "2026-11-01", to: "2026-11-01" });
      expect(rows.map((row) => row.publicRef)).toContain(special.justInside?.publicRef);
      expect(rows.map((row) => row.publicRef)).not.toContain(special.justOutside?.publicRef);
    });

    it("combine: every filter must hold", async () => {
      await expectListed(
        admin,
        { status: "new", inbox: "general", band: "High" },
        (lead) => lead.status === "new" && lead.inboxId === inboxId("general") && lead.band === "High",
      );
    });

    it("refuse an inbox or an owner that does not exist", async () => {
      await expect(listLeads(db, admin, { inbox: "no-such-inbox" }, { limit: 10 })).rejects.toThrow(
        new LeadFilterError('There is no inbox called "no-such-inbox"'),
      );
      await expect(listLeads(db, admin, { owner: 99_999 }, { limit: 10 })).rejects.toBeInstanceOf(LeadFilterError);
    });
  });

  describe("search", () => {
    const found = async (q: string, viewer = admin) => (await everyRow(viewer, { q })).rows.map((row) => row.publicRef);

    it("finds a lead by its company, as the name is typed", async () => {
      expect(await found("zephyr")).toEqual([special.company?.publicRef]);
    });

    it("finds a lead by its contact's name, with or without accents", async () => {
      expect(await found("Åsa Ekström")).toEqual([special.contactName?.publicRef]);
      expect(await found("asa ekstrom")).toEqual([special.contactName?.publicRef]);
    });

    it("finds a lead by its email address", async () => {
      expect(await found("procurement@quillfeather.example")).toEqual([special.email?.publicRef]);
    });

    it("finds a lead by the words of its notes", async () => {
      expect(await found("christmas memo")).toEqual([special.noted?.publicRef]);
    });

    it("needs every word to match", async () => {
      expect(await found("zephyrine christmas")).toEqual([]);
    });

    it("treats search syntax as plain words, and finds nothing for punctuation alone", async () => {
      expect(await found('"zephyrine" OR NOT (*')).toEqual([]);
      expect(await found("zephyrine*")).toEqual([special.company?.publicRef]);
      expect(await found("@@ --")).toEqual([]);
    });

    it("lists the most recent matches of a search broader than the limit, in inbox order, and says so", async () => {
      // Every factory address ends in ".example".
      const first = await listLeads(db, admin, { q: "example" }, { limit: 50 }, { now: NOW, timeZone: ZONE });
      expect(first.searchTruncated).toBe(true);
      expect(first.countsExact).toBe(false);
      const { rows } = await everyRow(admin, { q: "example" });
      expect(rows).toHaveLength(SEARCH_MATCH_LIMIT);
      const newest = [...leads]
        .sort((a, b) => b.id - a.id)
        .slice(0, SEARCH_MATCH_LIMIT)
        .sort(inboxOrder(NOW));
      expect(rows.map((row) => row.id)).toEqual(newest.map((lead) => lead.id));
      expect((await listLeads(db, admin, { q: "zephyr" }, { limit: 50 }, { now: NOW })).searchTruncated).toBe(false);
    });

    it("searches only the leads the viewer may see", async () => {
      const lead = special.company as FactoryLead;
      const outsider = [mateo, amara].find(
        (viewer) => !viewer.inboxIds.includes(lead.inboxId ?? 0) && lead.ownerId !== viewer.id,
      ) as LeadViewer;
      expect(await found("zephyrine", outsider)).toEqual([]);
    });
  });

  describe("counts per status", () => {
    it("count every status under the other filters, whatever status is chosen", async () => {
      const page = await listLeads(db, admin, { status: "won", band: "High" }, { limit: 5 }, { now: NOW });
      const expected = Object.fromEntries(
        LEAD_STATUSES.map((status) => [
          status,
          leads.filter((lead) => lead.band === "High" && lead.status === status).length,
        ]),
      );
      expect(page.counts).toEqual(expected);
      expect(page.rows.every((row) => row.status === "won")).toBe(true);
    });
  });

  describe("who sees what", () => {
    it("an admin sees every lead", async () => {
      const { rows } = await everyRow(admin, {});
      expect(rows).toHaveLength(LEAD_COUNT);
    });

    it("a consultant sees their inboxes' leads and the leads they own elsewhere, and nothing else", async () => {
      await expectListed(mateo, {}, (lead) => mateo.inboxIds.includes(lead.inboxId ?? 0) || lead.ownerId === mateo.id);
      const { rows } = await everyRow(mateo, {});
      expect(rows.map((row) => row.publicRef)).toContain(special.ownedElsewhere?.publicRef);
    });

    it("a consultant's counts cover only what they may see", async () => {
      const page = await listLeads(db, amara, {}, { limit: 1 }, { now: NOW });
      const visible = leads.filter((lead) => amara.inboxIds.includes(lead.inboxId ?? 0) || lead.ownerId === amara.id);
      expect(Object.values(page.counts).reduce((sum, count) => sum + count, 0)).toBe(visible.length);
    });

    it("a consultant in no inbox sees only the leads they own", async () => {
      await expectListed({ ...mateo, inboxIds: [] }, {}, (lead) => lead.ownerId === mateo.id);
    });
  });

  describe("each row", () => {
    it("shows the lead's top three regimes: likely before possible, then the most exposed, then in ruleset order", async () => {
      const rank = (verdict: FactoryVerdict) => [
        verdict.status === "likely" ? 0 : 1,
        -verdict.exposure,
        REGIME_IDS.indexOf(verdict.regime as RegimeId),
      ];
      const before = (a: FactoryVerdict, b: FactoryVerdict) => {
        const [x, y] = [rank(a), rank(b)];
        return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0) || (x[2] ?? 0) - (y[2] ?? 0);
      };
      const byId = new Map(leads.map((lead) => [lead.id, lead]));
      const { rows } = await everyRow(admin, {});
      for (const row of rows) {
        const lead = byId.get(row.id) as FactoryLead;
        const top = lead.regimes
          .filter((verdict) => verdict.status !== "unlikely")
          .sort(before)
          .slice(0, 3);
        expect(row.topRegimes.map((regime) => [regime.id, regime.status])).toEqual(
          top.map((verdict) => [verdict.regime, verdict.status]),
        );
      }
    });

    it("names the owner and the inbox", async () => {
      const page = await listLeads(db, admin, { owner: amara.id }, { limit: 1 }, { now: NOW });
      expect(page.rows[0]?.owner).toEqual({ id: amara.id, name: "Amara Okafor" });
      expect(page.rows[0]?.inbox?.name).toBeTruthy();
    });
  });

  describe("filter choices", () => {
    it("offer every inbox, every person and the articles leads came from", async () => {
      const options = await getInboxFilterOptions(db);
      expect(options.inboxes.map((inbox) => inbox.slug).sort()).toEqual([
        "ai-governance",
        "cyber-resilience",
        "general",
        "privacy-data",
        "sanctions-export",
      ]);
      expect(options.owners).toHaveLength(DEMO_USERS.length);
      expect(options.sources.map((source) => source.slug).sort()).toEqual(
        [...new Set(leads.flatMap((lead) => lead.sourceArticle ?? []))].sort(),
      );
    });
  });
});

describe("the search index", () => {
  it("forgets a lead's old name when its contact fields are replaced, as erasure does", async () => {
    const { db } = await createTestDatabase("admin-leads-erasure");
    try {
      const admin = await viewerFor(db, emailOf("Helena Vos"));
      const [lead] = await seedLeads(db, {
        count: 3,
        now: NOW,
        exact: [{ company: "Vantablack Optics BV", contactName: "Ottilie Quass" }],
      });
      await db
        .updateTable("leads")
        .set({ company: "", contact_name: "", contact_email: "" })
        .where("id", "=", lead?.id ?? 0)
        .execute();
      for (const q of ["vantablack", "ottilie"]) {
        expect((await listLeads(db, admin, { q }, { limit: 10 }, { now: NOW })).rows).toEqual([]);
      }
    } finally {
      await db.destroy();
    }
  });

  it("forgets a note's words when the note is removed", async () => {
    const { db } = await createTestDatabase("admin-leads-notes");
    try {
      const admin = await viewerFor(db, emailOf("Helena Vos"));
      const [lead] = await seedLeads(db, { count: 2, now: NOW });
      const noteId = await addNote(db, {
        leadId: lead?.id ?? 0,
        authorId: admin.id,
        body: "Prefers calls on Thursdays",
        at: NOW.toISOString(),
      });
      expect(
        (await listLeads(db, admin, { q: "thursdays" }, { limit: 10 }, { now: NOW })).rows.map((row) => row.id),
      ).toEqual([lead?.id]);
      await db.deleteFrom("lead_notes").where("id", "=", noteId).execute();
      expect((await listLeads(db, admin, { q: "thursdays" }, { limit: 10 }, { now: NOW })).rows).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});

describe("a lead's detail", () => {
  let db: DB;
  let admin: LeadViewer;
  let leadId: number;
  let repeatId: number;
  const submittedAt = new Date("2026-11-26T10:00:00.000Z");

  async function submit(email: string, at: Date) {
    const source = {
      article: "nis2-basics",
      topic: "nis2" as const,
      utm: { utm_source: "newsletter", utm_campaign: "nis2-week" },
      referrer: "https://news.example/nis2",
    };
    const { draft } = await createDraft(db, source, at);
    await updateDraft(db, draft.id, {
      answers: answersFixture("polish-msp-bank-supplier"),
      contact: { ...VALID_CONTACT, email },
    });
    return (await submitDraft(db, draft.id, testSubmitContext(at))).leadId;
  }

  beforeAll(async () => {
    ({ db } = await createTestDatabase("admin-lead-detail"));
    admin = await viewerFor(db, emailOf("Helena Vos"));
    await db
      .insertInto("articles")
      .values({
        slug: "nis2-basics",
        title: "NIS2 in plain words",
        summary: "What NIS2 asks.",
        author: "Amara Okafor",
        body_markdown: "Text",
        word_count: 1,
        cta_line: null,
        status: "published",
        published_on: "2026-10-01",
        source_hash: "x",
        created_at: submittedAt.toISOString(),
        updated_at: submittedAt.toISOString(),
      })
      .execute();
    leadId = await submit("cto@msp.example", submittedAt);
    repeatId = await submit("cto@msp.example", new Date(submittedAt.getTime() + 3_600_000));
  });

  afterAll(async () => {
    await db.destroy();
  });

  async function detail(viewer: LeadViewer = admin, id = leadId, now = submittedAt) {
    const result = await getLeadDetail(db, viewer, id, { now });
    if (result.kind !== "ok") throw new Error(`Expected the lead, got ${result.kind}`);
    return result.lead;
  }

  it("shows every answer as the question's text and the answer's label", async () => {
    const lead = await detail();
    expect(lead.answers).toContainEqual(
      expect.objectContaining({
        question: "How many people does your organisation employ, group-wide?",
        answer: "50 to 249",
      }),
    );
    expect(lead.answers).toContainEqual(
      expect.objectContaining({ question: "What would you most like to talk to us about?", answer: "NIS2; DORA" }),
    );
  });

  it("shows the contact, the company and the assessment", async () => {
    const lead = await detail();
    expect(lead.contact).toMatchObject({
      name: VALID_CONTACT.name,
      email: "cto@msp.example",
      jobTitle: VALID_CONTACT.jobTitle,
      message: VALID_CONTACT.message,
    });
    expect(lead.company).toBe(VALID_CONTACT.company);
    expect(lead.assessment?.regimes.find((regime) => regime.regime === "nis2")?.status).toBe("likely");
  });

  it("explains the routing and names the owner and the inbox", async () => {
    const lead = await detail();
    const row = await db
      .selectFrom("leads")
      .select(["owner_id", "inbox_id"])
      .where("id", "=", leadId)
      .executeTakeFirstOrThrow();
    const owner = await db
      .selectFrom("users")
      .select(["id", "name"])
      .where("id", "=", row.owner_id ?? 0)
      .executeTakeFirstOrThrow();
    expect(lead.owner).toEqual(owner);
    expect(lead.inbox?.id).toBe(row.inbox_id);
    expect(lead.routing?.routing.reasons.length).toBeGreaterThan(0);
    expect(lead.routing?.assignment.chosen).toBe(owner.id);
  });

  it("names the source article, topic, campaign and referrer", async () => {
    const lead = await detail();
    expect(lead.source).toEqual({
      article: { slug: "nis2-basics", title: "NIS2 in plain words" },
      topic: { id: "nis2", label: "NIS2" },
      utm: { utm_source: "newsletter", utm_campaign: "nis2-week" },
      referrer: "https://news.example/nis2",
    });
  });

  it("runs the SLA clock: due, then overdue while nobody has answered", async () => {
    const before = await detail(admin, leadId, submittedAt);
    expect(before.sla.dueAt).not.toBeNull();
    expect(before.sla.overdue).toBe(false);
    const after = await detail(admin, leadId, new Date(Date.parse(before.sla.dueAt ?? "") + 60_000));
    expect(after.sla.overdue).toBe(true);
    expect(after.sla.metDeadline).toBeNull();
  });

  it("lists the emails about the lead with their delivery state", async () => {
    const lead = await detail();
    expect(lead.emails.map((email) => email.kind).sort()).toEqual([
      "consultant-notification",
      "sla-escalation",
      "sla-reminder",
      "visitor-confirmation",
    ]);
    expect(
      lead.emails.every((email) => email.status === "pending" && email.attempts === 0 && email.sentAt === null),
    ).toBe(true);
  });

  it("tells the timeline in order, naming the people who acted", async () => {
    await db
      .insertInto("lead_events")
      .values({
        lead_id: leadId,
        type: "viewed",
        actor: String(admin.id),
        data: "{}",
        created_at: "2026-11-26T11:00:00.000Z",
      })
      .execute();
    const lead = await detail();
    expect(lead.timeline.map((event) => event.type)).toEqual(["created", "routed", "assigned", "viewed"]);
    expect(lead.timeline[0]?.actor).toBeNull();
    expect(lead.timeline.at(-1)?.actor).toEqual({ id: admin.id, name: "Helena Vos" });
  });

  it("lists the notes with their authors, oldest first", async () => {
    const amara = await viewerFor(db, emailOf("Amara Okafor"));
    await addNote(db, { leadId, authorId: amara.id, body: "Second call booked.", at: "2026-11-27T09:00:00.000Z" });
    await addNote(db, {
      leadId,
      authorId: admin.id,
      body: "Called; wants a\nNIS2 gap review.",
      at: "2026-11-26T12:00:00.000Z",
    });
    const lead = await detail();
    expect(lead.notes.map((note) => [note.author.name, note.body])).toEqual([
      ["Helena Vos", "Called; wants a\nNIS2 gap review."],
      ["Amara Okafor", "Second call booked."],
    ]);
  });

  it("links a repeat submission to the earlier lead", async () => {
    const lead = await detail(admin, repeatId);
    const earlier = await db
      .selectFrom("leads")
      .select(["id", "public_ref"])
      .where("id", "=", leadId)
      .executeTakeFirstOrThrow();
    expect(lead.duplicateOf).toEqual({ id: earlier.id, publicRef: earlier.public_ref });
  });

  it("is forbidden to a consultant outside the lead's inbox who does not own it", async () => {
    const row = await db
      .selectFrom("leads")
      .select(["owner_id", "inbox_id"])
      .where("id", "=", leadId)
      .executeTakeFirstOrThrow();
    const viewers = await Promise.all(
      DEMO_USERS.filter((user) => user.role === "consultant").map((user) => viewerFor(db, user.email)),
    );
    const outsider = viewers.find(
      (viewer) => viewer.id !== row.owner_id && !viewer.inboxIds.includes(row.inbox_id ?? 0),
    );
    expect(outsider).toBeDefined();
    expect(await getLeadDetail(db, outsider as LeadViewer, leadId)).toEqual({ kind: "forbidden" });
  });

  it("is open to its owner even when the lead sits in another inbox", async () => {
    const row = await db.selectFrom("leads").select("owner_id").where("id", "=", leadId).executeTakeFirstOrThrow();
    const owner = await db
      .selectFrom("users")
      .select("email")
      .where("id", "=", row.owner_id ?? 0)
      .executeTakeFirstOrThrow();
    const viewer = { ...(await viewerFor(db, owner.email)), inboxIds: [] };
    expect((await getLeadDetail(db, viewer, leadId)).kind).toBe("ok");
  });

  it("is not found for an id no lead has", async () => {
    expect(await getLeadDetail(db, admin, 987_654)).toEqual({ kind: "not-found" });
    expect(await getLeadDetail(db, admin, -1)).toEqual({ kind: "not-found" });
  });
});
