import type { OutboxRow } from "../../../db/schema";
import type { DB } from "../db.server";
import { log } from "../log.server";
import { drainOutbox } from "./outbox.server";
import type { MailTransport } from "./transport.server";

/** Kinds of email that only make sense while a lead is still waiting for its first response. */
const WHILE_UNANSWERED = new Set(["sla-reminder", "sla-escalation"]);

/** Cancels a reminder or escalation whose lead has been answered (or erased) in the meantime. */
export function leadStillWaiting(db: DB) {
  return async (job: OutboxRow): Promise<string | null> => {
    if (!WHILE_UNANSWERED.has(job.kind) || job.lead_id === null) return null;
    const lead = await db.selectFrom("leads").select(["first_response_at", "erased_at"]).where("id", "=", job.lead_id).executeTakeFirst();
    if (!lead || lead.erased_at) return "The lead no longer exists";
    return lead.first_response_at ? "The lead has had its first response" : null;
  };
}

export type MailWorker = { stop: () => Promise<void> };

/**
 * Sends due emails every few seconds until stopped. Stopping lets the send in progress finish
 * and hands any other claimed jobs back.
 */
export function startMailWorker(db: DB, transport: MailTransport, { intervalMs = 2_000 } = {}): MailWorker {
  let stopping = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopping) {
      try {
        await drainOutbox(db, transport, { stillWanted: leadStillWaiting(db), shouldStop: () => stopping });
      } catch (error) {
        log.error(`Mail worker: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, intervalMs).unref();
      });
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
