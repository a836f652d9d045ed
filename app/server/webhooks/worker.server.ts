import type { DB } from "../db.server";
import { log } from "../log.server";
import { type DeliverySettings, drainWebhookDeliveries } from "./delivery.server";

export type WebhookWorker = { stop: () => Promise<void> };

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
  let stopping = false;
  let wake: (() => void) | undefined;
  const abandon = new AbortController();
  const loop = (async () => {
    while (!stopping) {
      try {
        await drainWebhookDeliveries(db, { ...settings, shouldStop: () => stopping, signal: abandon.signal });
      } catch (error) {
        log.error(`Webhook worker: ${error instanceof Error ? error.message : String(error)}`);
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
      const deadline = setTimeout(() => abandon.abort(), stopGraceMs);
      await loop;
      clearTimeout(deadline);
    },
  };
}
