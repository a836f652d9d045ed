import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { OutboxRow } from "../../../db/schema";
import { MAX_ATTEMPTS, isRetryable, retryDelayMs } from "../../domain/mail/retry";
import type { DB } from "../storage/db.server";
import { type RenderedEmail, type TemplateData, type TemplateName, renderTemplate, templateSubject } from "./templates";
import type { MailTransport } from "./transport.server";

export type NewEmail = {
  kind: string;
  leadId: number | null;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Not before this instant (reminders are queued ahead of time). */
  sendAfter?: Date;
};

/**
 * Queues an email. Call it with the transaction that makes the change the email is about, so
 * the change and its email are kept or lost together.
 */
export async function enqueueEmail(db: DB, email: NewEmail, now = new Date()): Promise<string> {
  return insertJob(db, email, { subject: email.subject, html: email.html, text: email.text }, now);
}

type JobContent = { subject: string; html: string; text: string; template?: string; data?: string };

async function insertJob(
  db: DB,
  email: Omit<NewEmail, "subject" | "html" | "text">,
  content: JobContent,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("outbox")
    .values({
      id,
      kind: email.kind,
      lead_id: email.leadId,
      from_address: email.from,
      to_address: email.to,
      ...content,
      next_attempt_at: (email.sendAfter ?? now).toISOString(),
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

export type NewTemplatedEmail<Name extends TemplateName> = Omit<NewEmail, "subject" | "html" | "text"> & {
  template: Name;
  data: TemplateData<Name>;
};

/**
 * Queues an email that the worker renders from a template when it sends; only the subject is
 * made now, for the lead's page. Call it with the transaction that makes the change.
 */
export async function enqueueTemplatedEmail<Name extends TemplateName>(
  db: DB,
  email: NewTemplatedEmail<Name>,
  now = new Date(),
): Promise<string> {
  const content = {
    subject: templateSubject(email.template, email.data),
    html: "",
    text: "",
    template: email.template,
    data: JSON.stringify(email.data),
  };
  return insertJob(db, email, content, now);
}

/** A job's parts: as stored, or rendered now from its template (which may name a Reply-To). */
async function partsOf(job: OutboxRow): Promise<Omit<RenderedEmail, "subject"> & { subject: string }> {
  if (job.template === null) return { subject: job.subject, html: job.html, text: job.text };
  const rendered = await renderTemplate(job.template, JSON.parse(job.data ?? "{}"));
  return {
    subject: job.subject,
    html: rendered.html,
    text: rendered.text,
    ...(rendered.replyTo ? { replyTo: rendered.replyTo } : {}),
    ...(rendered.attachments?.length ? { attachments: rendered.attachments } : {}),
  };
}

export const LEASE_MS = 60_000;

/**
 * Claims due jobs in one statement: up to `limit` pending ones whose time has come, oldest first,
 * and up to `limit` whose sender died mid-send (their lease ran out). SQLite runs one writer at a
 * time, so two workers can never claim the same job.
 */
export async function claimDueEmails(
  db: DB,
  { now = new Date(), limit = 20, leaseMs = LEASE_MS } = {},
): Promise<OutboxRow[]> {
  return claimQuery(db, now, limit, leaseMs).execute();
}

function claimQuery(db: DB, now: Date, limit: number, leaseMs: number) {
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  return db
    .updateTable("outbox")
    .set({ status: "sending", lease_until: leaseUntil, attempts: sql`attempts + 1` })
    .where((eb) =>
      eb.or([eb("id", "in", pendingDueIds(db, now).limit(limit)), eb("id", "in", abandonedIds(db, now).limit(limit))]),
    )
    .returningAll();
}

/** The claim's statement as compiled, for a test of its query plan. */
export function claimQueryForPlan(db: DB, now = new Date()) {
  return claimQuery(db, now, 1, LEASE_MS).compile();
}

/**
 * Pending jobs whose time has come, oldest first. Asked apart from the abandoned ones so that
 * SQLite reads them in the order of the `outbox_due` index and stops at the limit: asked together
 * (`or`), it sorted every due job for each claim, and in a burst of new leads thousands are due.
 */
function pendingDueIds(db: DB, now: Date) {
  return db
    .selectFrom("outbox")
    .select("id")
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now.toISOString())
    .orderBy("next_attempt_at");
}

/** Jobs whose sender died mid-send: still marked as sending after their lease ran out. */
function abandonedIds(db: DB, now: Date) {
  return db
    .selectFrom("outbox")
    .select("id")
    .where("status", "=", "sending")
    .where("lease_until", "<=", now.toISOString());
}

/**
 * Whether any job is due, asked with a read: unlike a claim, it takes no write lock, so a worker
 * woken by every commit of the request thread does not queue for the lock when nothing is due.
 */
export async function anyEmailDue(db: DB, now = new Date()): Promise<boolean> {
  const [pending, abandoned] = await Promise.all([
    pendingDueIds(db, now).limit(1).executeTakeFirst(),
    abandonedIds(db, now).limit(1).executeTakeFirst(),
  ]);
  return pending !== undefined || abandoned !== undefined;
}

export type EmailGuard = (job: OutboxRow) => Promise<string | null>;

/**
 * Sends one claimed job and records the outcome: sent with the provider's id; retried later
 * with backoff on a passing failure; failed with the provider's reason on a refusal; dead once
 * the attempts are used up. `stillWanted` may cancel a job whose reason has gone (a reminder
 * for a lead that has since been answered).
 */
export async function deliver(
  db: DB,
  transport: MailTransport,
  job: OutboxRow,
  {
    now = () => new Date(),
    random = Math.random,
    stillWanted,
    signal,
  }: { now?: () => Date; random?: () => number; stillWanted?: EmailGuard; signal?: AbortSignal } = {},
): Promise<OutboxRow["status"]> {
  const cancelReason = stillWanted ? await stillWanted(job) : null;
  if (cancelReason) {
    await db
      .updateTable("outbox")
      .set({ status: "cancelled", lease_until: null, last_error: cancelReason })
      .where("id", "=", job.id)
      .execute();
    return "cancelled";
  }
  let parts: Awaited<ReturnType<typeof partsOf>>;
  try {
    parts = await partsOf(job);
  } catch (error) {
    // A job that cannot be rendered never will be: say why instead of retrying it.
    const reason = `render: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000);
    await db
      .updateTable("outbox")
      .set({ status: "failed", last_error: reason, lease_until: null })
      .where("id", "=", job.id)
      .execute();
    return "failed";
  }
  const result = await transport.send(
    { id: job.id, leadId: job.lead_id, from: job.from_address, to: job.to_address, ...parts },
    { signal },
  );
  const at = now();
  if (result.ok) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("outbox")
        .set({
          status: "sent",
          provider: transport.name,
          provider_id: result.providerId,
          sent_at: at.toISOString(),
          lease_until: null,
          last_error: null,
        })
        .where("id", "=", job.id)
        .execute();
      // The lead's timeline shows each email that went out about it.
      if (job.lead_id !== null) {
        await trx
          .insertInto("lead_events")
          .values({
            lead_id: job.lead_id,
            type: "emailed",
            actor: null,
            data: JSON.stringify({ kind: job.kind, to: job.to_address, outboxId: job.id }),
            created_at: at.toISOString(),
          })
          .execute();
      }
    });
    return "sent";
  }
  const error = `${result.statusCode ?? "network"}: ${result.error}`.slice(0, 1000);
  if (!isRetryable(result.statusCode)) {
    await db
      .updateTable("outbox")
      .set({ status: "failed", provider: transport.name, last_error: error, lease_until: null })
      .where("id", "=", job.id)
      .execute();
    return "failed";
  }
  if (job.attempts >= MAX_ATTEMPTS) {
    await db
      .updateTable("outbox")
      .set({ status: "dead", provider: transport.name, last_error: error, lease_until: null })
      .where("id", "=", job.id)
      .execute();
    return "dead";
  }
  const nextAttempt = new Date(at.getTime() + retryDelayMs(job.attempts, random()));
  await db
    .updateTable("outbox")
    .set({
      status: "pending",
      provider: transport.name,
      last_error: error,
      lease_until: null,
      next_attempt_at: nextAttempt.toISOString(),
    })
    .where("id", "=", job.id)
    .execute();
  return "pending";
}

/** Emails sent side by side: one that waits on a slow provider never holds up the others. */
export const SEND_LANES = 4;

/**
 * Claims and sends due jobs until none are left; returns how many were handled. Each of a few
 * lanes sends one job at a time, so a message stuck until its timeout holds only its own lane;
 * a stopping worker (`shouldStop`) claims nothing more and hands back what no lane took;
 * `signal` aborts the sends under way.
 */
export async function drainOutbox(
  db: DB,
  transport: MailTransport,
  options: {
    now?: () => Date;
    random?: () => number;
    stillWanted?: EmailGuard;
    lanes?: number;
    shouldStop?: () => boolean;
    signal?: AbortSignal;
  } = {},
): Promise<number> {
  const now = options.now ?? (() => new Date());
  if (!(await anyEmailDue(db, now()))) return 0;
  const lanes = options.lanes ?? SEND_LANES;
  const claimed = new ClaimedJobs(() => claimDueEmails(db, { now: now(), limit: lanes }));
  let handled = 0;
  const lane = async () => {
    for (;;) {
      if (options.shouldStop?.()) return;
      const job = await claimed.next();
      if (!job) return;
      await deliver(db, transport, job, options);
      handled += 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    // A stopping worker (or a failed round) leaves claimed jobs unsent: they go back as they
    // were, unattempted. Should that fail too, their leases run out and they are claimed again.
    await handBack(db, claimed.drain()).catch(() => undefined);
  }
  return handled;
}

/**
 * Jobs claimed together and handed to the lanes one at a time. Claiming takes the write lock,
 * which the thread answering requests may be waiting for; one claim of a job per lane (rather
 * than one claim per job) takes it a quarter as often in a burst. A claimed job waits only for
 * sends of the other lanes, each bounded by the send timeout, well within its lease.
 */
class ClaimedJobs {
  #waiting: OutboxRow[] = [];
  #claiming: Promise<void> | null = null;
  #exhausted = false;
  constructor(private readonly claim: () => Promise<OutboxRow[]>) {}

  /** The next claimed job, claiming more when none is left; undefined once nothing is due. */
  async next(): Promise<OutboxRow | undefined> {
    while (this.#waiting.length === 0 && !this.#exhausted) {
      // Lanes that find none waiting share one claim instead of each taking the lock; its jobs
      // are added once, by the claim itself.
      this.#claiming ??= this.claim()
        .then((jobs) => {
          if (jobs.length === 0) this.#exhausted = true;
          this.#waiting.push(...jobs);
        })
        .finally(() => (this.#claiming = null));
      await this.#claiming;
    }
    return this.#waiting.shift();
  }

  /** The jobs claimed and not handed out. */
  drain(): OutboxRow[] {
    return this.#waiting.splice(0);
  }
}

/** Returns claimed jobs that were never attempted to the queue, as they were before the claim. */
async function handBack(db: DB, jobs: OutboxRow[]): Promise<void> {
  if (jobs.length === 0) return;
  await db
    .updateTable("outbox")
    .set({ status: "pending", lease_until: null, attempts: sql`attempts - 1` })
    .where(
      "id",
      "in",
      jobs.map((job) => job.id),
    )
    .where("status", "=", "sending")
    .execute();
}
