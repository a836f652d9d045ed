import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A call a visitor booked from their summary. `host` is whom the call is with: "user:<id>" for
  // the lead's consultant, "inbox:<id>" while the lead waits in an inbox. A moved call is a new
  // row; the old one is marked moved. `uid` and `sequence` are the calendar invitation's, kept
  // across moves so calendars update the event instead of adding another.
  await db.schema
    .createTable("call_bookings")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("lead_id", "integer", (col) => col.notNull().references("leads.id"))
    .addColumn("host", "text", (col) => col.notNull())
    .addColumn("host_name", "text", (col) => col.notNull())
    .addColumn("host_email", "text", (col) => col.notNull())
    .addColumn("starts_at", "text", (col) => col.notNull())
    .addColumn("ends_at", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull().defaultTo("booked"))
    .addColumn("visitor_time_zone", "text", (col) => col.notNull())
    .addColumn("manage_token_hash", "text", (col) => col.notNull().unique())
    .addColumn("uid", "text", (col) => col.notNull())
    .addColumn("sequence", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("ended_at", "text")
    .execute();
  // The database, not the application, guarantees a slot is booked once: two visitors pressing
  // "Book" for the same time at the same moment cannot both succeed.
  await db.schema
    .createIndex("call_bookings_slot_once")
    .unique()
    .on("call_bookings")
    .columns(["host", "starts_at"])
    .where(sql.ref("status"), "=", "booked")
    .execute();
  // One booked call per lead at a time; moving it ends the old one in the same transaction.
  await db.schema
    .createIndex("call_bookings_one_per_lead")
    .unique()
    .on("call_bookings")
    .column("lead_id")
    .where(sql.ref("status"), "=", "booked")
    .execute();

  // The local mailbox keeps what a provider would get: the Reply-To and attachments (the .ics).
  await db.schema.alterTable("mailbox_messages").addColumn("reply_to", "text").execute();
  await db.schema.alterTable("mailbox_messages").addColumn("attachments", "text").execute();
}
