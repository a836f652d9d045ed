import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Server-side sessions: the cookie holds a random token, the table only its hash, so a copy
  // of the database signs nobody in, and deleting a row ends the session at once.
  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (col) => col.primaryKey())
    .addColumn("user_id", "integer", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("last_seen_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  // Failed sign-ins by account and by client address, for throttling.
  await db.schema
    .createTable("sign_in_failures")
    .addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
    .addColumn("key", "text", (col) => col.notNull())
    .addColumn("at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("sign_in_failures_key_at").on("sign_in_failures").columns(["key", "at"]).execute();

  // Single-use links to set a password, for a reset or an invitation; only their hash is kept.
  await db.schema
    .createTable("password_links")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("user_id", "integer", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("purpose", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}
