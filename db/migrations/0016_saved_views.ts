import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // An inbox view someone named: its filters and search as a query string, kept for its owner
  // alone or shared with the team, in the order its owner chose.
  await db.schema
    .createTable("saved_views")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("owner_id", "integer", (col) => col.notNull().references("users.id"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("query", "text", (col) => col.notNull())
    .addColumn("shared", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("position", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await sql`create index saved_views_by_owner on saved_views (owner_id, position)`.execute(db);
  await sql`create index saved_views_shared on saved_views (position) where shared = 1`.execute(db);
}
