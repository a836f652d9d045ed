import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The conversation with a lead: emails consultants wrote to it and the replies that came back
  // (decision 026). A written email is sent through the outbox (`outbox_id`); a received one keeps
  // the provider's id, unique, so a delivery seen twice is stored once.
  await db.schema
    .createTable("lead_messages")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("lead_id", "integer", (col) => col.notNull().references("leads.id"))
    .addColumn("direction", "text", (col) => col.notNull().check(sql`direction in ('sent', 'received')`))
    .addColumn("author_id", "integer", (col) => col.references("users.id"))
    .addColumn("from_address", "text", (col) => col.notNull())
    .addColumn("to_address", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("outbox_id", "text")
    .addColumn("provider_email_id", "text", (col) => col.unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await sql`create index lead_messages_by_lead on lead_messages (lead_id, id)`.execute(db);

  // Deliveries of the inbound webhook already handled, by their signed message id, so a
  // captured delivery sent again is refused. Rows older than the signature's tolerance can go.
  await db.schema
    .createTable("inbound_webhooks")
    .addColumn("webhook_id", "text", (col) => col.primaryKey())
    .addColumn("email_id", "text", (col) => col.notNull())
    .addColumn("received_at", "text", (col) => col.notNull())
    .execute();
}
