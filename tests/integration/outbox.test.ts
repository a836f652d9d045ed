import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS } from "~/domain/mail/retry";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { claimDueEmails, claimQueryForPlan, deliver, drainOutbox, enqueueEmail } from "~/server/mail/outbox.server";
import { LocalMailboxTransport, type MailTransport, ResendTransport } from "~/server/mail/transport.server";
import { leadStillWaiting } from "~/server/mail/worker.server";
import { createDraft, updateDraft } from "~/server/flow/drafts.server";
import { submitDraft } from "~/server/leads/submit.server";
import { createTestDatabase, queryPlan, testSubmitContext } from "../support/db";
import { VALID_CONTACT, answersFixture } from "../support/flow-client";
import { startFakeResend } from "../support/fake-resend";

type Fake = Awaited<ReturnType<typeof startFakeResend>>;
let fake: Fake;
const open: DB[] = [];

beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(async () => {
  await fake.close();
});
afterEach(async () => {
  fake.requests.length = 0;
  fake.setBehaviour(() => 200);
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

async function database() {
  const created = await createTestDatabase("outbox");
  open.push(created.db);
  return created;
}

/** The local mailbox, counting and naming what it was asked to send. */
function recordingMailbox(db: DB): { transport: MailTransport; sent: string[] } {
  const mailbox = new LocalMailboxTransport(db);
  const sent: string[] = [];
  return {
    sent,
    transport: {
      name: mailbox.name,
      send: async (message) => {
        sent.push(message.id);
        return mailbox.send(message);
      },
    },
  };
}

const email = (n = 1) => ({
  kind: "visitor-confirmation",
  leadId: null,
  from: "Firm <hello@firm.example>",
  to: `visitor${n}@example.com`,
  subject: `Subject ${n}`,
  html: `<p>Hello ${n}</p>`,
  text: `Hello ${n}`,
});
const resend = () => new ResendTransport("re_test_key", fake.baseUrl);
const statusOf = async (db: DB, id: string) =>
  await db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
/** A clock far enough ahead that every backoff has passed. */
const later = (hours: number) => () => new Date(Date.now() + hours * 3_600_000);

describe("sending through Resend", () => {
  it("sends the payload with the API key and the outbox id as idempotency key, and records the provider id", async () => {
    const { db } = await database();
    const id = await enqueueEmail(db, email());
    await drainOutbox(db, resend());
    const [request] = fake.requests;
    expect(request?.path).toBe("/emails");
    expect(request?.headers.authorization).toBe("Bearer re_test_key");
    expect(request?.headers["idempotency-key"]).toBe(id);
    expect(request?.body).toMatchObject({
      from: "Firm <hello@firm.example>",
      to: ["visitor1@example.com"],
      subject: "Subject 1",
      html: "<p>Hello 1</p>",
      text: "Hello 1",
    });
    expect(await statusOf(db, id)).toMatchObject({
      status: "sent",
      provider: "resend",
      provider_id: "fake-1",
      attempts: 1,
    });
  });

  it.each([429, 500, "drop"] as const)("retries later after %s, then delivers once", async (failure) => {
    const { db } = await database();
    const id = await enqueueEmail(db, email());
    fake.setBehaviour(() => failure);
    await drainOutbox(db, resend());
    const retried = await statusOf(db, id);
    expect(retried.status).toBe("pending");
    expect(new Date(retried.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    fake.setBehaviour(() => 200);
    await drainOutbox(db, resend(), { now: later(2) });
    expect(await statusOf(db, id)).toMatchObject({ status: "sent", attempts: 2 });
    expect(fake.acceptedKeys()).toEqual([id]);
  });

  it("marks a refused email failed with the provider's reason, without retrying, and goes on with the others", async () => {
    const { db } = await database();
    const refused = await enqueueEmail(db, email(1));
    const fine = await enqueueEmail(db, email(2));
    fake.setBehaviour((request) => ((request.body.to as string[])[0] === "visitor1@example.com" ? 422 : 200));
    await drainOutbox(db, resend());
    await drainOutbox(db, resend(), { now: later(24) });
    expect(await statusOf(db, refused)).toMatchObject({
      status: "failed",
      attempts: 1,
      last_error: "422: Fake provider answered 422",
    });
    expect((await statusOf(db, fine)).status).toBe("sent");
  });

  it("declares an email dead after the last attempt", async () => {
    const { db } = await database();
    const id = await enqueueEmail(db, email());
    fake.setBehaviour(() => 500);
    for (let hour = 0; hour <= MAX_ATTEMPTS * 2; hour += 2) await drainOutbox(db, resend(), { now: later(hour) });
    expect(await statusOf(db, id)).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS });
  });

  it("delivers every email exactly once across an outage and its recovery", async () => {
    const { db } = await database();
    const ids = await Promise.all(Array.from({ length: 20 }, (_, n) => enqueueEmail(db, email(n))));
    let calls = 0;
    fake.setBehaviour(() => (++calls <= 25 ? (calls % 2 === 0 ? 500 : "drop") : 200));
    for (let hour = 0; hour < 12; hour += 2) await drainOutbox(db, resend(), { now: later(hour) });
    expect(fake.acceptedKeys().sort()).toEqual([...ids].sort());
    const statuses = await db.selectFrom("outbox").select("status").distinct().execute();
    expect(statuses).toEqual([{ status: "sent" }]);
  });

  it("claims the oldest due job and one abandoned by a sender that died, in one statement", async () => {
    const { db } = await database();
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const newer = await enqueueEmail(db, email(1), minutesAgo(1));
    const oldest = await enqueueEmail(db, email(2), minutesAgo(5));
    const abandoned = await enqueueEmail(db, email(3), minutesAgo(9));
    await db
      .updateTable("outbox")
      .set({ status: "sending", lease_until: minutesAgo(2).toISOString() })
      .where("id", "=", abandoned)
      .execute();
    const claimed = await claimDueEmails(db, { limit: 1 });
    expect(claimed.map((job) => job.id).sort()).toEqual([oldest, abandoned].sort());
    expect((await statusOf(db, newer)).status).toBe("pending");
  });

  it("claims by walking the due index, without sorting every due job", async () => {
    const { db } = await database();
    const steps = await queryPlan(db, claimQueryForPlan(db));
    expect(steps.some((step) => /USING INDEX outbox_due/.test(step))).toBe(true);
    expect(steps.filter((step) => /TEMP B-TREE|^SCAN outbox/.test(step))).toEqual([]);
  });

  it("re-sends with the same idempotency key when the worker died after the provider accepted", async () => {
    const { db } = await database();
    const id = await enqueueEmail(db, email());
    const [claimed] = await claimDueEmails(db);
    // The worker sends, then dies before recording the outcome: the job stays leased.
    await resend().send({
      id,
      leadId: null,
      from: claimed?.from_address ?? "",
      to: claimed?.to_address ?? "",
      subject: "s",
      html: "h",
      text: "t",
    });
    expect(await claimDueEmails(db)).toEqual([]);
    await drainOutbox(db, resend(), { now: () => new Date(Date.now() + 120_000) });
    expect(fake.requests.map((request) => request.headers["idempotency-key"])).toEqual([id, id]);
    expect((await statusOf(db, id)).status).toBe("sent");
  });

  it("has two workers send each of 500 jobs exactly once", async () => {
    const { db, path } = await database();
    await db.transaction().execute(async (trx) => {
      for (let n = 0; n < 500; n += 1) await enqueueEmail(trx, email(n));
    });
    const second = createDatabase(path);
    open.push(second);
    await Promise.all([drainOutbox(db, resend()), drainOutbox(second, resend())]);
    const keys = fake.acceptedKeys();
    expect(keys).toHaveLength(500);
    expect(new Set(keys).size).toBe(500);
  }, 60_000);
});

describe("a provider that accepts the connection but never answers", () => {
  it("is given up after the timeout and retried later, while the other emails go out meanwhile", async () => {
    const { db } = await database();
    fake.setBehaviour((request) => ((request.body.to as string[])[0] === "visitor1@example.com" ? "hang" : 200));
    const stuck = await enqueueEmail(db, email(1));
    const others = [await enqueueEmail(db, email(2)), await enqueueEmail(db, email(3))];
    const draining = drainOutbox(db, new ResendTransport("re_test_key", fake.baseUrl, 1_000));
    await expect
      .poll(async () => Promise.all(others.map(async (id) => (await statusOf(db, id)).status)), { timeout: 5_000 })
      .toEqual(["sent", "sent"]);
    expect((await statusOf(db, stuck)).status).toBe("sending");
    await draining;
    const row = await statusOf(db, stuck);
    expect(row.status).toBe("pending");
    expect(row.last_error).toContain("No answer from the provider within 1 s");
  });

  it("is abandoned at once, for a later retry, when the worker stops", async () => {
    const { db } = await database();
    fake.setBehaviour(() => "hang");
    const id = await enqueueEmail(db, email(1));
    const stop = new AbortController();
    const draining = drainOutbox(db, new ResendTransport("re_test_key", fake.baseUrl, 60_000), {
      signal: stop.signal,
      shouldStop: () => stop.signal.aborted,
    });
    await expect.poll(() => fake.requests.length).toBe(1);
    stop.abort();
    await draining;
    expect(await statusOf(db, id)).toMatchObject({
      status: "pending",
      last_error: expect.stringContaining("Stopped while sending"),
    });
  });
});

/** Where some jobs stand: their status, attempts and lease. */
const outboxStates = (db: DB, ids: string[]) =>
  db.selectFrom("outbox").select(["id", "status", "attempts", "lease_until"]).where("id", "in", ids).execute();

describe("stopping a worker", () => {
  it("finishes the send in progress and hands the other claimed jobs back", async () => {
    const { db } = await database();
    const ids = [await enqueueEmail(db, email(1)), await enqueueEmail(db, email(2)), await enqueueEmail(db, email(3))];
    const { transport, sent } = recordingMailbox(db);
    const handled = await drainOutbox(db, transport, { lanes: 1, shouldStop: () => sent.length >= 1 });
    expect(handled).toBe(1);
    const rows = await outboxStates(db, ids);
    expect(rows.filter((row) => row.status === "sent")).toHaveLength(1);
    expect(rows.filter((row) => row.status === "pending")).toEqual(
      expect.arrayContaining([expect.objectContaining({ attempts: 0, lease_until: null })]),
    );
    expect(rows.filter((row) => row.status === "pending")).toHaveLength(2);
  });
});

describe("claiming for the lanes together", () => {
  it("gives every claimed job to exactly one lane, and sends each due job once", async () => {
    const { db } = await database();
    const ids = await Promise.all(Array.from({ length: 9 }, (_, n) => enqueueEmail(db, email(n))));
    const { transport, sent } = recordingMailbox(db);
    expect(await drainOutbox(db, transport, { lanes: 4 })).toBe(9);
    expect(sent.sort()).toEqual([...ids].sort());
  });

  it("hands back, unattempted, a claimed job no lane took before the worker stopped", async () => {
    const { db } = await database();
    const pending = [await enqueueEmail(db, email(1)), await enqueueEmail(db, email(2))];
    // A third job whose sender died mid-send: claimed with the others, one more than the lanes.
    const abandoned = await enqueueEmail(db, email(3));
    await db
      .updateTable("outbox")
      .set({ status: "sending", attempts: 1, lease_until: new Date(Date.now() - 60_000).toISOString() })
      .where("id", "=", abandoned)
      .execute();
    const attemptsBefore = new Map([...pending.map((id) => [id, 0] as const), [abandoned, 1] as const]);
    const { transport, sent } = recordingMailbox(db);
    const handled = await drainOutbox(db, transport, { lanes: 2, shouldStop: () => sent.length >= 1 });
    expect(handled).toBe(2);
    const rows = await outboxStates(db, [...attemptsBefore.keys()]);
    const left = rows.filter((row) => row.status !== "sent");
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({
      status: "pending",
      lease_until: null,
      attempts: attemptsBefore.get(left[0]?.id ?? ""),
    });
  });
});

describe("the local mailbox", () => {
  it("keeps each message whole, once, even when a job is delivered again", async () => {
    const { db } = await database();
    const id = await enqueueEmail(db, email());
    const [job] = await claimDueEmails(db);
    const transport = new LocalMailboxTransport(db);
    if (!job) throw new Error("no job");
    await deliver(db, transport, job);
    await transport.send({
      id,
      leadId: null,
      from: job.from_address,
      to: job.to_address,
      subject: job.subject,
      html: job.html,
      text: job.text,
    });
    const messages = await db.selectFrom("mailbox_messages").selectAll().execute();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      outbox_id: id,
      to_address: "visitor1@example.com",
      subject: "Subject 1",
      html: "<p>Hello 1</p>",
      text: "Hello 1",
    });
  });

  it("does not send an email queued for later before its time", async () => {
    const { db } = await database();
    await enqueueEmail(db, { ...email(), sendAfter: new Date(Date.now() + 3_600_000) });
    expect(await drainOutbox(db, new LocalMailboxTransport(db))).toBe(0);
  });
});

describe("reminders", () => {
  async function leadIn(db: DB) {
    const { draft } = await createDraft(db, { article: null, topic: null, utm: {}, referrer: null });
    await updateDraft(db, draft.id, { answers: answersFixture("dutch-saas-no-ai"), contact: VALID_CONTACT });
    return (await submitDraft(db, draft.id, testSubmitContext())).leadId;
  }

  it("are cancelled once the lead has had its first response", async () => {
    const { db } = await database();
    const leadId = await leadIn(db);
    const id = await enqueueEmail(db, { ...email(), kind: "sla-reminder", leadId });
    await db
      .updateTable("leads")
      .set({ first_response_at: new Date().toISOString() })
      .where("id", "=", leadId)
      .execute();
    await drainOutbox(db, new LocalMailboxTransport(db), { stillWanted: leadStillWaiting(db) });
    expect(await statusOf(db, id)).toMatchObject({
      status: "cancelled",
      last_error: "The lead has had its first response",
    });
  });

  it("are sent while the lead still waits, and show on its timeline", async () => {
    const { db } = await database();
    const leadId = await leadIn(db);
    const id = await enqueueEmail(db, { ...email(), kind: "sla-reminder", leadId });
    await drainOutbox(db, new LocalMailboxTransport(db), { stillWanted: leadStillWaiting(db) });
    expect((await statusOf(db, id)).status).toBe("sent");
    const events = await db
      .selectFrom("lead_events")
      .select(["type", "data"])
      .where("lead_id", "=", leadId)
      .where("type", "=", "emailed")
      .execute();
    expect(events.map((event) => JSON.parse(event.data).outboxId)).toContain(id);
  });
});
