import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { LEAD_STATUSES } from "~/domain/lead-inbox";
import { sampleAnswers } from "~/domain/questionnaire";
import type { AuthUser } from "~/server/auth/auth.server";
import type { DB } from "~/server/storage/db.server";
import { createDraft, updateDraft } from "~/server/flow/drafts.server";
import { applyBulkChange } from "~/server/leads/bulk.server";
import { eraseLead } from "~/server/leads/privacy.server";
import { applyTriage } from "~/server/leads/triage.server";
import { submitDraft } from "~/server/leads/submit.server";
import { createTestDatabase, testSubmitContext } from "../support/db";
import { talliesBesideRecount } from "../support/lead-tallies";
import { RefusedError } from "~/server/http/refused-error.server";

/**
 * The tallies (leads per inbox, owner, band, status and erasure) and the tallied sources are
 * what the inbox counts and routing read instead of counting leads. Whatever happens to leads,
 * in any order, they must equal a recount of the leads themselves.
 */

const open: DB[] = [];
afterAll(async () => {
  await Promise.all(open.map((db) => db.destroy()));
});

const MAIL = {
  from: "Desk <desk@firm.example>",
  firmName: "Firm",
  publicUrl: "https://impact.example",
  timeZone: "Europe/Amsterdam",
};
const SOURCES = [null, "credit-scoring-gdpr-ai-act-dora", "nis2-essential-important-entities-in-practice"] as const;

type Operation =
  | { op: "submit"; seed: number; source: number; repeatEmail: boolean }
  | { op: "status"; lead: number; status: (typeof LEAD_STATUSES)[number] }
  | { op: "reassign"; lead: number; person: number }
  | { op: "move"; lead: number; inbox: number }
  | { op: "reroute"; lead: number }
  | { op: "contacted"; lead: number }
  | { op: "bulk-status"; leads: number[]; status: (typeof LEAD_STATUSES)[number] }
  | { op: "bulk-assign"; leads: number[]; person: number }
  | { op: "erase"; lead: number };

const index = fc.nat({ max: 1000 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant("submit" as const),
      seed: fc.nat({ max: 10_000 }),
      source: fc.nat({ max: 2 }),
      repeatEmail: fc.boolean(),
    }),
    weight: 4,
  },
  fc.record({ op: fc.constant("status" as const), lead: index, status: fc.constantFrom(...LEAD_STATUSES) }),
  fc.record({ op: fc.constant("reassign" as const), lead: index, person: index }),
  fc.record({ op: fc.constant("move" as const), lead: index, inbox: index }),
  fc.record({ op: fc.constant("reroute" as const), lead: index }),
  fc.record({ op: fc.constant("contacted" as const), lead: index }),
  fc.record({
    op: fc.constant("bulk-status" as const),
    leads: fc.uniqueArray(index, { minLength: 1, maxLength: 4 }),
    status: fc.constantFrom(...LEAD_STATUSES),
  }),
  fc.record({
    op: fc.constant("bulk-assign" as const),
    leads: fc.uniqueArray(index, { minLength: 1, maxLength: 4 }),
    person: index,
  }),
  fc.record({ op: fc.constant("erase" as const), lead: index }),
);

async function recount(db: DB) {
  const { tallies, recounted } = await talliesBesideRecount(db);
  const sources = await db.selectFrom("lead_sources").selectAll().orderBy("source_article").execute();
  const sourceCounts = await sql<Record<string, unknown>>`
    select source_article, count(*) as leads from leads where source_article is not null group by source_article order by source_article
  `.execute(db);
  return { tallies, expectedTallies: recounted, sources, expectedSources: sourceCounts.rows };
}

/** Runs one operation the way the portal does; refusals (a lead that cannot take a change) are part of life. */
async function run(db: DB, admin: AuthUser, people: number[], inboxes: number[], step: Operation, at: Date) {
  const leadIds = (await db.selectFrom("leads").select("id").orderBy("id").execute()).map((row) => row.id);
  const leadAt = (n: number) => leadIds[n % Math.max(leadIds.length, 1)];
  const pick = <T>(list: T[], n: number) => list[n % list.length] as T;
  try {
    switch (step.op) {
      case "submit": {
        const source = SOURCES[step.source] ?? null;
        const { draft } = await createDraft(db, { article: source, topic: null, utm: {}, referrer: null }, at);
        const email = step.repeatEmail
          ? "repeat@visitor.example"
          : `visitor${step.seed}-${leadIds.length}@visitor.example`;
        await updateDraft(db, draft.id, {
          answers: sampleAnswers(step.seed),
          contact: {
            name: "A Visitor",
            email,
            company: "Visitor Co",
            jobTitle: "Director",
            consent: true,
            marketingOptIn: false,
          },
        });
        await submitDraft(db, draft.id, testSubmitContext(at));
        return;
      }
      case "status": {
        const lead = leadAt(step.lead);
        if (lead)
          await applyTriage(
            db,
            admin,
            lead,
            { intent: "status", status: step.status, reason: "Chose another firm" },
            { mail: MAIL, now: at },
          );
        return;
      }
      case "reassign": {
        const lead = leadAt(step.lead);
        if (lead)
          await applyTriage(
            db,
            admin,
            lead,
            { intent: "reassign", ownerId: pick(people, step.person) },
            { mail: MAIL, now: at },
          );
        return;
      }
      case "move": {
        const lead = leadAt(step.lead);
        if (lead)
          await applyTriage(
            db,
            admin,
            lead,
            { intent: "move", inboxId: pick(inboxes, step.inbox) },
            { mail: MAIL, now: at },
          );
        return;
      }
      case "reroute": {
        const lead = leadAt(step.lead);
        if (lead) await applyTriage(db, admin, lead, { intent: "reroute" }, { mail: MAIL, now: at });
        return;
      }
      case "contacted": {
        const lead = leadAt(step.lead);
        if (lead)
          await applyTriage(
            db,
            admin,
            lead,
            { intent: "note", body: "Called", contacted: true },
            { mail: MAIL, now: at },
          );
        return;
      }
      case "bulk-status":
      case "bulk-assign": {
        const ids = [...new Set(step.leads.map(leadAt).filter((id): id is number => id !== undefined))];
        if (ids.length === 0) return;
        const change =
          step.op === "bulk-status"
            ? { do: "status" as const, status: step.status, reason: "Chose another firm" }
            : { do: "assign" as const, ownerId: pick(people, step.person) };
        await applyBulkChange(db, admin, { leadIds: ids, change }, { mail: MAIL, now: at });
        return;
      }
      case "erase": {
        const lead = leadAt(step.lead);
        if (lead) await eraseLead(db, admin, lead, "Asked to be forgotten", at);
        return;
      }
    }
  } catch (error) {
    // A change the workflow refuses (won is final, an erased lead cannot change) changes nothing.
    if (!(error instanceof RefusedError)) throw error;
  }
}

describe("the lead tallies", () => {
  it("equal a recount of the leads after any sequence of submits, triage, bulk changes, re-routing and erasure", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 30 }), async (steps) => {
        const { db } = await createTestDatabase("tallies");
        open.push(db);
        const adminRow = await db
          .selectFrom("users")
          .select(["id", "name", "email"])
          .where("role", "=", "admin")
          .executeTakeFirstOrThrow();
        const admin: AuthUser = { ...adminRow, role: "admin", inboxIds: [] };
        const people = (await db.selectFrom("users").select("id").where("active", "=", 1).execute()).map(
          (row) => row.id,
        );
        const inboxes = (await db.selectFrom("inboxes").select("id").execute()).map((row) => row.id);
        let at = new Date("2026-11-02T09:00:00.000Z");
        for (const step of steps) {
          at = new Date(at.getTime() + 60 * 60 * 1000);
          await run(db, admin, people, inboxes, step, at);
        }
        const { tallies, expectedTallies, sources, expectedSources } = await recount(db);
        expect(tallies).toEqual(expectedTallies);
        expect(sources).toEqual(expectedSources);
        await db.destroy();
        open.splice(open.indexOf(db), 1);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
