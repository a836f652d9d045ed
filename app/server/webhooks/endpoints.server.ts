import type { WebhookEventType } from "../../domain/webhooks/events";
import type { DB } from "../storage/db.server";
import { type Resolver, UnsafeAddressError, resolvePublicAddresses } from "./addresses.server";
import { invalidateEndpointCache } from "./queue.server";
import { newSigningSecret } from "./signing.server";
import { DELIVERY_LIST_LENGTH, type DeliverySummary, type EndpointSummary } from "../../domain/webhooks/summaries";
import { RefusedError } from "../http/refused-error.server";

export type { DeliverySummary, EndpointSummary };

/** How long the previous secret keeps signing beside the new one after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/**
 * Refuses an address whose host is, or resolves to, a non-public address (unless private networks
 * are allowed). Checked again at every send, since DNS may change after saving.
 */
export async function checkEndpointHost(
  url: string,
  { allowPrivate, resolve }: { allowPrivate: boolean; resolve?: Resolver },
): Promise<void> {
  try {
    await resolvePublicAddresses(new URL(url).hostname, { allowPrivate, resolve });
  } catch (error) {
    if (error instanceof UnsafeAddressError) throw new RefusedError(error.message, { field: "url" });
    throw error;
  }
}

export type NewEndpoint = { url: string; description: string; events: WebhookEventType[] };

/** Adds an endpoint with a secret of its own; the secret is returned to be shown this once. */
export async function createEndpoint(
  db: DB,
  endpoint: NewEndpoint,
  { allowPrivate, resolve, now = new Date() }: { allowPrivate: boolean; resolve?: Resolver; now?: Date },
): Promise<{ id: number; secret: string }> {
  await checkEndpointHost(endpoint.url, { allowPrivate, resolve });
  const secret = newSigningSecret();
  const at = now.toISOString();
  const row = await db
    .insertInto("webhook_endpoints")
    .values({
      url: endpoint.url,
      description: endpoint.description,
      events: JSON.stringify(endpoint.events),
      secret,
      created_at: at,
      updated_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  invalidateEndpointCache(db);
  return { id: row.id, secret };
}

const SUMMARY_COLUMNS = ["id", "url", "description", "events", "enabled", "disabled_reason", "created_at"] as const;

function toSummary(row: {
  id: number;
  url: string;
  description: string;
  events: string;
  enabled: number;
  disabled_reason: string | null;
  created_at: string;
}): EndpointSummary {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: JSON.parse(row.events) as string[],
    enabled: row.enabled === 1,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at,
  };
}

export async function listEndpoints(db: DB): Promise<EndpointSummary[]> {
  const rows = await db.selectFrom("webhook_endpoints").select(SUMMARY_COLUMNS).orderBy("id").execute();
  return rows.map(toSummary);
}

export type EndpointDetails = EndpointSummary & { previousSecretUntil: string | null };

export async function findEndpoint(db: DB, id: number, now = new Date()): Promise<EndpointDetails | null> {
  const row = await db
    .selectFrom("webhook_endpoints")
    .select([...SUMMARY_COLUMNS, "previous_secret_until"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const overlap = row.previous_secret_until && row.previous_secret_until > now.toISOString();
  return { ...toSummary(row), previousSecretUntil: overlap ? row.previous_secret_until : null };
}

/** The endpoint's latest deliveries, newest first. */
export async function listDeliveries(
  db: DB,
  endpointId: number,
  limit = DELIVERY_LIST_LENGTH,
): Promise<DeliverySummary[]> {
  const rows = await db
    .selectFrom("webhook_deliveries")
    .select([
      "id",
      "event_type",
      "status",
      "attempts",
      "response_code",
      "last_error",
      "created_at",
      "last_attempt_at",
      "next_attempt_at",
    ])
    .where("endpoint_id", "=", endpointId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    responseCode: row.response_code,
    lastError: row.last_error,
    createdAt: row.created_at,
    lastAttemptAt: row.last_attempt_at,
    nextAttemptAt: row.next_attempt_at,
  }));
}

/**
 * Issues a new secret; the previous one keeps signing beside it for a day (Standard Webhooks
 * allows several signatures), so the receiver can change its secret without losing a message.
 */
export async function rotateSecret(db: DB, id: number, now = new Date()): Promise<string> {
  const secret = newSigningSecret();
  const updated = await db
    .updateTable("webhook_endpoints")
    .set((eb) => ({
      previous_secret: eb.ref("secret"),
      previous_secret_until: new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString(),
      secret,
      updated_at: now.toISOString(),
    }))
    .where("id", "=", id)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw new RefusedError("There is no such endpoint.", { field: "form" });
  return secret;
}

/** Enables or disables an endpoint. Enabling clears its failure count; deliveries queued meanwhile go out. */
export async function setEndpointEnabled(db: DB, id: number, enabled: boolean, now = new Date()): Promise<void> {
  await db
    .updateTable("webhook_endpoints")
    .set({
      enabled: enabled ? 1 : 0,
      disabled_reason: enabled ? null : "Disabled by an administrator",
      consecutive_failures: 0,
      failing_since: null,
      updated_at: now.toISOString(),
    })
    .where("id", "=", id)
    .execute();
  invalidateEndpointCache(db);
}

/** Deletes an endpoint and its deliveries. */
export async function deleteEndpoint(db: DB, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("webhook_deliveries").where("endpoint_id", "=", id).execute();
    await trx.deleteFrom("webhook_endpoints").where("id", "=", id).execute();
  });
  invalidateEndpointCache(db);
}

/**
 * Queues a delivery again at once, under the same `webhook-id` (a receiver that stored it already
 * can tell), with a fresh count of attempts. Only a delivery of this endpoint that is not being sent.
 */
export async function resendDelivery(db: DB, endpointId: number, deliveryId: string, now = new Date()): Promise<void> {
  const updated = await db
    .updateTable("webhook_deliveries")
    .set({ status: "pending", attempts: 0, next_attempt_at: now.toISOString(), lease_until: null })
    .where("id", "=", deliveryId)
    .where("endpoint_id", "=", endpointId)
    .where("status", "in", ["delivered", "failed", "pending"])
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n)
    throw new RefusedError("That delivery is not one of this endpoint's, or it is being sent now.", {
      field: "deliveryId",
    });
}
