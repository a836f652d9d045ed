import { randomUUID } from "node:crypto";
import { type WebhookEventType, webhookBody } from "../../domain/webhooks/events";
import type { DB } from "../storage/db.server";

export type SubscribedEndpoint = { id: number; events: ReadonlySet<string> };

/**
 * How long the endpoint list may be reused without reading it again. Changes made from the admin
 * pages clear the cache at once; this bounds only changes made by another thread (the delivery
 * worker disabling an endpoint), which the worker also honours when it sends.
 */
export const ENDPOINT_CACHE_MS = 5_000;

type CacheEntry = { loadedAt: number; endpoints: Promise<SubscribedEndpoint[]> };
const caches = new WeakMap<DB, CacheEntry>();

async function loadEnabledEndpoints(db: DB): Promise<SubscribedEndpoint[]> {
  const rows = await db.selectFrom("webhook_endpoints").select(["id", "events"]).where("enabled", "=", 1).execute();
  return rows.map((row) => ({ id: row.id, events: new Set(JSON.parse(row.events) as string[]) }));
}

/**
 * The enabled endpoints, from a small cache: the submit path asks on every lead and should not
 * pay a query for a list that changes a few times a year. Call it before the change's
 * transaction (the cache reads through `db`, which the transaction holds while it runs).
 */
export function cachedEndpoints(db: DB, now = Date.now()): Promise<SubscribedEndpoint[]> {
  const entry = caches.get(db);
  if (entry && now - entry.loadedAt < ENDPOINT_CACHE_MS) return entry.endpoints;
  const endpoints = loadEnabledEndpoints(db);
  caches.set(db, { loadedAt: now, endpoints });
  // A failed read is not kept: the next caller tries again.
  endpoints.catch(() => caches.delete(db));
  return endpoints;
}

/** Forgets the cached endpoints of `db`; called by every change to an endpoint. */
export function invalidateEndpointCache(db: DB): void {
  caches.delete(db);
}

/** The enabled endpoints read inside the caller's transaction, for changes off the submit path. */
export function currentEndpoints(trx: DB): Promise<SubscribedEndpoint[]> {
  return loadEnabledEndpoints(trx);
}

/**
 * Queues `type` for every endpoint among `endpoints` subscribed to it: one row per endpoint, in
 * the caller's transaction, so the change and its deliveries are kept or lost together. Returns
 * the number queued (none when nothing subscribes, at no cost).
 */
export async function queueWebhookEvent(
  trx: DB,
  endpoints: readonly SubscribedEndpoint[],
  type: WebhookEventType,
  data: Record<string, unknown> & { lead?: { id: number } },
  now: Date,
): Promise<number> {
  const subscribed = endpoints.filter((endpoint) => endpoint.events.has(type));
  if (subscribed.length === 0) return 0;
  const body = webhookBody(type, data, now);
  const at = now.toISOString();
  await trx
    .insertInto("webhook_deliveries")
    .values(
      subscribed.map((endpoint) => ({
        id: `msg_${randomUUID()}`,
        endpoint_id: endpoint.id,
        event_type: type,
        lead_id: data.lead?.id ?? null,
        body,
        next_attempt_at: at,
        created_at: at,
      })),
    )
    .execute();
  return subscribed.length;
}

/** Queues `type` for the endpoints subscribed now, read inside the caller's transaction. */
export async function queueWebhookEventNow(
  trx: DB,
  type: WebhookEventType,
  data: Record<string, unknown> & { lead?: { id: number } },
  now: Date,
): Promise<number> {
  return queueWebhookEvent(trx, await currentEndpoints(trx), type, data, now);
}

/**
 * Erases the personal data that deliveries of `lead.created` (the one event that carries any) hold
 * for a lead: their bodies keep the event, the lead's number and reference; those not yet sent are
 * not sent, since the data must not leave after the erasure. Runs in the erasure's transaction.
 */
export async function eraseWebhookDeliveriesOf(trx: DB, lead: { id: number; reference: string }): Promise<void> {
  const deliveries = await trx
    .selectFrom("webhook_deliveries")
    .select(["id", "body"])
    .where("lead_id", "=", lead.id)
    .where("event_type", "=", "lead.created")
    .execute();
  for (const delivery of deliveries) {
    const envelope = JSON.parse(delivery.body) as Record<string, unknown>;
    const body = JSON.stringify({
      ...envelope,
      data: { lead: { id: lead.id, reference: lead.reference }, erased: true },
    });
    await trx.updateTable("webhook_deliveries").set({ body }).where("id", "=", delivery.id).execute();
  }
  await trx
    .updateTable("webhook_deliveries")
    .set({ status: "failed", lease_until: null, last_error: "Not sent: the lead's personal data was erased" })
    .where("lead_id", "=", lead.id)
    .where("event_type", "=", "lead.created")
    .where("status", "in", ["pending", "sending"])
    .execute();
}
