import type { OutboxRow } from "../../../db/schema";
import type { DB } from "../storage/db.server";
import { type PollingWorker, startPollingWorker } from "../polling-worker.server";
import { COMMIT_CHECK_MS, watchOtherCommits } from "../storage/commit-watch.server";
import { followUpStillOpen } from "./follow-up-guard.server";
import { type EmailGuard, drainOutbox } from "./outbox.server";
import type { MailTransport } from "./transport.server";

/** Kinds of email that only make sense while a lead is still waiting for its first response. */
const WHILE_UNANSWERED = new Set(["sla-reminder", "sla-escalation"]);

/** Cancels a reminder or escalation whose lead has been answered (or erased) in the meantime. */
export function leadStillWaiting(db: DB) {
  return async (job: OutboxRow): Promise<string | null> => {
    if (!WHILE_UNANSWERED.has(job.kind) || job.lead_id === null) return null;
    const lead = await db
      .selectFrom("leads")
      .select(["first_response_at", "erased_at"])
      .where("id", "=", job.lead_id)
      .executeTakeFirst();
    if (!lead || lead.erased_at) return "The lead no longer exists";
    return lead.first_response_at ? "The lead has had its first response" : null;
  };
}

/** Every reason an email queued ahead of time may have lost: an answered lead, a follow-up done. */
export function emailStillWanted(db: DB): EmailGuard {
  const guards = [leadStillWaiting(db), followUpStillOpen(db)];
  return async (job) => {
    for (const guard of guards) {
      const reason = await guard(job);
      if (reason) return reason;
    }
    return null;
  };
}

export type MailWorker = PollingWorker;

/** How long a stopping worker lets the sends under way finish before abandoning them for a later retry. */
export const STOP_GRACE_MS = 5_000;

/**
 * Sends due emails until stopped: within about `commitCheckMs` of another connection's commit
 * (a new lead's confirmation goes out while the visitor still reads the summary), and every
 * `intervalMs` for emails queued to be sent later. Stopping claims nothing more, lets the sends
 * under way finish for up to `stopGraceMs`, then aborts them (they are sent again later, under
 * the same idempotency key), so a provider that never answers cannot hold up a shutdown.
 */
export function startMailWorker(
  db: DB,
  transport: MailTransport,
  { intervalMs = 2_000, stopGraceMs = STOP_GRACE_MS, commitCheckMs = COMMIT_CHECK_MS } = {},
): MailWorker {
  return startPollingWorker(
    "Mail worker",
    (control) => drainOutbox(db, transport, { stillWanted: emailStillWanted(db), ...control }),
    { intervalMs, stopGraceMs, wakeEarly: { check: watchOtherCommits(db), everyMs: commitCheckMs } },
  );
}
