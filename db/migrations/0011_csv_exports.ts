import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The audit trail of CSV exports: who took which view out of the portal, when, and how many
  // rows it held. A row is written when the export starts and completed when the last row has
  // been handed to the connection, so an export cut off half-way still shows, as unfinished.
  await db.schema
    .createTable("csv_exports")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("user_id", "integer", (col) => col.notNull().references("users.id"))
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("filters", "text", (col) => col.notNull())
    .addColumn("rows", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("outcome", "text", (col) => col.notNull().defaultTo("started"))
    .addColumn("started_at", "text", (col) => col.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await sql`create index csv_exports_by_time on csv_exports (started_at desc, id desc)`.execute(db);
}
