import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { readable, sessionFor } from "../support/admin-client";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import { seedLeads } from "../support/lead-factory";
import { encodeDocument, readLeadDocuments } from "~/server/leads/documents.server";
import { type TestServer, startServer } from "../support/server";

let server: TestServer;
let db: DB;
let adminCookie: string;

let leadCounter = 0;
async function newLead() {
  leadCounter += 1;
  const email = `lead${leadCounter}@bank.example`;
  const visitor = new FlowVisitor(server.baseUrl);
  await visitor.start();
  await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
  await visitor.submitContact({ ...VALID_CONTACT, email });
  await visitor.post("/assess/review", {});
  return db.selectFrom("leads").selectAll().where("contact_email", "=", email).executeTakeFirstOrThrow();
}

async function act(leadId: number, fields: Record<string, string>, cookie = adminCookie) {
  const response = await fetch(`${server.baseUrl}/admin/leads/${leadId}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    redirect: "manual",
  });
  return { status: response.status, text: await response.text(), location: response.headers.get("location") };
}

const snapshot = async (leadId: number) => ({
  lead: await db.selectFrom("leads").selectAll().where("id", "=", leadId).executeTakeFirstOrThrow(),
  // Emails sent by the worker at its own pace, and the page being viewed, are not changes to the lead.
  events: await db
    .selectFrom("lead_events")
    .select(["type", "data"])
    .where("lead_id", "=", leadId)
    .where("type", "not in", ["emailed", "viewed"])
    .orderBy("id")
    .execute(),
  notes: await db.selectFrom("lead_notes").selectAll().where("lead_id", "=", leadId).execute(),
});

beforeAll(async () => {
  server = await startServer({ FORM_MIN_FILL_SECONDS: "0", SUBMIT_LIMIT_PER_IP: "1000" });
  db = createDatabase(server.databasePath);
  adminCookie = await sessionFor(server, db, "partner@meridian-audit.example");
});
afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

describe("working a lead", () => {
  it("adds a plain-text note with its author, shown escaped", async () => {
    const lead = await newLead();
    const done = await act(lead.id, { intent: "note", body: "Called <b>Ada</b>.\nSends the DPIA Friday." });
    expect(done.status).toBe(302);
    const { notes, events } = await snapshot(lead.id);
    expect(notes[0]?.body).toBe("Called <b>Ada</b>.\nSends the DPIA Friday.");
    expect(events.map((event) => event.type)).toContain("note_added");
    const page = await (
      await fetch(`${server.baseUrl}/admin/leads/${lead.id}`, { headers: { Cookie: adminCookie } })
    ).text();
    expect(page).toContain("Called &lt;b&gt;Ada&lt;/b&gt;.");
  });

  it("records the first response when a note logs contact", async () => {
    const lead = await newLead();
    await act(lead.id, { intent: "note", body: "Spoke on the phone.", contacted: "on" });
    expect((await snapshot(lead.id)).lead.first_response_at).not.toBeNull();
  });

  it("moves the status along the workflow and records the first response", async () => {
    const lead = await newLead();
    expect((await act(lead.id, { intent: "status", status: "contacted" })).status).toBe(302);
    const { lead: after, events } = await snapshot(lead.id);
    expect(after.status).toBe("contacted");
    expect(after.first_response_at).not.toBeNull();
    expect(JSON.parse(events.at(-1)?.data ?? "{}")).toMatchObject({ from: "new", to: "contacted" });
  });

  it("refuses a status outside the workflow, changing nothing", async () => {
    const lead = await newLead();
    const before = await snapshot(lead.id);
    const refused = await act(lead.id, { intent: "status", status: "won" });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("A lead cannot go from");
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("refuses an unknown status and a lost lead without a reason", async () => {
    const lead = await newLead();
    const before = await snapshot(lead.id);
    expect((await act(lead.id, { intent: "status", status: "archived" })).status).toBe(400);
    const lost = await act(lead.id, { intent: "status", status: "lost" });
    expect(lost.status).toBe(400);
    expect(lost.text).toContain("Please say why the lead was lost");
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("refuses a note over the size limit", async () => {
    const lead = await newLead();
    const before = await snapshot(lead.id);
    const refused = await act(lead.id, { intent: "note", body: "x".repeat(5001) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("under 5,000 characters");
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("reassigns to an active consultant and refuses an inactive one", async () => {
    const lead = await newLead();
    const [active, inactive] = await db
      .selectFrom("users")
      .select(["id"])
      .where("role", "=", "consultant")
      .where("id", "!=", lead.owner_id ?? 0)
      .limit(2)
      .execute();
    await db
      .updateTable("users")
      .set({ active: 0 })
      .where("id", "=", inactive?.id ?? 0)
      .execute();
    const before = await snapshot(lead.id);
    const refused = await act(lead.id, { intent: "reassign", ownerId: String(inactive?.id) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("is inactive");
    expect(await snapshot(lead.id)).toEqual(before);
    expect((await act(lead.id, { intent: "reassign", ownerId: String(active?.id) })).status).toBe(302);
    expect((await snapshot(lead.id)).lead.owner_id).toBe(active?.id);
    await db
      .updateTable("users")
      .set({ active: 1 })
      .where("id", "=", inactive?.id ?? 0)
      .execute();
  });

  it("tells the new owner by email when someone else assigns them a lead, and nobody when you take it yourself", async () => {
    const lead = await newLead();
    const admin = await db
      .selectFrom("users")
      .select(["id"])
      .where("email", "=", "partner@meridian-audit.example")
      .executeTakeFirstOrThrow();
    const target = await db
      .selectFrom("users")
      .select(["id", "email"])
      .where("role", "=", "consultant")
      .where("id", "!=", lead.owner_id ?? 0)
      .executeTakeFirstOrThrow();
    const notices = () =>
      db
        .selectFrom("outbox")
        .select(["to_address", "subject"])
        .where("kind", "=", "lead-assigned")
        .where("lead_id", "=", lead.id)
        .execute();
    await act(lead.id, { intent: "reassign", ownerId: String(target.id) });
    expect(await notices()).toEqual([
      { to_address: target.email, subject: expect.stringContaining(`Helena Vos assigned you ${lead.public_ref}`) },
    ]);
    await act(lead.id, { intent: "reassign", ownerId: String(admin.id) });
    expect(await notices()).toHaveLength(1);
  });

  it("lets a lead waiting unassigned be claimed, once", async () => {
    const lead = await newLead();
    await db.updateTable("leads").set({ owner_id: null }).where("id", "=", lead.id).execute();
    expect((await act(lead.id, { intent: "claim" })).status).toBe(302);
    expect((await snapshot(lead.id)).lead.owner_id).not.toBeNull();
    expect((await act(lead.id, { intent: "claim" })).text).toContain("Someone already owns this lead.");
  });

  it("moves a lead to another inbox, and re-runs routing", async () => {
    const lead = await newLead();
    const other = await db
      .selectFrom("inboxes")
      .select("id")
      .where("id", "!=", lead.inbox_id ?? 0)
      .executeTakeFirstOrThrow();
    expect((await act(lead.id, { intent: "move", inboxId: String(other.id) })).status).toBe(302);
    expect((await snapshot(lead.id)).lead.inbox_id).toBe(other.id);
    expect((await act(lead.id, { intent: "reroute" })).status).toBe(302);
    expect((await snapshot(lead.id)).lead.inbox_id).toBe(lead.inbox_id);
  });

  it("answers a tampered lead id with 404 and a tampered intent with 400", async () => {
    expect((await act(999_999, { intent: "claim" })).status).toBe(404);
    const lead = await newLead();
    expect((await act(lead.id, { intent: "delete-everything" })).status).toBe(400);
  });

  it("refuses a consultant a lead outside their inboxes with 403, changing nothing", async () => {
    const lead = await newLead();
    const outsider = await db
      .selectFrom("users")
      .select(["id", "email"])
      .where("role", "=", "consultant")
      .where(
        "id",
        "not in",
        db
          .selectFrom("inbox_members")
          .select("user_id")
          .where("inbox_id", "=", lead.inbox_id ?? 0),
      )
      .executeTakeFirstOrThrow();
    const cookie = await sessionFor(server, db, outsider.email);
    const before = await snapshot(lead.id);
    expect((await act(lead.id, { intent: "note", body: "sneaky" }, cookie)).status).toBe(403);
    expect(await snapshot(lead.id)).toEqual(before);
  });
});

describe("duplicates", () => {
  it("are marked by the earlier lead's reference and unmarked again", async () => {
    const [earlier, later] = [await newLead(), await newLead()];
    expect((await act(later.id, { intent: "duplicate", duplicateOf: earlier.public_ref.toLowerCase() })).status).toBe(
      302,
    );
    expect((await snapshot(later.id)).lead.duplicate_of).toBe(earlier.id);
    expect((await act(later.id, { intent: "not-duplicate" })).status).toBe(302);
    expect((await snapshot(later.id)).lead.duplicate_of).toBeNull();
  });

  it("refuse an unknown reference or the lead itself, changing nothing", async () => {
    const lead = await newLead();
    const before = await snapshot(lead.id);
    expect((await act(lead.id, { intent: "duplicate", duplicateOf: "ID-ZZZZZZ" })).text).toContain(
      "There is no lead ID-ZZZZZZ",
    );
    expect((await act(lead.id, { intent: "duplicate", duplicateOf: "not a ref" })).status).toBe(400);
    expect((await act(lead.id, { intent: "duplicate", duplicateOf: lead.public_ref })).text).toContain(
      "cannot be a duplicate of itself",
    );
    expect(await snapshot(lead.id)).toEqual(before);
  });
});

describe("personal data", () => {
  it("is erased on request, keeping the figures and the timeline", async () => {
    const lead = await newLead();
    await act(lead.id, { intent: "note", body: "Ada's mobile is 0612345678" });
    const done = await act(lead.id, { intent: "erase", reason: "Request by email of 26 November", confirm: "on" });
    expect(done.status).toBe(302);
    const { lead: after, notes, events } = await snapshot(lead.id);
    expect(after).toMatchObject({
      contact_name: "",
      contact_email: "",
      company: "",
      job_title: "",
      phone: null,
      message: null,
      impact_score: lead.impact_score,
      band: lead.band,
    });
    expect(after.erased_at).not.toBeNull();
    expect(notes).toEqual([]);
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["created", "note_added", "erased"]));
    const mail = await db.selectFrom("outbox").select(["to_address", "html"]).where("lead_id", "=", lead.id).execute();
    expect(mail.every((row) => row.to_address === "(erased)" && row.html === "")).toBe(true);
    const search = await fetch(`${server.baseUrl}/admin?q=${encodeURIComponent(VALID_CONTACT.company)}`, {
      headers: { Cookie: adminCookie },
    });
    expect(await search.text()).not.toContain(lead.public_ref);
  });

  it("is not erased without confirmation and a reason", async () => {
    const lead = await newLead();
    const before = await snapshot(lead.id);
    const refused = await act(lead.id, { intent: "erase", reason: "" });
    expect(refused.status).toBe(400);
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("is erased only by an administrator", async () => {
    const lead = await newLead();
    const member = await db
      .selectFrom("inbox_members")
      .innerJoin("users", "users.id", "inbox_members.user_id")
      .select("users.email")
      .where("inbox_members.inbox_id", "=", lead.inbox_id ?? 0)
      .where("users.role", "=", "consultant")
      .executeTakeFirstOrThrow();
    const cookie = await sessionFor(server, db, member.email);
    expect((await act(lead.id, { intent: "erase", reason: "because", confirm: "on" }, cookie)).status).toBe(403);
    expect((await snapshot(lead.id)).lead.erased_at).toBeNull();
  });

  it("is exported as JSON for an access request, and the export is recorded", async () => {
    const lead = await newLead();
    const response = await fetch(`${server.baseUrl}/admin/leads/${lead.id}/export`, {
      method: "POST",
      headers: { Cookie: adminCookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`lead-${lead.public_ref}.json`);
    const exported = await response.json();
    expect(exported).toMatchObject({
      reference: lead.public_ref,
      contact: { email: lead.contact_email },
      consent: { privacyNoticeVersion: lead.consent_version },
    });
    expect((await snapshot(lead.id)).events.map((event) => event.type)).toContain("exported");
  });
});

describe("the timeline", () => {
  it("records that a consultant viewed the lead, once per half hour", async () => {
    const lead = await newLead();
    await fetch(`${server.baseUrl}/admin/leads/${lead.id}`, { headers: { Cookie: adminCookie } });
    await fetch(`${server.baseUrl}/admin/leads/${lead.id}`, { headers: { Cookie: adminCookie } });
    const viewed = await db
      .selectFrom("lead_events")
      .select("id")
      .where("lead_id", "=", lead.id)
      .where("type", "=", "viewed")
      .execute();
    expect(viewed).toHaveLength(1);
  });
});

describe("a lead stored by an older version", () => {
  it("opens with its stored assessment and shows what the current ruleset says about the same answers", async () => {
    const lead = await newLead();
    const documents = await readLeadDocuments(db, lead.id);
    const stored = {
      ...(documents?.assessment as Record<string, unknown>),
      rulesetVersion: "2026.11.1",
      band: "Moderate",
      impact: 31,
    };
    await db
      .updateTable("lead_documents")
      .set({
        dictionary_id: null,
        answers: encodeDocument(documents?.answers, null),
        assessment: encodeDocument(stored, null),
        routing_trace: documents?.routingTrace === null ? null : encodeDocument(documents?.routingTrace, null),
      })
      .where("lead_id", "=", lead.id)
      .execute();
    const response = await fetch(`${server.baseUrl}/admin/leads/${lead.id}`, { headers: { Cookie: adminCookie } });
    expect(response.status).toBe(200);
    const page = await readable(response);
    expect(page).toContain("against ruleset 2026.11.1");
    expect(page).toContain("Assessed again under the current ruleset");
    expect(page).toContain("Band Moderate → High");
  });

  it("opens without its assessment when the stored assessment lacks what the page shows", async () => {
    const [old] = await seedLeads(db, { count: 1, seed: 99, now: new Date() });
    const response = await fetch(`${server.baseUrl}/admin/leads/${old?.id}`, { headers: { Cookie: adminCookie } });
    expect(response.status).toBe(200);
    const page = await readable(response);
    expect(page).toContain("assessment is stored in a form this version of the portal cannot show in full");
    expect(page).toContain(`impact ${old?.impactScore} / 100`);
  });
});
