import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { runMaintenance } from "~/server/maintenance.server";
import { listDeliveries } from "~/server/webhooks/endpoints.server";
import { createTestDatabase } from "../support/db";

/**
 * Maintenance deletes finished webhook deliveries past their retention period, and nothing an
 * endpoint's page lists or the worker still has to send.
 */

const NOW = new Date("2026-12-01T12:00:00.000Z");
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

type Status = "pending" | "sending" | "delivered" | "failed";
type Delivery = { id: string; status: Status; createdDaysAgo: number; triedDaysAgo?: number };

let db: DB;
let endpoint: Record<"busy" | "quiet" | "steady", number>;
let listedBefore: Record<string, string[]>;
let deleted: number;

async function addEndpoint(url: string): Promise<number> {
  const row = await db
    .insertInto("webhook_endpoints")
    .values({
      url,
      description: "",
      events: JSON.stringify(["lead.created"]),
      secret: "whsec_dGVzdA==",
      created_at: ago(400),
      updated_at: ago(400),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function addDeliveries(endpointId: number, deliveries: Delivery[]): Promise<void> {
  await db
    .insertInto("webhook_deliveries")
    .values(
      deliveries.map((delivery) => ({
        id: delivery.id,
        endpoint_id: endpointId,
        event_type: "lead.created",
        lead_id: null,
        body: "{}",
        status: delivery.status,
        attempts: 1,
        next_attempt_at: ago(delivery.createdDaysAgo),
        last_attempt_at: ago(delivery.triedDaysAgo ?? delivery.createdDaysAgo),
        delivered_at: delivery.status === "delivered" ? ago(delivery.triedDaysAgo ?? delivery.createdDaysAgo) : null,
        created_at: ago(delivery.createdDaysAgo),
      })),
    )
    .execute();
}

const many = (prefix: string, count: number, status: Status, fromDaysAgo: number): Delivery[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    status,
    createdDaysAgo: fromDaysAgo + index / 10,
  }));

const remaining = async (endpointId: number) =>
  (
    await db.selectFrom("webhook_deliveries").select("id").where("endpoint_id", "=", endpointId).orderBy("id").execute()
  ).map((row) => row.id);

const listed = async (endpointId: number) => (await listDeliveries(db, endpointId)).map((delivery) => delivery.id);

beforeAll(async () => {
  ({ db } = await createTestDatabase("webhook-retention"));
  endpoint = {
    busy: await addEndpoint("https://crm.example/hooks"),
    quiet: await addEndpoint("https://quiet.example/hooks"),
    steady: await addEndpoint("https://steady.example/hooks"),
  };
  // Busy: sixty deliveries this week, and older ones in every state.
  await addDeliveries(endpoint.busy, [
    ...many("busy-recent", 60, "delivered", 1),
    ...many("busy-old", 20, "delivered", 40),
    { id: "busy-old-failed", status: "failed", createdDaysAgo: 45 },
    { id: "busy-old-retrying", status: "pending", createdDaysAgo: 45, triedDaysAgo: 31 },
    { id: "busy-old-sending", status: "sending", createdDaysAgo: 45, triedDaysAgo: 31 },
    { id: "busy-old-resent", status: "delivered", createdDaysAgo: 50, triedDaysAgo: 2 },
  ]);
  // Quiet: three deliveries, all long ago.
  await addDeliveries(endpoint.quiet, many("quiet", 3, "delivered", 90));
  // Steady: fifty-two old deliveries, two more than its page lists.
  await addDeliveries(endpoint.steady, many("steady", 52, "delivered", 60));
  listedBefore = Object.fromEntries(
    await Promise.all(Object.entries(endpoint).map(async ([name, id]) => [name, await listed(id)] as const)),
  );
  deleted = (await runMaintenance(db, { retentionDays: 730, deliveryRetentionDays: 30, now: NOW })).webhookDeliveries;
});

afterAll(async () => {
  await db?.destroy();
});

describe("pruning webhook deliveries", () => {
  it("deletes delivered and finally failed deliveries older than the retention period, and says how many", async () => {
    const busy = await remaining(endpoint.busy);
    expect(busy.filter((id) => id.startsWith("busy-old-") && /\d$/.test(id))).toEqual([]);
    expect(busy).not.toContain("busy-old-failed");
    expect(deleted).toBe(20 + 1 + 2);
  });

  it("keeps deliveries still to be sent, and one resent within the period", async () => {
    expect(await remaining(endpoint.busy)).toEqual(
      expect.arrayContaining(["busy-old-retrying", "busy-old-sending", "busy-old-resent"]),
    );
    expect((await remaining(endpoint.busy)).filter((id) => id.startsWith("busy-recent"))).toHaveLength(60);
  });

  it("keeps every delivery an endpoint's page lists, however old", async () => {
    expect(await remaining(endpoint.quiet)).toHaveLength(3);
    expect(await remaining(endpoint.steady)).toHaveLength(50);
    for (const [name, id] of Object.entries(endpoint)) expect(await listed(id), name).toEqual(listedBefore[name]);
  });

  it("deletes nothing more when run again", async () => {
    expect(
      (await runMaintenance(db, { retentionDays: 730, deliveryRetentionDays: 30, now: NOW })).webhookDeliveries,
    ).toBe(0);
  });
});
