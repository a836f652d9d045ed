import { afterEach, describe, expect, it } from "vitest";
import type { DB } from "~/server/db.server";
import { createDraft, updateDraft } from "~/server/drafts.server";
import { IncompleteDraftError, findLeadSummary, submitDraft } from "~/server/leads.server";
import { createTestDatabase } from "../support/db";
import { VALID_CONTACT, answersFixture } from "../support/flow-client";

const SECRET = "x".repeat(40);
const source = { article: "nis2-basics", topic: "nis2" as const, utm: {}, referrer: null };
const open: DB[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

async function completeDraft(db: DB, email = VALID_CONTACT.email) {
  const { draft } = await createDraft(db, source);
  await updateDraft(db, draft.id, { answers: answersFixture("polish-msp-bank-supplier"), contact: { ...VALID_CONTACT, email } });
  return draft.id;
}

async function database() {
  const { db } = await createTestDatabase("leads");
  open.push(db);
  return db;
}

describe("submitting a draft", () => {
  it("makes one lead, its created event and a summary reachable by token", async () => {
    const db = await database();
    const submitted = await submitDraft(db, await completeDraft(db), { secret: SECRET });
    expect(submitted.created).toBe(true);
    const summary = await findLeadSummary(db, submitted.summaryToken);
    expect(summary?.publicRef).toBe(submitted.publicRef);
    const events = await db.selectFrom("lead_events").select("type").execute();
    expect(events).toEqual([{ type: "created" }]);
  });

  it("returns the same lead when the same draft is submitted twice", async () => {
    const db = await database();
    const draftId = await completeDraft(db);
    const [first, second] = await Promise.all([submitDraft(db, draftId, { secret: SECRET }), submitDraft(db, draftId, { secret: SECRET })]);
    expect(second?.leadId).toBe(first?.leadId);
    expect(second?.summaryToken).toBe(first?.summaryToken);
    expect(await db.selectFrom("leads").select("id").execute()).toHaveLength(1);
  });

  it("refuses an incomplete draft, naming where to resume, and writes nothing", async () => {
    const db = await database();
    const { draft } = await createDraft(db, source);
    await expect(submitDraft(db, draft.id, { secret: SECRET })).rejects.toEqual(new IncompleteDraftError("company"));
    expect(await db.selectFrom("leads").select("id").execute()).toEqual([]);
  });

  it("links a lead from the same address within 30 days, and not after", async () => {
    const db = await database();
    const first = await submitDraft(db, await completeDraft(db, "cto@msp.example"), { secret: SECRET, now: new Date("2026-11-01T10:00:00Z") });
    const second = await submitDraft(db, await completeDraft(db, "CTO@msp.example"), { secret: SECRET, now: new Date("2026-11-20T10:00:00Z") });
    const third = await submitDraft(db, await completeDraft(db, "cto@msp.example"), { secret: SECRET, now: new Date("2027-01-15T10:00:00Z") });
    const rows = await db.selectFrom("leads").select(["id", "duplicate_of"]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: first.leadId, duplicate_of: null },
      { id: second.leadId, duplicate_of: first.leadId },
      { id: third.leadId, duplicate_of: null },
    ]);
  });

  it("finds no summary for an unknown token", async () => {
    expect(await findLeadSummary(await database(), "not-a-real-token-aaaaaaaaaaaaaaaa")).toBeNull();
  });
});
