import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { AuthUser } from "~/server/auth/auth.server";
import { bookCall, cancelCall, findBookingLead, freeSlots, moveCall } from "~/server/booking/bookings.server";
import type { DB } from "~/server/storage/db.server";
import { createDraft, updateDraft } from "~/server/flow/drafts.server";
import { decideUnconfirmedLead } from "~/server/leads/confirmation.server";
import { eraseLead } from "~/server/leads/privacy.server";
import { applyTriage } from "~/server/leads/triage.server";
import { submitDraft } from "~/server/leads/submit.server";
import {
  type DeliverySettings,
  claimDueDeliveries,
  claimQueryForPlan,
  drainWebhookDeliveries,
} from "~/server/webhooks/delivery.server";
import { createEndpoint, rotateSecret, setEndpointEnabled } from "~/server/webhooks/endpoints.server";
import { invalidateEndpointCache } from "~/server/webhooks/queue.server";
import { WEBHOOK_EVENT_TYPES } from "~/domain/webhooks/events";
import { createTestDatabase, queryPlan, testSubmitContext } from "../support/db";
import { VALID_CONTACT, answersFixture } from "../support/flow-client";
import { signatureMatches, startReceiver } from "../support/webhook-receiver";
import { documentedExamples, fieldPaths } from "../support/webhook-docs";

const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((resource) => resource.close()));
});

const MAIL = {
  from: "Firm <hello@firm.example>",
  firmName: "Firm",
  publicUrl: "https://impact.example",
  timeZone: "UTC",
};

async function database(): Promise<DB> {
  const { db } = await createTestDatabase("webhooks");
  open.push({ close: () => db.destroy() });
  return db;
}

async function receiver(...args: Parameters<typeof startReceiver>) {
  const started = await startReceiver(...args);
  open.push(started);
  return started;
}

let drafts = 0;
async function submitLead(db: DB, suspectedAutomation: string | null = null) {
  drafts += 1;
  const { draft } = await createDraft(db, { article: null, topic: null, utm: {}, referrer: null });
  await updateDraft(db, draft.id, {
    answers: answersFixture("polish-msp-bank-supplier"),
    contact: { ...VALID_CONTACT, email: `buyer.${drafts}@msp.example` },
  });
  return submitDraft(db, draft.id, { ...testSubmitContext(), suspectedAutomation });
}

async function admin(db: DB): Promise<AuthUser> {
  const row = await db
    .selectFrom("users")
    .select(["id", "name", "email"])
    .where("role", "=", "admin")
    .executeTakeFirstOrThrow();
  return { ...row, role: "admin", inboxIds: [] };
}

async function endpoint(db: DB, url: string, events = ["lead.created", "lead.status_changed", "lead.erased"]) {
  const created = await createEndpoint(
    db,
    { url, description: "CRM", events: events as never },
    // The names in these tests stand for public hosts; the receivers themselves listen on 127.0.0.1.
    { allowPrivate: true, resolve: async () => [{ address: "93.184.215.14", family: 4 }] },
  );
  invalidateEndpointCache(db);
  return created;
}

const deliveries = (db: DB) => db.selectFrom("webhook_deliveries").selectAll().orderBy("created_at").execute();

/** Settings for a local receiver: private networks allowed (it is on 127.0.0.1), plain http, a clock the test moves. */
function settings(overrides: Partial<DeliverySettings> = {}): DeliverySettings {
  return {
    timeoutMs: 2_000,
    allowPrivate: true,
    requireHttps: false,
    mail: { from: MAIL.from, publicUrl: MAIL.publicUrl },
    random: () => 0.5,
    ...overrides,
  };
}

describe("queueing webhook deliveries with the change", () => {
  it("queues one lead.created delivery per subscribed endpoint, none for an endpoint that did not subscribe", async () => {
    const db = await database();
    const crm = await endpoint(db, "https://crm.example/hooks", ["lead.created"]);
    await endpoint(db, "https://bookings.example/hooks", ["booking.created"]);
    const lead = await submitLead(db);
    const queued = await deliveries(db);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ endpoint_id: crm.id, event_type: "lead.created", status: "pending" });
    const envelope = JSON.parse(queued[0]?.body ?? "{}");
    expect(envelope).toMatchObject({
      type: "lead.created",
      version: 1,
      data: { lead: { id: lead.leadId, reference: lead.publicRef, contact: { email: "buyer.1@msp.example" } } },
    });
  });

  it("keeps neither the lead nor its delivery when the submit fails after the lead was written", async () => {
    const db = await database();
    await endpoint(db, "https://crm.example/hooks");
    await sql`create trigger injected_failure before update on lead_drafts begin select raise(abort, 'injected failure'); end`.execute(
      db,
    );
    await expect(submitLead(db)).rejects.toThrow(/injected failure/);
    expect(await db.selectFrom("leads").select("id").execute()).toEqual([]);
    expect(await deliveries(db)).toEqual([]);
  });

  it("keeps the old status when its delivery cannot be written, and writes the delivery with the new one", async () => {
    const db = await database();
    const lead = await submitLead(db);
    await endpoint(db, "https://crm.example/hooks", ["lead.status_changed"]);
    const user = await admin(db);
    await sql`create trigger injected_failure before insert on webhook_deliveries begin select raise(abort, 'injected failure'); end`.execute(
      db,
    );
    const change = { intent: "status", status: "contacted", reason: undefined } as const;
    await expect(applyTriage(db, user, lead.leadId, change, { mail: MAIL })).rejects.toThrow(/injected failure/);
    const status = () => db.selectFrom("leads").select("status").where("id", "=", lead.leadId).executeTakeFirst();
    expect(await status()).toEqual({ status: "new" });

    await sql`drop trigger injected_failure`.execute(db);
    await applyTriage(db, user, lead.leadId, change, { mail: MAIL });
    expect(await status()).toEqual({ status: "contacted" });
    const [queued] = await deliveries(db);
    expect(JSON.parse(queued?.body ?? "{}")).toMatchObject({
      type: "lead.status_changed",
      data: { lead: { id: lead.leadId }, from: "new", to: "contacted" },
    });
  });

  it("tells receivers that a lead waiting unconfirmed was confirmed as genuine", async () => {
    const db = await database();
    await endpoint(db, "https://crm.example/hooks", ["lead.status_changed"]);
    const lead = await submitLead(db, "Sent back too fast");
    await decideUnconfirmedLead(db, await admin(db), lead.leadId, "genuine", {
      calendar: testSubmitContext().calendar,
    });
    const [queued] = await deliveries(db);
    expect(JSON.parse(queued?.body ?? "{}")).toMatchObject({
      type: "lead.status_changed",
      data: { lead: { id: lead.leadId }, from: "unconfirmed", to: "new" },
    });
  });

  it("tells receivers of an erasure and stops a queued lead.created from carrying the erased data out", async () => {
    const db = await database();
    await endpoint(db, "https://crm.example/hooks");
    const lead = await submitLead(db);
    await eraseLead(db, await admin(db), lead.leadId, "The person asked");
    const [created, erased] = await deliveries(db);
    expect(created).toMatchObject({ event_type: "lead.created", status: "failed" });
    expect(created?.body).not.toContain("msp.example");
    expect(erased).toMatchObject({ event_type: "lead.erased", status: "pending" });
  });
});

describe("sending webhook deliveries", () => {
  it("sends Standard Webhooks headers whose signature an independent HMAC check accepts", async () => {
    const db = await database();
    const crm = await receiver();
    const { secret } = await endpoint(db, crm.url);
    await submitLead(db);
    await drainWebhookDeliveries(db, settings());
    expect(crm.received).toHaveLength(1);
    const [request] = crm.received;
    expect(request?.headers["webhook-id"]).toMatch(/^msg_/);
    expect(Number(request?.headers["webhook-timestamp"])).toBeCloseTo(Date.now() / 1000, -2);
    expect(signatureMatches(secret, request?.headers ?? {}, request?.body ?? "")).toBe(true);
    expect(signatureMatches("whsec_" + Buffer.alloc(32).toString("base64"), request?.headers ?? {}, "")).toBe(false);
    const [delivered] = await deliveries(db);
    expect(delivered).toMatchObject({ status: "delivered", attempts: 1, response_code: 204 });
  });

  it("signs with both the new and the previous secret for a day after a rotation", async () => {
    const db = await database();
    const crm = await receiver();
    const { id, secret: previous } = await endpoint(db, crm.url);
    const current = await rotateSecret(db, id);
    await submitLead(db);
    await drainWebhookDeliveries(db, settings());
    const [request] = crm.received;
    expect(signatureMatches(previous, request?.headers ?? {}, request?.body ?? "")).toBe(true);
    expect(signatureMatches(current, request?.headers ?? {}, request?.body ?? "")).toBe(true);

    const dayLater = new Date(Date.now() + 25 * 60 * 60 * 1000);
    await submitLead(db);
    await drainWebhookDeliveries(db, settings({ now: () => dayLater }));
    const later = crm.received[1];
    expect(signatureMatches(current, later?.headers ?? {}, later?.body ?? "")).toBe(true);
    expect(signatureMatches(previous, later?.headers ?? {}, later?.body ?? "")).toBe(false);
  });

  it("schedules a retry within the backoff window when the receiver answers 500", async () => {
    const db = await database();
    const crm = await receiver({ answer: 500 });
    await endpoint(db, crm.url);
    await submitLead(db);
    const before = Date.now();
    await drainWebhookDeliveries(db, settings({ random: () => 0.999 }));
    const [failed] = await deliveries(db);
    expect(failed).toMatchObject({ status: "pending", attempts: 1, response_code: 500 });
    const wait = new Date(failed?.next_attempt_at ?? 0).getTime() - before;
    expect(wait).toBeGreaterThan(25_000);
    expect(wait).toBeLessThanOrEqual(30_000 + (Date.now() - before));
  });

  it("gives up on a receiver that does not answer in time, and retries it later", async () => {
    const db = await database();
    const crm = await receiver({ hang: true });
    await endpoint(db, crm.url);
    await submitLead(db);
    await drainWebhookDeliveries(db, settings({ timeoutMs: 300 }));
    const [slow] = await deliveries(db);
    expect(slow).toMatchObject({ status: "pending", response_code: null, last_error: "No answer in time" });

    // Once the receiver answers again, the retry delivers the same message.
    crm.answer({ answer: 204 });
    const later = new Date(Date.now() + 60_000);
    await drainWebhookDeliveries(db, settings({ timeoutMs: 2_000, now: () => later }));
    expect((await deliveries(db))[0]).toMatchObject({ status: "delivered", attempts: 2, response_code: 204 });
    expect(crm.received.at(-1)?.headers["webhook-id"]).toBe(slow?.id);
  });

  it("retries a delivery whose receiver closed the connection without answering", async () => {
    const db = await database();
    const crm = await receiver({ hangUp: true });
    await endpoint(db, crm.url);
    await submitLead(db);
    await drainWebhookDeliveries(db, settings());
    const [closed] = await deliveries(db);
    expect(closed).toMatchObject({ status: "pending", attempts: 1, response_code: null });
    expect(closed?.last_error).toBeTruthy();

    crm.answer({ answer: 204 });
    const later = new Date(Date.now() + 60_000);
    await drainWebhookDeliveries(db, settings({ now: () => later }));
    expect((await deliveries(db))[0]).toMatchObject({ status: "delivered", attempts: 2, response_code: 204 });
    expect(crm.received.at(-1)?.headers["webhook-id"]).toBe(closed?.id);
  });

  it("disables an endpoint after repeated failure, emails the administrators, and sends its backlog once re-enabled", async () => {
    const db = await database();
    const crm = await receiver({ answer: 500 });
    const { id } = await endpoint(db, crm.url);
    await submitLead(db);
    let clock = Date.now();
    const policy = settings({ disablePolicy: { failures: 3, periodMs: 60_000 }, now: () => new Date(clock) });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await drainWebhookDeliveries(db, policy);
      clock += 10 * 60_000; // past any backoff of the first attempts
    }
    const stored = await db
      .selectFrom("webhook_endpoints")
      .select(["enabled", "disabled_reason"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored.enabled).toBe(0);
    expect(stored.disabled_reason).toContain("3 failed deliveries in a row");
    expect(crm.received).toHaveLength(3);
    const told = await db
      .selectFrom("outbox")
      .select(["to_address", "subject"])
      .where("kind", "=", "webhook-disabled")
      .execute();
    expect(told.map((email) => email.subject)).toContain("A webhook endpoint was disabled after repeated failures");

    crm.answer({ answer: 200 });
    await setEndpointEnabled(db, id, true);
    await drainWebhookDeliveries(db, settings({ now: () => new Date(clock + 7 * 60 * 60_000) }));
    expect((await deliveries(db))[0]).toMatchObject({ status: "delivered", response_code: 200 });
  });

  it("does not follow a redirect, so a receiver cannot send the request on to 127.0.0.1", async () => {
    const db = await database();
    const inside = await receiver();
    const crm = await receiver({ answer: 302, location: inside.url });
    await endpoint(db, crm.url);
    await submitLead(db);
    await drainWebhookDeliveries(db, settings());
    expect(inside.received).toHaveLength(0);
    const [redirected] = await deliveries(db);
    expect(redirected).toMatchObject({
      status: "pending",
      response_code: 302,
      last_error: "Redirects are not followed",
    });
  });

  it.each([
    ["a loopback address", "127.0.0.1", 4],
    ["a private address", "10.0.0.5", 4],
    ["the link-local metadata service", "169.254.169.254", 4],
    ["a link-local IPv6 address", "fe80::1", 6],
    ["a private IPv4 address inside IPv6", "::ffff:192.168.1.1", 6],
  ])("refuses at send time a host that has come to resolve to %s", async (_label, address, family) => {
    const db = await database();
    const crm = await receiver();
    const port = new URL(crm.url).port;
    const { id } = await createEndpoint(
      db,
      { url: `http://hooks.crm.example:${port}/hooks`, description: "", events: ["lead.created"] },
      { allowPrivate: false, resolve: async () => [{ address: "93.184.215.14", family: 4 }] },
    );
    expect(id).toBeGreaterThan(0);
    invalidateEndpointCache(db);
    await submitLead(db);
    await drainWebhookDeliveries(db, settings({ allowPrivate: false, resolve: async () => [{ address, family }] }));
    expect(crm.received).toHaveLength(0);
    const [refused] = await deliveries(db);
    expect(refused?.last_error).toContain(`points to ${address}`);
    expect(refused).toMatchObject({ status: "pending", response_code: null });
  });

  it("refuses at send time a plain http address where https is required, and does not retry it", async () => {
    const db = await database();
    const crm = await receiver();
    // Saved where http was allowed, then sent by a server that requires https (as in production).
    await endpoint(db, crm.url);
    await submitLead(db);
    await drainWebhookDeliveries(db, settings({ requireHttps: true }));
    expect(crm.received).toHaveLength(0);
    const [refused] = await deliveries(db);
    expect(refused).toMatchObject({
      status: "failed",
      attempts: 1,
      response_code: null,
      last_error: "Only https:// addresses can receive events",
    });
  });

  it("gives a delivery up as failed after eight attempts, sending it no more", async () => {
    const db = await database();
    const crm = await receiver({ answer: 500 });
    await endpoint(db, crm.url);
    await submitLead(db);
    let clock = Date.now();
    // Failing too briefly to be disabled: only the delivery's own attempts end it.
    const retrying = settings({ disablePolicy: { failures: 1_000, periodMs: 60_000 }, now: () => new Date(clock) });
    for (let round = 0; round < 10; round += 1) {
      await drainWebhookDeliveries(db, retrying);
      clock += 7 * 60 * 60_000; // past the longest backoff (6 h)
    }
    expect(crm.received).toHaveLength(8);
    expect(new Set(crm.received.map((request) => request.headers["webhook-id"])).size).toBe(1);
    expect((await deliveries(db))[0]).toMatchObject({ status: "failed", attempts: 8, response_code: 500 });
  });

  it("sends again a delivery whose sender died mid-send, and never again one that was delivered", async () => {
    const db = await database();
    const crm = await receiver();
    await endpoint(db, crm.url);
    await submitLead(db);
    // A worker claims the delivery and dies before sending it.
    const [claimed, ...others] = await claimDueDeliveries(db, new Date());
    expect(others).toEqual([]);
    expect(claimed?.status).toBe("sending");
    expect(await drainWebhookDeliveries(db, settings())).toBe(0);
    // Once its lease has run out, the next worker sends it, once.
    const afterLease = new Date(Date.now() + 3 * 60_000);
    await drainWebhookDeliveries(db, settings({ now: () => afterLease }));
    await drainWebhookDeliveries(db, settings({ now: () => new Date(afterLease.getTime() + 60 * 60_000) }));
    expect(crm.received).toHaveLength(1);
    expect(crm.received[0]?.headers["webhook-id"]).toBe(claimed?.id);
    expect((await deliveries(db))[0]).toMatchObject({ status: "delivered", attempts: 2 });
  });
});

describe("claiming deliveries", () => {
  it("walks the due and leased indexes, reading neither every delivery ever made nor sorting the due ones", async () => {
    const db = await database();
    const steps = await queryPlan(db, claimQueryForPlan(db));
    expect(steps.some((step) => /USING INDEX webhook_deliveries_due/.test(step))).toBe(true);
    expect(steps.some((step) => /USING INDEX webhook_deliveries_leased/.test(step))).toBe(true);
    expect(steps.filter((step) => /TEMP B-TREE|^SCAN webhook_deliveries$/.test(step))).toEqual([]);
  });
});

describe("booking webhook events", () => {
  const calendar = testSubmitContext().calendar;
  const CALL_MAIL = { from: MAIL.from, firmName: MAIL.firmName, publicUrl: MAIL.publicUrl };

  /** A lead with a booked call, and the endpoint that hears of the lead's bookings. */
  async function bookedCall(db: DB) {
    await endpoint(db, "https://calendar.example/hooks", ["booking.created", "booking.moved", "booking.cancelled"]);
    const submitted = await submitLead(db);
    const lead = await findBookingLead(db, submitted.summaryToken);
    if (!lead) throw new Error("The lead cannot book a call");
    const now = new Date();
    const [first, second] = await freeSlots(db, lead.host, calendar, now);
    if (!first || !second) throw new Error("No free slots to book");
    const booked = await bookCall(db, lead, {
      slot: first,
      timeZone: "Europe/Ljubljana",
      now,
      calendar,
      mail: CALL_MAIL,
    });
    if (!booked.ok) throw new Error(`Booking failed: ${booked.problem}`);
    return { submitted, lead, booking: booked.booking, nextSlot: second, now };
  }

  const bodies = async (db: DB) => (await deliveries(db)).map((delivery) => JSON.parse(delivery.body));

  it("tells receivers a call was booked, moved and cancelled, each with the lead and the call", async () => {
    const db = await database();
    const { submitted, booking, nextSlot, now } = await bookedCall(db);
    const moved = await moveCall(db, booking, { slot: nextSlot, now, calendar, mail: CALL_MAIL });
    if (!moved.ok) throw new Error(`Moving failed: ${moved.problem}`);
    await cancelCall(db, moved.booking, { now, calendar, mail: CALL_MAIL });
    const lead = { id: submitted.leadId, reference: submitted.publicRef };
    const call = (of: typeof booking) => ({
      id: of.id,
      startsAt: of.startsAt,
      endsAt: of.endsAt,
      host: of.hostName,
      visitorTimeZone: "Europe/Ljubljana",
    });
    expect(await bodies(db)).toEqual([
      { type: "booking.created", timestamp: now.toISOString(), version: 1, data: { lead, booking: call(booking) } },
      {
        type: "booking.moved",
        timestamp: now.toISOString(),
        version: 1,
        data: {
          lead,
          booking: call(moved.booking),
          previous: { id: booking.id, startsAt: booking.startsAt, endsAt: booking.endsAt },
        },
      },
      {
        type: "booking.cancelled",
        timestamp: now.toISOString(),
        version: 1,
        data: { lead, booking: call(moved.booking), cancelledAt: now.toISOString() },
      },
    ]);
  });

  it("sends every event with the envelope, version and fields docs/webhooks.md shows for it", async () => {
    const db = await database();
    await endpoint(db, "https://crm.example/hooks", [
      "lead.created",
      "lead.assigned",
      "lead.status_changed",
      "lead.erased",
    ]);
    const { submitted, booking, nextSlot, now } = await bookedCall(db);
    const moved = await moveCall(db, booking, { slot: nextSlot, now, calendar, mail: CALL_MAIL });
    if (!moved.ok) throw new Error(`Moving failed: ${moved.problem}`);
    await cancelCall(db, moved.booking, { now, calendar, mail: CALL_MAIL });
    const user = await admin(db);
    const { owner_id: ownerId } = await db
      .selectFrom("leads")
      .select("owner_id")
      .where("id", "=", submitted.leadId)
      .executeTakeFirstOrThrow();
    const someoneElse = await db
      .selectFrom("users")
      .select("id")
      .where("active", "=", 1)
      .where("id", "!=", ownerId ?? 0)
      .executeTakeFirstOrThrow();
    await applyTriage(db, user, submitted.leadId, { intent: "reassign", ownerId: someoneElse.id }, { mail: MAIL });
    await applyTriage(
      db,
      user,
      submitted.leadId,
      { intent: "status", status: "contacted", reason: undefined },
      {
        mail: MAIL,
      },
    );
    // Erasure rewrites the queued lead.created without the contact: its shape is read before that.
    const sent = new Map((await bodies(db)).map((body: { type: string }) => [body.type, body]));
    await eraseLead(db, user, submitted.leadId, "The person asked");
    const erased = (await bodies(db)).find((body: { type: string }) => body.type === "lead.erased");
    sent.set("lead.erased", erased);

    const documented = documentedExamples();
    expect([...documented.keys()].sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    expect([...sent.keys()].sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    // Fields that may be null or an object (the docs show the object).
    const either = new Set(["data.lead.owner", "data.owner"]);
    for (const [type, example] of documented) {
      const body = sent.get(type);
      expect(body, type).toMatchObject({ type, version: (example as { version: number }).version });
      expect(fieldPaths(body, either).sort(), type).toEqual(fieldPaths(example, either).sort());
    }
  });

  it("queues nothing for an endpoint that did not subscribe to the booking events", async () => {
    const db = await database();
    const other = await endpoint(db, "https://crm.example/hooks", ["lead.status_changed"]);
    const { booking, nextSlot, now } = await bookedCall(db);
    await moveCall(db, booking, { slot: nextSlot, now, calendar, mail: CALL_MAIL });
    expect((await deliveries(db)).filter((delivery) => delivery.endpoint_id === other.id)).toEqual([]);
  });

  it("keeps the call where it was when its delivery cannot be written, moving and cancelling alike", async () => {
    const db = await database();
    const { booking, nextSlot, now } = await bookedCall(db);
    await sql`create trigger injected_failure before insert on webhook_deliveries begin select raise(abort, 'injected failure'); end`.execute(
      db,
    );
    await expect(moveCall(db, booking, { slot: nextSlot, now, calendar, mail: CALL_MAIL })).rejects.toThrow(
      /injected failure/,
    );
    await expect(cancelCall(db, booking, { now, calendar, mail: CALL_MAIL })).rejects.toThrow(/injected failure/);
    const calls = await db.selectFrom("call_bookings").select(["id", "status", "starts_at"]).execute();
    expect(calls).toEqual([{ id: booking.id, status: "booked", starts_at: booking.startsAt }]);
    expect((await deliveries(db)).map((delivery) => delivery.event_type)).toEqual(["booking.created"]);
  });
});
