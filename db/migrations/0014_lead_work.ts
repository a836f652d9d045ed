import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Follow-ups: a task on a lead for one person, due on a calendar day of the business time zone.
  // The reminder is an outbox job queued with the task (its id kept here), so it is sent once, by
  // the worker, and a task done before its day has its reminder cancelled rather than sent.
  await db.schema
    .createTable("lead_tasks")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("lead_id", "integer", (col) => col.notNull().references("leads.id"))
    .addColumn("owner_id", "integer", (col) => col.notNull().references("users.id"))
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("due_on", "text", (col) => col.notNull())
    .addColumn("created_by", "integer", (col) => col.notNull().references("users.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("done_at", "text")
    .addColumn("done_by", "integer", (col) => col.references("users.id"))
    .addColumn("reminder_outbox_id", "text")
    .execute();
  // "Due today" reads one person's open tasks up to a day; the lead page reads a lead's tasks.
  await sql`create index lead_tasks_open_by_owner on lead_tasks (owner_id, due_on) where done_at is null`.execute(db);
  await sql`create index lead_tasks_by_lead on lead_tasks (lead_id, due_on)`.execute(db);
  await sql`create index lead_tasks_by_reminder on lead_tasks (reminder_outbox_id)`.execute(db);

  // A one-time message for the next page the session opens ("Contact logged"), as JSON.
  await db.schema.alterTable("sessions").addColumn("flash", "text").execute();
}
