import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A single-use link that reopens a draft in another browser; only the token's hash is kept.
  await db.schema
    .createTable("draft_resume_links")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("draft_id", "text", (col) => col.notNull().references("lead_drafts.id").onDelete("cascade"))
    .addColumn("email", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}
