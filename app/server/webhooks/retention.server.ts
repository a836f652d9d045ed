import { DELIVERY_LIST_LENGTH } from "../../domain/webhooks/summaries";
import type { DB } from "../storage/db.server";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows deleted per statement, so a large backlog never holds the write lock for long. */
const PRUNE_BATCH = 500;

/**
 * Deletes deliveries that are finished (delivered, or failed for good) and older than the
 * retention period, counted from when they were queued and last tried, except each endpoint's
 * latest `DELIVERY_LIST_LENGTH`, which its page lists. Pending and sending deliveries are never
 * touched. Returns how many were deleted.
 */
export async function pruneWebhookDeliveries(
  db: DB,
  { retentionDays, now = new Date() }: { retentionDays: number; now?: Date },
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const endpoints = await db.selectFrom("webhook_endpoints").select("id").execute();
  let deleted = 0;
  for (const { id } of endpoints) {
    // The oldest delivery the page lists, through the endpoint's (endpoint_id, created_at) index.
    const listed = await db
      .selectFrom("webhook_deliveries")
      .select("created_at")
      .where("endpoint_id", "=", id)
      .orderBy("created_at", "desc")
      .limit(1)
      .offset(DELIVERY_LIST_LENGTH - 1)
      .executeTakeFirst();
    if (!listed) continue;
    // Strictly older than both: a delivery queued at the same instant as the last listed one stays.
    const before = listed.created_at < cutoff ? listed.created_at : cutoff;
    for (;;) {
      const result = await db
        .deleteFrom("webhook_deliveries")
        .where("id", "in", (eb) =>
          eb
            .selectFrom("webhook_deliveries")
            .select("id")
            .where("endpoint_id", "=", id)
            .where("created_at", "<", before)
            .where("status", "in", ["delivered", "failed"])
            .where((inner) => inner.or([inner("last_attempt_at", "is", null), inner("last_attempt_at", "<", cutoff)]))
            .limit(PRUNE_BATCH),
        )
        .executeTakeFirst();
      const count = Number(result.numDeletedRows);
      deleted += count;
      if (count < PRUNE_BATCH) break;
    }
  }
  return deleted;
}
