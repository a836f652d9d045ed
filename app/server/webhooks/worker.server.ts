import type { DB } from "../storage/db.server";
import { type PollingWorker, startPollingWorker } from "../polling-worker.server";
import { COMMIT_CHECK_MS, watchOtherCommits } from "../storage/commit-watch.server";
import { type DeliverySettings, drainWebhookDeliveries } from "./delivery.server";

export type WebhookWorker = PollingWorker;

/**
 * Sends due webhook deliveries until stopped, in the mail worker's thread: soon after another
 * connection commits (a change that queued one), and every `intervalMs` for retries.
 * Stopping claims nothing more and aborts the sends under way after `stopGraceMs`; an aborted
 * send is an attempt that failed, tried again later under the same `webhook-id`.
 */
export function startWebhookWorker(
  db: DB,
  settings: DeliverySettings,
  { intervalMs = 2_000, stopGraceMs = 5_000, commitCheckMs = COMMIT_CHECK_MS } = {},
): WebhookWorker {
  return startPollingWorker("Webhook worker", (control) => drainWebhookDeliveries(db, { ...settings, ...control }), {
    intervalMs,
    stopGraceMs,
    wakeEarly: { check: watchOtherCommits(db), everyMs: commitCheckMs },
  });
}
