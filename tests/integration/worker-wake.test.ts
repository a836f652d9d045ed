import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { watchOtherCommits } from "~/server/storage/commit-watch.server";
import { drainOutbox, enqueueEmail } from "~/server/mail/outbox.server";
import { LocalMailboxTransport } from "~/server/mail/transport.server";
import { type MailWorker, startMailWorker } from "~/server/mail/worker.server";
import { startPollingWorker } from "~/server/polling-worker.server";
import { createTestDatabase } from "../support/db";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two connections to one database file, as the request thread and the mail worker's thread have. */
async function twoConnections(): Promise<{ requests: DB; worker: DB; path: string }> {
  const { db: requests, path } = await createTestDatabase("worker-wake");
  const worker = createDatabase(path);
  cleanups.push(
    () => requests.destroy(),
    () => worker.destroy(),
  );
  return { requests, worker, path };
}

const email = {
  kind: "visitor-confirmation",
  leadId: null,
  from: "Firm <hello@firm.example>",
  to: "visitor@example.com",
  subject: "Your summary",
  html: "<p>Hello</p>",
  text: "Hello",
};

const mailboxCount = async (db: DB) =>
  Number(
    (
      await db
        .selectFrom("mailbox_messages")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("watching for another connection's commits", () => {
  it("answers true after another connection commits, and false when nothing changed since the last question", async () => {
    const { requests, worker } = await twoConnections();
    const otherCommitted = watchOtherCommits(worker);
    await otherCommitted();
    expect(await otherCommitted()).toBe(false);
    await enqueueEmail(requests, email);
    expect(await otherCommitted()).toBe(true);
    expect(await otherCommitted()).toBe(false);
  });

  it("does not count the watching connection's own commits", async () => {
    const { worker } = await twoConnections();
    const otherCommitted = watchOtherCommits(worker);
    await otherCommitted();
    await enqueueEmail(worker, email);
    expect(await otherCommitted()).toBe(false);
  });
});

describe("a polling worker told there may be work", () => {
  it("starts its next round at once instead of waiting out its interval", async () => {
    let rounds = 0;
    let workWaiting = false;
    const worker = startPollingWorker("Test worker", async () => (rounds += 1), {
      intervalMs: 60_000,
      stopGraceMs: 1_000,
      wakeEarly: { check: async () => workWaiting, everyMs: 10 },
    });
    cleanups.push(() => worker.stop());
    await expect.poll(() => rounds).toBe(1);
    workWaiting = true;
    await expect.poll(() => rounds, { timeout: 2_000 }).toBeGreaterThanOrEqual(2);
  });

  it("stops at once while it waits between rounds", async () => {
    const worker = startPollingWorker("Test worker", async () => undefined, {
      intervalMs: 60_000,
      stopGraceMs: 60_000,
      wakeEarly: { check: async () => false, everyMs: 30_000 },
    });
    const stopping = worker.stop();
    const outcome = await Promise.race([
      stopping.then(() => "stopped"),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 2_000)),
    ]);
    expect(outcome).toBe("stopped");
  });
});

describe("the mail worker", () => {
  let worker: MailWorker | undefined;
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  it("sends an email queued by the request thread's connection right after its commit, long before its next round", async () => {
    const { requests, worker: workerDb } = await twoConnections();
    worker = startMailWorker(workerDb, new LocalMailboxTransport(workerDb), { intervalMs: 60_000 });
    // Its first round has run and found nothing once the outbox has been read.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await enqueueEmail(requests, email);
    await expect.poll(() => mailboxCount(requests), { timeout: 3_000 }).toBe(1);
  });

  it("finds nothing due without queueing for the write lock another connection holds", async () => {
    const { path, worker: workerDb } = await twoConnections();
    const holder = new Database(path);
    cleanups.push(() => holder.close());
    holder.exec("begin immediate");
    cleanups.push(() => holder.exec("rollback"));
    // A claim would wait out the 5 s busy timeout and then fail with "database is locked".
    expect(await drainOutbox(workerDb, new LocalMailboxTransport(workerDb))).toBe(0);
  });
});
