import { type Kysely, Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess, readStoredAssessment } from "~/domain/exposure";
import { LEAD_STATUSES } from "~/domain/lead-inbox";
import { describeAnswers, sampleAnswers } from "~/domain/questionnaire";
import { DEMO_ROUTING_RULESET, chooseAssignee, routeLead } from "~/domain/routing";
import { getLeadDetail, listLeads } from "~/server/inbox/leads.server";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { readLeadDocuments } from "~/server/leads/documents.server";
import { migrateToLatest } from "~/server/storage/migrate.server";
import { seedDemoTeam } from "~/server/seed/team.server";
import { MIGRATIONS } from "../../db/migrations";
import { talliesBesideRecount } from "../support/lead-tallies";
import { freshDatabasePath } from "../support/paths";

/**
 * A database made by the schema before the lean lead row (migration 0006), holding leads as
 * that schema stored them — documents inline, every verdict as a row, notes, events, emails,
 * an erased lead and one whose assessment is not valid JSON — is migrated, and every lead must
 * read the same afterwards: every column, every document, and what its page shows.
 */

const LEADS = 48;
const NOW = new Date("2026-11-20T09:00:00.000Z");
type OldLead = Record<string, unknown> & {
  id: number;
  answers: string;
  assessment: string;
  routing_trace: string | null;
  company: string;
};

let db: DB;
let before: OldLead[];
let oldVerdicts: { lead_id: number; regime: string; status: string; exposure: number }[];
let oldEvents: number;

async function buildOldDatabase(path: string): Promise<void> {
  const old = createDatabase(path) as unknown as Kysely<any>;
  const migrator = new Migrator({ db: old, provider: { getMigrations: async () => MIGRATIONS } });
  const { error } = await migrator.migrateTo("0006_sign_in");
  if (error) throw error instanceof Error ? error : new Error("The migration to 0006 failed");
  await seedDemoTeam(old as unknown as DB, { now: NOW, demoPassword: null });
  const inboxes = await old.selectFrom("inboxes").select(["id", "slug"]).execute();
  const members = await old.selectFrom("inbox_members").select(["inbox_id", "user_id"]).execute();
  // The statuses a database of that schema could hold ("unconfirmed" came later).
  const statuses = LEAD_STATUSES.filter((status) => status !== "unconfirmed");
  for (let n = 1; n <= LEADS; n += 1) {
    const created = new Date(NOW.getTime() - n * 36e5).toISOString();
    const answers = sampleAnswers(n);
    const assessment = assess(answers, new Date(created));
    const routing = routeLead(DEMO_ROUTING_RULESET, { assessment, answers, source: { article: null, topic: null } });
    const inbox = inboxes.find((row) => row.slug === routing.inbox) ?? inboxes[0];
    const candidates = members
      .filter((member) => member.inbox_id === inbox?.id)
      .map((member) => ({
        userId: member.user_id,
        name: `User ${member.user_id}`,
        active: true,
        capacity: 25,
        openLeads: n % 5,
        weight: 1,
        outOfOffice: null,
        lastAssignedAt: null,
      }));
    const assignment = chooseAssignee({ candidates, now: new Date(created) });
    await old
      .insertInto("lead_drafts")
      .values({
        id: `draft-${n}`,
        token_hash: `token-${n}`,
        answers: JSON.stringify(answers),
        status: "submitted",
        created_at: created,
        updated_at: created,
        expires_at: created,
      })
      .execute();
    await old
      .insertInto("leads")
      .values({
        public_ref: `ID-OLD${String(n).padStart(3, "0")}`,
        summary_token_hash: `summary-${n}`,
        draft_id: `draft-${n}`,
        contact_name: `Person ${n}`,
        contact_email: `person${n}@company${n}.example`,
        email_normalized: `person${n}@company${n}.example`,
        company: `Company Number${n} Ltd`,
        job_title: "Head of Risk",
        phone: n % 3 === 0 ? "+31 20 123 4567" : null,
        message: n % 2 === 0 ? `A question from lead ${n}` : null,
        // One lead's assessment was stored in a form no version can read.
        answers: JSON.stringify(answers),
        ruleset_version: assessment.rulesetVersion,
        assessment: n === 7 ? "{not json" : JSON.stringify(assessment),
        impact_score: assessment.impact,
        priority: assessment.priority,
        band: assessment.band,
        next_deadline: assessment.nextDeadline?.date ?? null,
        source_article: n % 4 === 0 ? "credit-scoring-gdpr-ai-act-dora" : null,
        source_topic: null,
        utm: JSON.stringify({ utm_source: "newsletter" }),
        referrer: null,
        consent_version: "2026-10",
        consent_at: created,
        marketing_opt_in: n % 2,
        status: statuses[n % statuses.length],
        duplicate_of: n > 10 && n % 11 === 0 ? 1 : null,
        inbox_id: inbox?.id ?? null,
        owner_id: assignment.chosen,
        routing_version: routing.rulesetVersion,
        routing_trace: JSON.stringify({ routing, assignment, repeatSubmitter: null }),
        sla_due_at: new Date(new Date(created).getTime() + 8 * 36e5).toISOString(),
        first_response_at: n % 3 === 0 ? created : null,
        created_at: created,
        updated_at: created,
        erased_at: n === 5 ? created : null,
      })
      .execute();
    await old
      .insertInto("lead_events")
      .values({ lead_id: n, type: "created", actor: null, data: "{}", created_at: created })
      .execute();
    if (n % 2 === 0) {
      const author = members[0]?.user_id ?? 1;
      await old
        .insertInto("lead_notes")
        .values({ lead_id: n, author_id: author, body: `Called them about item ${n}`, created_at: created })
        .execute();
    }
    await old
      .insertInto("outbox")
      .values({
        id: `job-${n}`,
        kind: "visitor-confirmation",
        lead_id: n,
        from_address: "a@b.example",
        to_address: `person${n}@company${n}.example`,
        subject: "Thanks",
        html: "<p>x</p>",
        text: "x",
        status: "sent",
        next_attempt_at: created,
        created_at: created,
      })
      .execute();
  }
  await old.destroy();
}

beforeAll(async () => {
  const path = freshDatabasePath("lean-migration");
  await buildOldDatabase(path);
  const old = createDatabase(path) as unknown as Kysely<any>;
  before = (await old.selectFrom("leads").selectAll().orderBy("id").execute()) as OldLead[];
  oldVerdicts = (await old
    .selectFrom("lead_regimes")
    .selectAll()
    .orderBy("lead_id")
    .orderBy("regime")
    .execute()) as typeof oldVerdicts;
  oldEvents = Number(
    (
      await old
        .selectFrom("lead_events")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
  await old.destroy();
  db = createDatabase(path);
  expect(await migrateToLatest(db)).toContain("0007_lean_leads");
});

afterAll(async () => {
  await db?.destroy();
});

const admin = { id: 1, role: "admin" as const, inboxIds: [] };

describe("the lean lead migration", () => {
  it("keeps every lead and every column but the documents, unchanged", async () => {
    const after = await db.selectFrom("leads").selectAll().orderBy("id").execute();
    const expected = before.map(({ answers: _a, assessment: _b, routing_trace: _c, ...rest }) => rest);
    // Columns added by later migrations are theirs to test; every column the lead had is kept.
    const asBefore = after.map((lead, index) =>
      Object.fromEntries(
        Object.keys(expected[index] ?? {}).map((column) => [column, lead[column as keyof typeof lead]]),
      ),
    );
    expect(asBefore).toEqual(expected);
  });

  it("moves each lead's answers, assessment and routing trace to its documents, equal to what was stored", async () => {
    for (const lead of before) {
      const documents = await readLeadDocuments(db, lead.id);
      expect(documents?.answers).toEqual(JSON.parse(lead.answers));
      expect(documents?.assessment).toEqual(lead.id === 7 ? "{not json" : JSON.parse(lead.assessment));
      expect(documents?.routingTrace).toEqual(lead.routing_trace === null ? null : JSON.parse(lead.routing_trace));
    }
  });

  it("shows every lead's page with the same answers, assessment, routing and timeline", async () => {
    for (const lead of before) {
      const detail = await getLeadDetail(db, admin, lead.id, { now: NOW });
      if (detail.kind !== "ok") throw new Error(`lead ${lead.id} did not open: ${detail.kind}`);
      expect(detail.lead.company).toBe(lead.company);
      expect(detail.lead.assessment).toEqual(readStoredAssessment(lead.assessment));
      expect(detail.lead.answers).toEqual(describeAnswers(JSON.parse(lead.answers)));
      expect(detail.lead.routing).toEqual(lead.routing_trace === null ? null : JSON.parse(lead.routing_trace));
      expect(detail.lead.scores).toEqual({ band: lead.band, impact: lead.impact_score, priority: lead.priority });
    }
    expect(
      Number(
        (
          await db
            .selectFrom("lead_events")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(oldEvents);
  });

  it("keeps the verdicts that fire and drops the rest", async () => {
    const after = await db.selectFrom("lead_regimes").selectAll().orderBy("lead_id").orderBy("regime").execute();
    expect(after).toEqual(oldVerdicts.filter((row) => row.status === "likely" || row.status === "possible"));
  });

  it("fills the tallies and the sources with what the leads hold", async () => {
    const { tallies, recounted } = await talliesBesideRecount(db);
    expect(tallies).toEqual(recounted);
    const sources = await db.selectFrom("lead_sources").selectAll().execute();
    expect(sources).toEqual([
      {
        source_article: "credit-scoring-gdpr-ai-act-dora",
        leads: before.filter((lead) => lead.source_article !== null).length,
      },
    ]);
  });

  it("still finds leads by search and lists every one in the inbox", async () => {
    const found = await listLeads(db, admin, { q: "Number12" }, { limit: 50 }, { now: NOW });
    expect(found.rows.map((row) => row.publicRef)).toEqual(["ID-OLD012"]);
    const all = await listLeads(db, admin, {}, { limit: 200 }, { now: NOW });
    expect(all.rows).toHaveLength(LEADS);
    expect(Object.values(all.counts).reduce((sum, count) => sum + count, 0)).toBe(LEADS);
  });

  it("leaves the foreign keys on and intact", async () => {
    expect((await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)).rows[0]?.foreign_keys).toBe(1);
    expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
  });
});
