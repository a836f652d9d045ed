import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, signIn, startAdminServer, stopAdminServer } from "../support/admin-client";
import { type startFakeResend as StartFake, startFakeResend } from "../support/fake-resend";
import { emailReceivedEvent, signedHeaders, testWebhookSecret } from "../support/signed-webhook";
import { MANY_SUBMITS_SETTINGS, visitorWithSubmittedLead } from "../support/submitted-lead";
import type { TestServer } from "../support/server";

const secret = testWebhookSecret();
let fake: Awaited<ReturnType<typeof StartFake>>;
let running: { server: TestServer; db: DB; adminCookie: string };
let baseUrl: string;
let db: DB;

beforeAll(async () => {
  fake = await startFakeResend();
  running = await startAdminServer({
    ...MANY_SUBMITS_SETTINGS,
    RESEND_API_KEY: "re_test_key",
    RESEND_BASE_URL: fake.baseUrl,
    RESEND_WEBHOOK_SECRET: secret,
  });
  ({ db } = running);
  baseUrl = running.server.baseUrl;
});
afterAll(async () => {
  await stopAdminServer(running);
  await fake?.close();
});

let emails = 0;
async function newLead() {
  const { lead, email } = await visitorWithSubmittedLead(baseUrl, db, "conversation");
  const row = await db
    .selectFrom("leads")
    .innerJoin("inboxes", "inboxes.id", "leads.inbox_id")
    .select([
      "leads.id",
      "leads.public_ref",
      "leads.contact_name",
      "leads.owner_id",
      "leads.inbox_id",
      "inboxes.address as inboxAddress",
    ])
    .where("leads.id", "=", lead.id)
    .executeTakeFirstOrThrow();
  return { ...row, email };
}

const write = (leadId: number, fields: Record<string, string>, cookie = running.adminCookie) =>
  postForm(baseUrl, `/admin/leads/${leadId}/email`, new URLSearchParams(fields), cookie);

const stored = async (leadId: number) => ({
  messages: await db.selectFrom("lead_messages").selectAll().where("lead_id", "=", leadId).orderBy("id").execute(),
  events: await db
    .selectFrom("lead_events")
    .select(["type", "data"])
    .where("lead_id", "=", leadId)
    .where("type", "in", ["message_sent", "message_received"])
    .orderBy("id")
    .execute(),
  outbox: await db
    .selectFrom("outbox")
    .select(["kind", "to_address", "subject"])
    .where("lead_id", "=", leadId)
    .where("kind", "in", ["lead-message", "lead-reply-notice"])
    .orderBy("created_at")
    .execute(),
});

/** Posts a delivery to the webhook as Resend would, signed with the test secret unless told otherwise. */
async function deliver(body: string, headers: Record<string, string> = signedHeaders(secret, body)) {
  const response = await fetch(`${baseUrl}/webhooks/resend/inbound`, { method: "POST", body, headers });
  return { status: response.status, text: await response.text() };
}

/** A reply from the lead, held by the fake provider, and the event announcing it. */
function replyFrom(lead: { email: string; public_ref: string; inboxAddress: string }, text: string) {
  emails += 1;
  const [local, domain] = lead.inboxAddress.split("@");
  const email = {
    id: `received-${emails}-${Date.now()}`,
    from: `Ada Lovelace <${lead.email}>`,
    to: [`${local}+${lead.public_ref.toLowerCase()}@${domain}`],
    subject: `Re: Your enquiry [${lead.public_ref}]`,
  };
  fake.receive({ ...email, text });
  return { email, body: emailReceivedEvent(email) };
}

describe("writing to a lead from its page", () => {
  it("queues the email through the outbox with the lead's tagged inbox address as Reply-To, and shows it in the conversation", async () => {
    const lead = await newLead();
    const done = await write(lead.id, {
      subject: `Your enquiry [${lead.public_ref}]`,
      body: "Dear Ada,\n\nCan we talk?",
    });
    expect(done.status).toBe(302);
    expect(done.location).toBe(`/admin/leads/${lead.id}#conversation`);

    const { messages, events, outbox } = await stored(lead.id);
    expect(messages).toMatchObject([{ direction: "sent", to_address: lead.email, body: "Dear Ada,\n\nCan we talk?" }]);
    expect(events.map((event) => event.type)).toEqual(["message_sent"]);
    expect(outbox).toEqual([
      { kind: "lead-message", to_address: lead.email, subject: `Your enquiry [${lead.public_ref}]` },
    ]);

    const [local, domain] = lead.inboxAddress.split("@");
    await expect
      .poll(
        () =>
          fake.requests.find(
            (request) =>
              (request.body.to as string[] | undefined)?.includes(lead.email) &&
              request.body.subject === `Your enquiry [${lead.public_ref}]`,
          ),
        { timeout: 10_000 },
      )
      .toMatchObject({
        body: { reply_to: `${local}+${lead.public_ref}@${domain}`, text: "Dear Ada,\n\nCan we talk?" },
      });

    const page = await readable(
      await fetch(`${baseUrl}/admin/leads/${lead.id}`, { headers: { Cookie: running.adminCookie } }),
    );
    expect(page).toContain("Can we talk?");
    expect(page).toContain("Email written to the lead");
  });

  it("prefills the composer from a first-reply template with the lead's reference", async () => {
    const lead = await newLead();
    const page = await readable(
      await fetch(`${baseUrl}/admin/leads/${lead.id}/email?template=propose-call`, {
        headers: { Cookie: running.adminCookie },
      }),
    );
    expect(page).toContain(`value="Your enquiry with Meridian Regulatory Audit [${lead.public_ref}]"`);
    expect(page).toContain(`Thank you for completing our assessment (reference ${lead.public_ref})`);
  });

  it("refuses an empty message and a subject with a line break with a message for each field, and stores nothing", async () => {
    const lead = await newLead();
    const done = await write(lead.id, { subject: "Hello\r\nBcc: someone@evil.example", body: "  " });
    expect(done.status).toBe(400);
    expect(done.text).toContain("Please remove special control characters");
    expect(done.text).toContain("Please write the message");
    expect(await stored(lead.id)).toEqual({ messages: [], events: [], outbox: [] });
  });

  it("refuses a consultant who may not change the lead, and stores nothing", async () => {
    const lead = await newLead();
    const outsider = await db
      .selectFrom("users")
      .select("email")
      .where("role", "=", "consultant")
      .where("id", "!=", lead.owner_id ?? 0)
      .where("id", "not in", db.selectFrom("inbox_members").select("user_id").where("inbox_id", "=", lead.inbox_id))
      .executeTakeFirstOrThrow();
    const cookie = await signIn(baseUrl, outsider.email);
    const done = await write(lead.id, { subject: "Hello", body: "Hi" }, cookie);
    expect(done.status).toBe(403);
    expect(await stored(lead.id)).toEqual({ messages: [], events: [], outbox: [] });
  });

  it("refuses to write to a lead whose personal data was erased", async () => {
    const lead = await newLead();
    const erased = await postForm(
      baseUrl,
      `/admin/leads/${lead.id}`,
      new URLSearchParams({ intent: "erase", reason: "Asked to be forgotten", confirm: "on" }),
      running.adminCookie,
    );
    expect(erased.status).toBe(302);
    const done = await write(lead.id, { subject: "Hello", body: "Hi" });
    expect(done.status).toBe(409);
    expect(done.text).toContain("personal data was erased");
    expect(await stored(lead.id)).toEqual({ messages: [], events: [], outbox: [] });
  });
});

describe("erasing a lead", () => {
  it("keeps that emails went each way and when, but not their addresses, subjects or text", async () => {
    const lead = await newLead();
    expect((await write(lead.id, { subject: "About your bank", body: "Dear Ada, a question." })).status).toBe(302);
    const { body } = replyFrom(lead, "My private answer");
    expect((await deliver(body)).status).toBe(200);
    const erased = await postForm(
      baseUrl,
      `/admin/leads/${lead.id}`,
      new URLSearchParams({ intent: "erase", reason: "Asked to be forgotten", confirm: "on" }),
      running.adminCookie,
    );
    expect(erased.status).toBe(302);
    const { messages, events } = await stored(lead.id);
    expect(
      messages.map(({ direction, from_address, to_address, subject, body }) => ({
        direction,
        from_address,
        to_address,
        subject,
        body,
      })),
    ).toEqual([
      { direction: "sent", from_address: "(erased)", to_address: "(erased)", subject: "(erased)", body: "" },
      { direction: "received", from_address: "(erased)", to_address: "(erased)", subject: "(erased)", body: "" },
    ]);
    expect(JSON.stringify(events)).not.toContain("About your bank");
    expect(JSON.stringify(events)).not.toContain(lead.email);
  });
});

describe("a reply through Resend's inbound webhook", () => {
  it("is fetched through the received-emails API, kept on the lead's conversation and timeline, and its owner is told", async () => {
    const lead = await newLead();
    const { email, body } = replyFrom(lead, "Tuesday works.\n<script>alert(1)</script>");
    const done = await deliver(body);
    expect(done.status).toBe(200);
    expect(fake.receivedEmailLookups()).toContain(email.id);

    const { messages, events, outbox } = await stored(lead.id);
    expect(messages).toMatchObject([
      { direction: "received", provider_email_id: email.id, body: "Tuesday works.\n<script>alert(1)</script>" },
    ]);
    expect(events).toMatchObject([{ type: "message_received" }]);
    const owner = await db
      .selectFrom("users")
      .select("email")
      .where("id", "=", lead.owner_id ?? 0)
      .executeTakeFirst();
    expect(outbox).toEqual([
      {
        kind: "lead-reply-notice",
        to_address: owner?.email ?? lead.inboxAddress,
        subject: `${lead.contact_name} replied on ${lead.public_ref} · Meridian Regulatory Audit`,
      },
    ]);

    const page = await readable(
      await fetch(`${baseUrl}/admin/leads/${lead.id}`, { headers: { Cookie: running.adminCookie } }),
    );
    expect(page).toContain("Tuesday works.\n&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).not.toContain("<script>alert(1)</script>");
  });

  it("refuses a forged signature with 401, logs it and stores nothing", async () => {
    const lead = await newLead();
    const { body } = replyFrom(lead, "Forged");
    const forged = signedHeaders(testWebhookSecret(), body);
    const done = await deliver(body, forged);
    expect(done.status).toBe(401);
    expect(await stored(lead.id)).toEqual({ messages: [], events: [], outbox: [] });
    expect(running.server.output()).toMatch(/Inbound email webhook refused \(401\)/);
  });

  it("refuses a body changed after signing", async () => {
    const lead = await newLead();
    const { body } = replyFrom(lead, "Changed");
    const headers = signedHeaders(secret, body);
    const done = await deliver(body.replace("Re:", "Fw:"), headers);
    expect(done.status).toBe(401);
    expect(await stored(lead.id)).toEqual({ messages: [], events: [], outbox: [] });
  });

  it("refuses a correctly signed delivery whose timestamp is ten minutes old", async () => {
    const lead = await newLead();
    const { body } = replyFrom(lead, "Late");
    const done = await deliver(body, signedHeaders(secret, body, { at: new Date(Date.now() - 10 * 60_000) }));
    expect(done.status).toBe(401);
    expect(await stored(lead.id)).toEqual({ messages: [], events: [], outbox: [] });
  });

  it("refuses a delivery sent again with 409 and keeps the email once", async () => {
    const lead = await newLead();
    const { body } = replyFrom(lead, "Once only");
    const headers = signedHeaders(secret, body);
    expect((await deliver(body, headers)).status).toBe(200);
    const again = await deliver(body, headers);
    expect(again.status).toBe(409);
    const { messages, events, outbox } = await stored(lead.id);
    expect(messages).toHaveLength(1);
    expect(events).toHaveLength(1);
    expect(outbox).toHaveLength(1);
    expect(running.server.output()).toMatch(/Inbound email webhook refused \(409\)/);
  });

  it("refuses a reply to an unknown reference with 422 without fetching it, and stores nothing", async () => {
    const lead = await newLead();
    const unknown = { ...lead, public_ref: "ID-ZZZZZZ" };
    const { email, body } = replyFrom(unknown, "Who am I?");
    const done = await deliver(body);
    expect(done.status).toBe(422);
    expect(fake.receivedEmailLookups()).not.toContain(email.id);
    expect(
      await db.selectFrom("lead_messages").select("id").where("provider_email_id", "=", email.id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom("inbound_webhooks").select("webhook_id").where("email_id", "=", email.id).execute(),
    ).toEqual([]);
    expect(running.server.output()).toMatch(/refused \(422\).*ID-ZZZZZZ/);
  });

  it("acknowledges events other than email.received without storing anything", async () => {
    const body = JSON.stringify({ type: "email.delivered", created_at: new Date().toISOString(), data: {} });
    const done = await deliver(body);
    expect(done.status).toBe(200);
    expect(done.text).toContain("not used here");
  });
});
