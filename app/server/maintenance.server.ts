import type { DB } from "./storage/db.server";
import { deleteExpiredDrafts } from "./flow/drafts.server";
import { erasePersonalData } from "./leads/privacy.server";
import { log } from "./log.server";
import { SESSION_IDLE_MS, THROTTLE_WINDOW_MS } from "./auth/time-limits.server";
import { pruneWebhookDeliveries } from "./webhooks/retention.server";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Leads erased per transaction, so a large backlog never holds the write lock for long. */
const ERASE_BATCH = 100;

export type MaintenanceCounts = {
  expiredDrafts: number;
  resumeLinks: number;
  sessions: number;
  passwordLinks: number;
  signInFailures: number;
  erasedLeads: number;
  webhookDeliveries: number;
};

/** Days a finished webhook delivery is kept when no setting says otherwise. */
export const DEFAULT_DELIVERY_RETENTION_DAYS = 30;

/**
 * What the privacy notice promises, done: unfinished assessments past their 30 days are deleted
 * (with their links); ended sessions, used or expired links and sign-in failures older than the
 * throttle's window are pruned; leads that did not become engagements (not won) and have not
 * changed for `retentionDays` have their personal data erased, as an erasure on request would,
 * recorded on their timeline. Their figures stay, so reports still count them. Webhook deliveries
 * finished more than `deliveryRetentionDays` ago are deleted, each endpoint's listed ones kept.
 */
export async function runMaintenance(
  db: DB,
  {
    retentionDays,
    deliveryRetentionDays = DEFAULT_DELIVERY_RETENTION_DAYS,
    now = new Date(),
  }: { retentionDays: number; deliveryRetentionDays?: number; now?: Date },
): Promise<MaintenanceCounts> {
  const at = now.toISOString();
  const counts: MaintenanceCounts = {
    expiredDrafts: 0,
    resumeLinks: 0,
    sessions: 0,
    passwordLinks: 0,
    signInFailures: 0,
    erasedLeads: 0,
    webhookDeliveries: 0,
  };

  // Links first: expired drafts take theirs with them (cascade), and these are the rest.
  counts.resumeLinks = deleted(
    await db
      .deleteFrom("draft_resume_links")
      .where((eb) => eb.or([eb("used_at", "is not", null), eb("expires_at", "<=", at)]))
      .executeTakeFirst(),
  );
  counts.expiredDrafts = await deleteExpiredDrafts(db, now);
  counts.sessions = deleted(
    await db
      .deleteFrom("sessions")
      .where((eb) =>
        eb.or([
          eb("revoked_at", "is not", null),
          eb("expires_at", "<=", at),
          eb("last_seen_at", "<=", new Date(now.getTime() - SESSION_IDLE_MS).toISOString()),
        ]),
      )
      .executeTakeFirst(),
  );
  counts.passwordLinks = deleted(
    await db
      .deleteFrom("password_links")
      .where((eb) => eb.or([eb("used_at", "is not", null), eb("expires_at", "<=", at)]))
      .executeTakeFirst(),
  );
  counts.signInFailures = deleted(
    await db
      .deleteFrom("sign_in_failures")
      .where("at", "<=", new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString())
      .executeTakeFirst(),
  );
  counts.erasedLeads = await eraseLeadsPastRetention(db, retentionDays, now);
  counts.webhookDeliveries = await pruneWebhookDeliveries(db, { retentionDays: deliveryRetentionDays, now });
  return counts;
}

async function eraseLeadsPastRetention(db: DB, retentionDays: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const at = now.toISOString();
  let erased = 0;
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const leads = await trx
        .selectFrom("leads")
        .select(["id", "draft_id"])
        .where("erased_at", "is", null)
        .where("status", "!=", "won")
        .where("updated_at", "<=", cutoff)
        .limit(ERASE_BATCH)
        .execute();
      for (const lead of leads) {
        await erasePersonalData(
          trx,
          lead,
          { actor: null, data: { reason: `Retention period of ${retentionDays} days ended` } },
          at,
        );
      }
      return leads.length;
    });
    erased += batch;
    if (batch < ERASE_BATCH) return erased;
  }
}

function deleted(result: { numDeletedRows: bigint }): number {
  return Number(result.numDeletedRows);
}

export function describeMaintenance(counts: MaintenanceCounts): string {
  return (
    `Maintenance: deleted ${counts.expiredDrafts} expired drafts, ${counts.resumeLinks} used or expired continue-later links, ` +
    `${counts.sessions} ended sessions, ${counts.passwordLinks} used or expired password links, ${counts.signInFailures} old sign-in failures; ` +
    `erased the personal data of ${counts.erasedLeads} leads past retention; ` +
    `deleted ${counts.webhookDeliveries} finished webhook deliveries past retention`
  );
}

/** How often the server's worker runs maintenance (and once shortly after it starts). */
export const MAINTENANCE_EVERY_MS = 6 * 60 * 60 * 1000;
const FIRST_RUN_AFTER_MS = 10_000;

/** Runs maintenance on a schedule until stopped; each run is logged with its counts. */
export function scheduleMaintenance(
  db: DB,
  {
    retentionDays,
    deliveryRetentionDays,
    everyMs = MAINTENANCE_EVERY_MS,
    firstAfterMs = FIRST_RUN_AFTER_MS,
  }: { retentionDays: number; deliveryRetentionDays?: number; everyMs?: number; firstAfterMs?: number },
) {
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = () => {
    running = runMaintenance(db, { retentionDays, deliveryRetentionDays })
      .then((counts) => log.info(describeMaintenance(counts)))
      .catch((error: unknown) =>
        log.error(`Maintenance failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(run, everyMs);
      });
  };
  timer = setTimeout(run, firstAfterMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
