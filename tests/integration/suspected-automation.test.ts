import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { HELD_UNTIL } from "~/server/leads/emails.server";
import { TEST_PASSWORD, postForm, readable, signIn, startAdminServer, stopAdminServer } from "../support/admin-client";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let adminCookie: string;

beforeAll(async () => {
  // Default time trap (3 s); a per-address limit of 2 and a ceiling of 4 submissions an hour.
  ({ server, db, adminCookie } = await startAdminServer({
    SUBMIT_LIMIT_PER_IP: "2",
    SUBMIT_CEILING_PER_IP: "4",
    SUBMIT_LIMIT_PER_EMAIL: "1000",
  }));
});
afterAll(() => stopAdminServer({ server, db }));

/** A visitor who answers everything, fills the contact step (fast, or after `waitMs`) and sends it. */
async function submit(email: string, { waitMs = 0 } = {}) {
  const visitor = new FlowVisitor(server.baseUrl);
  await visitor.start();
  await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
  const contact = await visitor.submitContact({ ...VALID_CONTACT, email }, { waitMs });
  expect(contact.location).toBe("/assess/review");
  const sent = await visitor.post("/assess/review", {});
  const lead = await db
    .selectFrom("leads")
    .select(["id", "status", "public_ref"])
    .where("contact_email", "=", email)
    .executeTakeFirst();
  return { status: sent.response.status, location: sent.location, lead };
}

const outboxOf = (leadId: number) =>
  db
    .selectFrom("outbox")
    .select(["kind", "status", "next_attempt_at"])
    .where("lead_id", "=", leadId)
    .orderBy("kind")
    .execute();
const inbox = async (query = "") =>
  readable(await fetch(`${server.baseUrl}/admin${query}`, { headers: { Cookie: adminCookie } }));
const decide = (leadId: number, intent: string, cookie = adminCookie) =>
  postForm(server.baseUrl, `/admin/leads/${leadId}`, new URLSearchParams({ intent }), cookie);

describe("a fast, otherwise clean submission", () => {
  it("goes on to the review like any other (autofill)", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
    const result = await visitor.submitContact(VALID_CONTACT);
    expect(result.response.status).toBe(302);
    expect(result.location).toBe("/assess/review");
  });

  it("becomes an unconfirmed lead: the visitor gets their summary, the team is not notified, the default inbox leaves it out", async () => {
    const { status, location, lead } = await submit("autofill@bank.example");
    expect(status).toBe(302);
    expect(location).toMatch(/^\/assess\/done\//);
    expect(lead?.status).toBe("unconfirmed");

    const emails = await outboxOf(lead!.id);
    const team = emails.filter((email) => email.kind !== "visitor-confirmation");
    expect(team.map((email) => email.kind)).toContain("consultant-notification");
    expect(team.every((email) => email.next_attempt_at === HELD_UNTIL.toISOString())).toBe(true);
    expect(emails.find((email) => email.kind === "visitor-confirmation")?.next_attempt_at).not.toBe(
      HELD_UNTIL.toISOString(),
    );

    expect(await inbox()).not.toContain(lead!.public_ref);
    const waiting = await inbox("?status=unconfirmed");
    expect(waiting).toContain(lead!.public_ref);
    const events = await db.selectFrom("lead_events").select("type").where("lead_id", "=", lead!.id).execute();
    expect(events.map((event) => event.type)).toContain("flagged");
  }, 60_000);

  it("once confirmed as genuine, is a new lead and its owner's notification goes out through the outbox", async () => {
    const { lead } = await submit("genuine@bank.example");
    const page = await readable(
      await fetch(`${server.baseUrl}/admin/leads/${lead!.id}`, { headers: { Cookie: adminCookie } }),
    );
    expect(page).toContain("Confirm as genuine");

    expect((await decide(lead!.id, "confirm-genuine")).status).toBe(302);
    expect(
      (await db.selectFrom("leads").select("status").where("id", "=", lead!.id).executeTakeFirstOrThrow()).status,
    ).toBe("new");
    await expect
      .poll(async () => (await outboxOf(lead!.id)).find((email) => email.kind === "consultant-notification")?.status, {
        timeout: 15_000,
      })
      .toBe("sent");
    expect(await inbox()).toContain(lead!.public_ref);
    const events = await db.selectFrom("lead_events").select("type").where("lead_id", "=", lead!.id).execute();
    expect(events.map((event) => event.type)).toContain("confirmed");
  }, 60_000);

  it("once marked as spam, never notifies anyone", async () => {
    const { lead } = await submit("scripted@bank.example");
    expect((await decide(lead!.id, "confirm-spam")).status).toBe(302);
    expect(
      (await db.selectFrom("leads").select("status").where("id", "=", lead!.id).executeTakeFirstOrThrow()).status,
    ).toBe("spam");
    const team = (await outboxOf(lead!.id)).filter((email) => email.kind !== "visitor-confirmation");
    expect(team.every((email) => email.status === "cancelled")).toBe(true);
  }, 60_000);

  it("can be confirmed by administrators only", async () => {
    const { lead } = await submit("consultant-check@bank.example");
    const consultant = await db
      .selectFrom("users")
      .select("email")
      .where("role", "=", "consultant")
      .executeTakeFirstOrThrow();
    const refused = await decide(
      lead!.id,
      "confirm-genuine",
      await signIn(server.baseUrl, consultant.email, TEST_PASSWORD),
    );
    expect(refused.status).toBe(403);
    expect(
      (await db.selectFrom("leads").select("status").where("id", "=", lead!.id).executeTakeFirstOrThrow()).status,
    ).toBe("unconfirmed");
  }, 60_000);
});
