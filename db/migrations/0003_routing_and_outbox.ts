import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("email", "text", (col) => col.notNull().unique())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("role", "text", (col) => col.notNull().check(sql`role in ('admin', 'consultant')`))
    .addColumn("active", "integer", (col) => col.notNull().defaultTo(1))
    // How many open leads a consultant takes before routing passes them by.
    .addColumn("capacity", "integer", (col) => col.notNull().defaultTo(25))
    .addColumn("out_of_office_from", "text")
    .addColumn("out_of_office_until", "text")
    .addColumn("last_assigned_at", "text")
    .addColumn("password_hash", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("inboxes")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("slug", "text", (col) => col.notNull().unique())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("address", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("inbox_members")
    .addColumn("inbox_id", "integer", (col) => col.notNull().references("inboxes.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("weight", "real", (col) => col.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("inbox_members_pk", ["inbox_id", "user_id"])
    .execute();

  // A routing ruleset is one validated document; exactly one version is active at a time.
  await db.schema
    .createTable("routing_rulesets")
    .addColumn("version", "text", (col) => col.primaryKey())
    .addColumn("ruleset", "text", (col) => col.notNull())
    .addColumn("active", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .alterTable("leads")
    .addColumn("inbox_id", "integer", (col) => col.references("inboxes.id"))
    .execute();
  await db.schema
    .alterTable("leads")
    .addColumn("owner_id", "integer", (col) => col.references("users.id"))
    .execute();
  await db.schema.alterTable("leads").addColumn("routing_version", "text").execute();
  await db.schema.alterTable("leads").addColumn("routing_trace", "text").execute();
  await db.schema.alterTable("leads").addColumn("sla_due_at", "text").execute();
  await db.schema.alterTable("leads").addColumn("first_response_at", "text").execute();
  await db.schema.createIndex("leads_owner_status").on("leads").columns(["owner_id", "status"]).execute();
  await db.schema.createIndex("leads_inbox_status").on("leads").columns(["inbox_id", "status"]).execute();

  await db.schema
    .createTable("outbox")
    // The id doubles as the provider's idempotency key: a re-sent job is recognised as the same email.
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("lead_id", "integer", (col) => col.references("leads.id"))
    .addColumn("from_address", "text", (col) => col.notNull())
    .addColumn("to_address", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("html", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) =>
      col
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending', 'sending', 'sent', 'failed', 'dead', 'cancelled')`),
    )
    .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (col) => col.notNull())
    .addColumn("lease_until", "text")
    .addColumn("provider", "text")
    .addColumn("provider_id", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema.createIndex("outbox_due").on("outbox").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("outbox_lead").on("outbox").column("lead_id").execute();

  await db.schema
    .createTable("mailbox_messages")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("outbox_id", "text", (col) => col.notNull().unique())
    .addColumn("lead_id", "integer")
    .addColumn("from_address", "text", (col) => col.notNull())
    .addColumn("to_address", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("html", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}
