import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { createDraft, updateDraft } from "~/server/flow/drafts.server";
import { submitDraft } from "~/server/leads/submit.server";
import { createTestDatabase, testSubmitContext } from "../support/db";
import { VALID_CONTACT, answersFixture } from "../support/flow-client";

const source = { article: "nis2-basics", topic: "nis2" as const, utm: {}, referrer: null };
const open: DB[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

async function completeDraft(db: DB, email: string) {
  const { draft } = await createDraft(db, source);
  await updateDraft(db, draft.id, {
    answers: answersFixture("polish-msp-bank-supplier"),
    contact: { ...VALID_CONTACT, email },
  });
  return draft.id;
}

describe("submits that arrive together", () => {
  it("are each stored with their events, emails and draft state", async () => {
    const { db } = await createTestDatabase("grouped-submits");
    open.push(db);
    const drafts = await Promise.all(
      Array.from({ length: 6 }, (_, index) => completeDraft(db, `v${index}@firm.example`)),
    );
    const submitted = await Promise.all(drafts.map((draftId) => submitDraft(db, draftId, testSubmitContext())));
    expect(new Set(submitted.map((lead) => lead.leadId)).size).toBe(6);
    for (const lead of submitted) {
      const events = await db.selectFrom("lead_events").select("type").where("lead_id", "=", lead.leadId).execute();
      expect(events.map((event) => event.type)).toEqual(["created", "routed", "assigned"]);
    }
    const openDrafts = await db.selectFrom("lead_drafts").select("id").where("status", "=", "open").execute();
    expect(openDrafts).toEqual([]);
  });

  it("keep the others when one of them fails after its lead was inserted, and leave nothing of that one", async () => {
    const { db } = await createTestDatabase("grouped-submits");
    open.push(db);
    const failing = "refused@firm.example";
    const drafts = await Promise.all(
      ["a@firm.example", failing, "b@firm.example", "c@firm.example"].map((email) => completeDraft(db, email)),
    );
    // The database refuses the visitor's confirmation email for one address, after its lead was inserted.
    await sql
      .raw(
        `create trigger injected_failure before insert on outbox when new.to_address = '${failing}'
         begin select raise(abort, 'injected failure'); end`,
      )
      .execute(db);
    const outcomes = await Promise.allSettled(drafts.map((draftId) => submitDraft(db, draftId, testSubmitContext())));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/injected failure/);

    const leads = await db.selectFrom("leads").select("contact_email").orderBy("id").execute();
    expect(leads.map((lead) => lead.contact_email)).toEqual(["a@firm.example", "b@firm.example", "c@firm.example"]);
    const refusedDraft = await db
      .selectFrom("lead_drafts")
      .select(["status", "lead_id"])
      .where("id", "=", drafts[1] ?? "")
      .executeTakeFirstOrThrow();
    expect(refusedDraft).toEqual({ status: "open", lead_id: null });
    const orphans = await sql<{ n: number }>`
      select (select count(*) from lead_events where lead_id not in (select id from leads))
           + (select count(*) from outbox where lead_id not in (select id from leads))
           + (select count(*) from lead_documents where lead_id not in (select id from leads)) as n
    `.execute(db);
    expect(orphans.rows[0]?.n).toBe(0);
    const tallied = await sql<{ n: number }>`select sum(leads) as n from lead_tallies`.execute(db);
    expect(tallied.rows[0]?.n).toBe(3);
  });
});
