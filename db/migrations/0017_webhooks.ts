import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Where administrators send events (decision 029). The signing secret is kept as issued: it is
  // needed in the clear to sign. After a rotation the previous secret signs beside the new one
  // until `previous_secret_until`, so a receiver can switch over without losing a delivery.
  await db.schema
    .createTable("webhook_endpoints")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("url", "text", (col) => col.notNull())
    .addColumn("description", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("events", "text", (col) => col.notNull())
    .addColumn("secret", "text", (col) => col.notNull())
    .addColumn("previous_secret", "text")
    .addColumn("previous_secret_until", "text")
    .addColumn("enabled", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("disabled_reason", "text")
    .addColumn("consecutive_failures", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("failing_since", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  // One message to one endpoint, written in the transaction of the change it reports (like the
  // email outbox). Its id is the `webhook-id` header, the same on every attempt, so a receiver can
  // tell a retry from a new event. The body is fixed when queued: every attempt sends the same bytes.
  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("endpoint_id", "integer", (col) => col.notNull().references("webhook_endpoints.id"))
    .addColumn("event_type", "text", (col) => col.notNull())
    // The lead the event is about, so erasing the lead can erase what its deliveries carry.
    .addColumn("lead_id", "integer")
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) =>
      col
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending', 'sending', 'delivered', 'failed')`),
    )
    .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (col) => col.notNull())
    .addColumn("lease_until", "text")
    .addColumn("response_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("last_attempt_at", "text")
    .addColumn("delivered_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await sql`create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status in ('pending', 'sending')`.execute(
    db,
  );
  await sql`create index webhook_deliveries_by_lead on webhook_deliveries (lead_id) where lead_id is not null`.execute(
    db,
  );
  await sql`create index webhook_deliveries_by_endpoint on webhook_deliveries (endpoint_id, created_at desc)`.execute(
    db,
  );
}
