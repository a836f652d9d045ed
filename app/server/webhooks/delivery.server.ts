import { type SqlBool, sql } from "kysely";
import type { WebhookDeliveryRow } from "../../../db/schema";
import {
  DEFAULT_DISABLE_POLICY,
  type DisablePolicy,
  MAX_DELIVERY_ATTEMPTS,
  deliveryRetryDelayMs,
  shouldDisableEndpoint,
} from "../../domain/webhooks/retry";
import type { DB } from "../storage/db.server";
import { enqueueEmail } from "../mail/outbox.server";
import type { Resolver } from "./addresses.server";
import { type SendOutcome, postWebhook } from "./http-sender.server";
import { signedHeaders } from "./signing.server";

export const DELIVERY_LEASE_MS = 2 * 60_000;

export type DeliverySettings = {
  timeoutMs: number;
  allowPrivate: boolean;
  requireHttps: boolean;
  /** Who the administrators' email about a disabled endpoint comes from, and the portal's address for its link. */
  mail: { from: string; publicUrl: string };
  disablePolicy?: DisablePolicy;
  /** Base of the backoff (30 s); tests shorten it. */
  retryBaseMs?: number;
  now?: () => Date;
  random?: () => number;
  resolve?: Resolver;
  signal?: AbortSignal;
};

/**
 * Claims one due delivery of an enabled endpoint: the oldest pending one whose time has come, and
 * one whose sender died mid-send (its lease ran out) if there is one. The attempt is counted as
 * it is claimed, so a crash during the send still counts it. One writer at a time: two workers
 * never claim the same row.
 */
export async function claimDueDeliveries(
  db: DB,
  now: Date,
  leaseMs = DELIVERY_LEASE_MS,
): Promise<WebhookDeliveryRow[]> {
  return claimQuery(db, now, leaseMs).execute();
}

function claimQuery(db: DB, now: Date, leaseMs: number) {
  return db
    .updateTable("webhook_deliveries")
    .set({
      status: "sending",
      lease_until: new Date(now.getTime() + leaseMs).toISOString(),
      attempts: sql`attempts + 1`,
      last_attempt_at: now.toISOString(),
    })
    .where((eb) =>
      eb.or([eb("id", "in", pendingDueIds(db, now).limit(1)), eb("id", "in", abandonedIds(db, now).limit(1))]),
    )
    .returningAll();
}

/** The claim's statement as compiled, for a test of its query plan. */
export function claimQueryForPlan(db: DB, now = new Date()) {
  return claimQuery(db, now, DELIVERY_LEASE_MS).compile();
}

/** Deliveries to enabled endpoints, among those still to be sent (the rows `webhook_deliveries_due` holds). */
function unsentToEnabledEndpoints(db: DB) {
  return (
    db
      .selectFrom("webhook_deliveries")
      .innerJoin("webhook_endpoints", "webhook_endpoints.id", "webhook_deliveries.endpoint_id")
      .select("webhook_deliveries.id")
      .where("webhook_endpoints.enabled", "=", 1)
      // Written out rather than bound, so that SQLite can see the partial index's condition in it.
      .where(sql<SqlBool>`webhook_deliveries.status in ('pending', 'sending')`)
  );
}

/**
 * Pending deliveries whose time has come, oldest first, read in the order of the
 * `webhook_deliveries_due` index and stopping at the limit. Asked apart from the abandoned ones:
 * asked together (`or`), SQLite read every delivery ever made and sorted the due ones, on every
 * claim.
 */
function pendingDueIds(db: DB, now: Date) {
  return unsentToEnabledEndpoints(db)
    .where("webhook_deliveries.status", "=", "pending")
    .where("webhook_deliveries.next_attempt_at", "<=", now.toISOString())
    .orderBy("webhook_deliveries.next_attempt_at");
}

/** Deliveries whose sender died mid-send: still marked as sending after their lease ran out (index `webhook_deliveries_leased`). */
function abandonedIds(db: DB, now: Date) {
  return db
    .selectFrom("webhook_deliveries")
    .innerJoin("webhook_endpoints", "webhook_endpoints.id", "webhook_deliveries.endpoint_id")
    .select("webhook_deliveries.id")
    .where("webhook_endpoints.enabled", "=", 1)
    .where(sql<SqlBool>`webhook_deliveries.status = 'sending'`)
    .where("webhook_deliveries.lease_until", "<=", now.toISOString());
}

/** Whether any delivery is due, asked with reads that take no write lock (see `anyEmailDue`). */
export async function anyDeliveryDue(db: DB, now = new Date()): Promise<boolean> {
  const [pending, abandoned] = await Promise.all([
    pendingDueIds(db, now).limit(1).executeTakeFirst(),
    abandonedIds(db, now).limit(1).executeTakeFirst(),
  ]);
  return pending !== undefined || abandoned !== undefined;
}

/** The secrets that sign now: the current one, and the previous one during its overlap after a rotation. */
function signingSecrets(
  endpoint: { secret: string; previous_secret: string | null; previous_secret_until: string | null },
  now: Date,
): string[] {
  const previousValid =
    endpoint.previous_secret !== null &&
    endpoint.previous_secret_until !== null &&
    endpoint.previous_secret_until > now.toISOString();
  return previousValid ? [endpoint.secret, endpoint.previous_secret as string] : [endpoint.secret];
}

/**
 * Sends one claimed delivery and records the outcome. Delivered on a 2xx; otherwise retried
 * with backoff until its attempts are used up, then failed. Each failure counts against the
 * endpoint; once it has failed long and often enough (`DisablePolicy`) it is disabled and every
 * active administrator is told by email, in the same transaction.
 */
export async function sendDelivery(
  db: DB,
  delivery: WebhookDeliveryRow,
  settings: DeliverySettings,
): Promise<WebhookDeliveryRow["status"]> {
  const now = settings.now ?? (() => new Date());
  const endpoint = await db
    .selectFrom("webhook_endpoints")
    .selectAll()
    .where("id", "=", delivery.endpoint_id)
    .executeTakeFirst();
  if (!endpoint) return "failed";
  const started = now();
  const outcome: SendOutcome = await postWebhook(
    endpoint.url,
    signedHeaders(delivery.id, started, delivery.body, signingSecrets(endpoint, started)),
    delivery.body,
    {
      timeoutMs: settings.timeoutMs,
      allowPrivate: settings.allowPrivate,
      requireHttps: settings.requireHttps,
      resolve: settings.resolve,
      signal: settings.signal,
    },
  );
  const at = now();
  if (outcome.ok) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("webhook_deliveries")
        .set({
          status: "delivered",
          response_code: outcome.statusCode,
          last_error: null,
          lease_until: null,
          delivered_at: at.toISOString(),
        })
        .where("id", "=", delivery.id)
        .execute();
      await trx
        .updateTable("webhook_endpoints")
        .set({ consecutive_failures: 0, failing_since: null })
        .where("id", "=", endpoint.id)
        .execute();
    });
    return "delivered";
  }

  const exhausted = !outcome.retryable || delivery.attempts >= MAX_DELIVERY_ATTEMPTS;
  const nextAttempt = new Date(
    at.getTime() + deliveryRetryDelayMs(delivery.attempts, (settings.random ?? Math.random)(), settings.retryBaseMs),
  );
  const status = exhausted ? "failed" : "pending";
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("webhook_deliveries")
      .set({
        status,
        response_code: outcome.statusCode,
        last_error: outcome.error.slice(0, 500),
        lease_until: null,
        next_attempt_at: exhausted ? delivery.next_attempt_at : nextAttempt.toISOString(),
      })
      .where("id", "=", delivery.id)
      .execute();
    const failing = await trx
      .updateTable("webhook_endpoints")
      .set({
        consecutive_failures: sql`consecutive_failures + 1`,
        failing_since: sql`coalesce(failing_since, ${at.toISOString()})`,
      })
      .where("id", "=", endpoint.id)
      .returning(["consecutive_failures", "failing_since", "enabled"])
      .executeTakeFirstOrThrow();
    const disable =
      failing.enabled === 1 &&
      shouldDisableEndpoint(
        {
          consecutiveFailures: failing.consecutive_failures,
          failingSince: failing.failing_since ? new Date(failing.failing_since) : null,
        },
        at,
        settings.disablePolicy ?? DEFAULT_DISABLE_POLICY,
      );
    if (disable)
      await disableForFailures(trx, endpoint, failing.consecutive_failures, outcome.error, at, settings.mail);
  });
  return status;
}

async function disableForFailures(
  trx: DB,
  endpoint: { id: number; url: string },
  failures: number,
  lastError: string,
  at: Date,
  mail: DeliverySettings["mail"],
): Promise<void> {
  const reason = `Disabled after ${failures} failed deliveries in a row (last: ${lastError})`.slice(0, 500);
  await trx
    .updateTable("webhook_endpoints")
    .set({ enabled: 0, disabled_reason: reason, updated_at: at.toISOString() })
    .where("id", "=", endpoint.id)
    .execute();
  const admins = await trx
    .selectFrom("users")
    .select("email")
    .where("role", "=", "admin")
    .where("active", "=", 1)
    .execute();
  const link = `${mail.publicUrl}/admin/webhooks/${endpoint.id}`;
  const text = [
    `The webhook endpoint ${endpoint.url} has been disabled: it failed ${failures} deliveries in a row.`,
    `Last error: ${lastError}`,
    "",
    "Events are still queued for it. Once the receiver works again, enable the endpoint and they will be sent:",
    link,
  ].join("\n");
  const html = `<p>The webhook endpoint <strong>${escapeHtml(endpoint.url)}</strong> has been disabled: it failed ${failures} deliveries in a row.</p><p>Last error: ${escapeHtml(lastError)}</p><p>Events are still queued for it. Once the receiver works again, <a href="${escapeHtml(link)}">enable the endpoint</a> and they will be sent.</p>`;
  for (const admin of admins)
    await enqueueEmail(
      trx,
      {
        kind: "webhook-disabled",
        leadId: null,
        from: mail.from,
        to: admin.email,
        subject: "A webhook endpoint was disabled after repeated failures",
        html,
        text,
      },
      at,
    );
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character] as string,
  );
}

/** Deliveries sent side by side: a receiver that answers slowly holds only its own lane. */
export const DELIVERY_LANES = 4;

/** Claims and sends due deliveries until none are left (or `shouldStop`); returns how many were handled. */
export async function drainWebhookDeliveries(
  db: DB,
  settings: DeliverySettings & { lanes?: number; shouldStop?: () => boolean },
): Promise<number> {
  const now = settings.now ?? (() => new Date());
  if (!(await anyDeliveryDue(db, now()))) return 0;
  let handled = 0;
  const lane = async () => {
    for (;;) {
      if (settings.shouldStop?.()) return;
      const claimed = await claimDueDeliveries(db, now());
      if (claimed.length === 0) return;
      for (const delivery of claimed) {
        await sendDelivery(db, delivery, settings);
        handled += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: settings.lanes ?? DELIVERY_LANES }, lane));
  return handled;
}
