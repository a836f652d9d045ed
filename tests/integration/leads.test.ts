import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { createDraft, updateDraft } from "~/server/flow/drafts.server";
import { DEMO_ROUTING_RULESET } from "~/domain/routing";
import { IncompleteDraftError, findLeadSummary, submitDraft } from "~/server/leads/submit.server";
import { readLeadDocuments } from "~/server/leads/documents.server";
import { type RoutingTrace, saveRoutingRuleset } from "~/server/routing/routing.server";
import { createTestDatabase, testSubmitContext } from "../support/db";
import { VALID_CONTACT, answersFixture } from "../support/flow-client";

const source = { article: "nis2-basics", topic: "nis2" as const, utm: {}, referrer: null };
const open: DB[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

async function completeDraft(db: DB, email = VALID_CONTACT.email) {
  const { draft } = await createDraft(db, source);
  await updateDraft(db, draft.id, {
    answers: answersFixture("polish-msp-bank-supplier"),
    contact: { ...VALID_CONTACT, email },
  });
  return draft.id;
}

async function database() {
  const { db } = await createTestDatabase("leads");
  open.push(db);
  return db;
}

describe("submitting a draft", () => {
  it("makes one lead, its created, routed and assigned events and a summary reachable by token", async () => {
    const db = await database();
    const submitted = await submitDraft(db, await completeDraft(db), testSubmitContext());
    expect(submitted.created).toBe(true);
    const summary = await findLeadSummary(db, submitted.summaryToken);
    expect(summary?.publicRef).toBe(submitted.publicRef);
    const events = await db.selectFrom("lead_events").select("type").execute();
    expect(events).toEqual([{ type: "created" }, { type: "routed" }, { type: "assigned" }]);
  });

  it("returns the same lead when the same draft is submitted twice", async () => {
    const db = await database();
    const draftId = await completeDraft(db);
    const [first, second] = await Promise.all([
      submitDraft(db, draftId, testSubmitContext()),
      submitDraft(db, draftId, testSubmitContext()),
    ]);
    expect(second?.leadId).toBe(first?.leadId);
    expect(second?.summaryToken).toBe(first?.summaryToken);
    expect(await db.selectFrom("leads").select("id").execute()).toHaveLength(1);
  });

  it.each([
    ["the lead's events", "lead_events"],
    ["the lead's emails", "outbox"],
    ["the draft's change of state", "lead_drafts"],
  ])("writes nothing at all when storing %s fails after the lead was inserted", async (_label, table) => {
    const db = await database();
    const draftId = await completeDraft(db);
    const snapshot = async () => ({
      leads: await db.selectFrom("leads").selectAll().execute(),
      documents: await db.selectFrom("lead_documents").select("lead_id").execute(),
      verdicts: await db.selectFrom("lead_regimes").selectAll().execute(),
      events: await db.selectFrom("lead_events").selectAll().execute(),
      outbox: await db.selectFrom("outbox").select("id").execute(),
      tallies: await db.selectFrom("lead_tallies").selectAll().execute(),
      search: (await sql<{ n: number }>`select count(*) as n from lead_search`.execute(db)).rows,
      users: await db.selectFrom("users").select(["id", "last_assigned_at"]).orderBy("id").execute(),
      draft: await db.selectFrom("lead_drafts").selectAll().where("id", "=", draftId).execute(),
    });
    const before = await snapshot();
    // The database itself refuses the write, as a full disk or a crash mid-way would.
    const when = table === "lead_drafts" ? "update" : "insert";
    await sql
      .raw(
        `create trigger injected_failure before ${when} on ${table} begin select raise(abort, 'injected failure'); end`,
      )
      .execute(db);
    await expect(submitDraft(db, draftId, testSubmitContext())).rejects.toThrow(/injected failure/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an incomplete draft, naming where to resume, and writes nothing", async () => {
    const db = await database();
    const { draft } = await createDraft(db, source);
    await expect(submitDraft(db, draft.id, testSubmitContext())).rejects.toEqual(new IncompleteDraftError("company"));
    expect(await db.selectFrom("leads").select("id").execute()).toEqual([]);
  });

  it("links a lead from the same address within 30 days, and not after", async () => {
    const db = await database();
    const first = await submitDraft(
      db,
      await completeDraft(db, "cto@msp.example"),
      testSubmitContext(new Date("2026-11-01T10:00:00Z")),
    );
    const second = await submitDraft(
      db,
      await completeDraft(db, "CTO@msp.example"),
      testSubmitContext(new Date("2026-11-20T10:00:00Z")),
    );
    const third = await submitDraft(
      db,
      await completeDraft(db, "cto@msp.example"),
      testSubmitContext(new Date("2027-01-15T10:00:00Z")),
    );
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

describe("routing a new lead", () => {
  async function submitted(db: DB, email = VALID_CONTACT.email, fixture = "polish-msp-bank-supplier") {
    const { draft } = await createDraft(db, source);
    await updateDraft(db, draft.id, { answers: answersFixture(fixture), contact: { ...VALID_CONTACT, email } });
    const result = await submitDraft(db, draft.id, testSubmitContext(new Date("2026-11-26T10:00:00Z")));
    return db.selectFrom("leads").selectAll().where("id", "=", result.leadId).executeTakeFirstOrThrow();
  }

  it("gives the lead an inbox, an owner, the routing version, a trace and an SLA deadline", async () => {
    const db = await database();
    const lead = await submitted(db);
    expect(lead.inbox_id).not.toBeNull();
    expect(lead.owner_id).not.toBeNull();
    expect(lead.routing_version).toBe(DEMO_ROUTING_RULESET.version);
    const trace = (await readLeadDocuments(db, lead.id))?.routingTrace as RoutingTrace;
    expect(trace.routing.reasons.length).toBeGreaterThan(0);
    expect(trace.assignment.chosen).toBe(lead.owner_id);
    expect(trace.assignment.candidates.length).toBeGreaterThan(0);
    expect(new Date(lead.sla_due_at ?? "").getTime()).toBeGreaterThan(new Date("2026-11-26T10:00:00Z").getTime());
  });

  it("queues the owner's notification, the visitor's confirmation, the reminder and the escalation with the lead", async () => {
    const db = await database();
    const lead = await submitted(db);
    const owner = await db
      .selectFrom("users")
      .select("email")
      .where("id", "=", lead.owner_id ?? 0)
      .executeTakeFirstOrThrow();
    const inbox = await db
      .selectFrom("inboxes")
      .select("address")
      .where("id", "=", lead.inbox_id ?? 0)
      .executeTakeFirstOrThrow();
    const emails = await db
      .selectFrom("outbox")
      .select(["kind", "to_address", "next_attempt_at", "subject"])
      .where("lead_id", "=", lead.id)
      .orderBy("kind")
      .execute();
    expect(emails.map((email) => [email.kind, email.to_address])).toEqual([
      ["consultant-notification", owner.email],
      ["sla-escalation", inbox.address],
      ["sla-reminder", owner.email],
      ["visitor-confirmation", VALID_CONTACT.email],
    ]);
    const escalation = emails.find((email) => email.kind === "sla-escalation");
    const reminder = emails.find((email) => email.kind === "sla-reminder");
    expect(escalation?.next_attempt_at).toBe(lead.sla_due_at);
    expect((reminder?.next_attempt_at ?? "") < (lead.sla_due_at ?? "")).toBe(true);
    expect(emails.find((email) => email.kind === "consultant-notification")?.subject).toContain(lead.public_ref);
  });

  it("leaves the lead waiting in its inbox, and tells the inbox, when nobody has room", async () => {
    const db = await database();
    await db.updateTable("users").set({ active: 0 }).execute();
    const lead = await submitted(db);
    const inbox = await db
      .selectFrom("inboxes")
      .select("address")
      .where("id", "=", lead.inbox_id ?? 0)
      .executeTakeFirstOrThrow();
    expect(lead.owner_id).toBeNull();
    const emails = await db
      .selectFrom("outbox")
      .select(["kind", "to_address"])
      .where("lead_id", "=", lead.id)
      .orderBy("kind")
      .execute();
    expect(emails).toEqual([
      { kind: "consultant-notification", to_address: inbox.address },
      { kind: "sla-escalation", to_address: inbox.address },
      { kind: "visitor-confirmation", to_address: VALID_CONTACT.email },
    ]);
    const events = await db.selectFrom("lead_events").select("type").where("lead_id", "=", lead.id).execute();
    expect(events.map((event) => event.type)).toContain("waiting");
  });

  it("never assigns a deactivated consultant", async () => {
    const db = await database();
    const first = await submitted(db, "a@one.example");
    await db
      .updateTable("users")
      .set({ active: 0 })
      .where("id", "=", first.owner_id ?? 0)
      .execute();
    const leads = await Promise.all(
      ["b@two.example", "c@three.example", "d@four.example"].map((email) => submitted(db, email)),
    );
    for (const lead of leads) expect(lead.owner_id).not.toBe(first.owner_id);
  });

  it("returns a repeat submitter to the owner of their earlier lead", async () => {
    const db = await database();
    const first = await submitted(db, "cto@msp.example");
    // Plain load balancing would now pick the inbox's other, idle member.
    const second = await submitted(db, "cto@msp.example");
    expect(second.duplicate_of).toBe(first.id);
    expect(second.owner_id).toBe(first.owner_id);
    expect(((await readLeadDocuments(db, second.id))?.routingTrace as RoutingTrace).repeatSubmitter).toBe(
      "Returned to the owner of the earlier lead",
    );
  });
});

describe("routing rules", () => {
  it("refuse a rule naming an unknown inbox, and save nothing", async () => {
    const db = await database();
    const before = await db.selectFrom("routing_rulesets").selectAll().execute();
    const broken = {
      ...DEMO_ROUTING_RULESET,
      version: "broken-1",
      rules: [{ id: "to-nowhere", name: "Nowhere", when: [], inbox: "nowhere" }],
    };
    await expect(saveRoutingRuleset(db, broken)).rejects.toThrow(/Unknown inbox "nowhere"/);
    expect(await db.selectFrom("routing_rulesets").selectAll().execute()).toEqual(before);
  });

  it("refuse a ruleset without a fallback inbox", async () => {
    const db = await database();
    const { fallbackInbox: _fallback, ...withoutFallback } = { ...DEMO_ROUTING_RULESET, version: "no-fallback" };
    await expect(saveRoutingRuleset(db, withoutFallback)).rejects.toThrow(/fallback inbox is required/);
  });

  it("refuse an unknown field or operator", async () => {
    const db = await database();
    const rules = [{ id: "odd", name: "Odd", when: [{ field: "shoeSize", op: "gte", value: 44 }], inbox: "general" }];
    await expect(saveRoutingRuleset(db, { ...DEMO_ROUTING_RULESET, version: "odd-1", rules })).rejects.toThrow(
      /Unknown field "shoeSize"/,
    );
  });
});
