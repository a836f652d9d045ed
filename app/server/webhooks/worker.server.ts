import type { DB } from "../storage/db.server";
import { type PollingWorker, startPollingWorker } from "../polling-worker.server";
import { type DeliverySettings, drainWebhookDeliveries } from "./delivery.server";

export type WebhookWorker = PollingWorker;

/**
 * Sends due webhook deliveries every few seconds until stopped, in the mail worker's thread.
 * Stopping claims nothing more and aborts the sends under way after `stopGraceMs`; an aborted
 * send is an attempt that failed, tried again later under the same `webhook-id`.
 */
export function startWebhookWorker(
  db: DB,
  settings: DeliverySettings,
  { intervalMs = 2_000, stopGraceMs = 5_000 } = {},
): WebhookWorker {
  return startPollingWorker("Webhook worker", (control) => drainWebhookDeliveries(db, { ...settings, ...control }), {
    intervalMs,
    stopGraceMs,
  });
}
