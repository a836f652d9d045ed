import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row the readiness check rewrites: a database that answers reads but cannot take a
  // write (a full disk, a lock held elsewhere) is not ready to serve the flow or the admin.
  await db.schema
    .createTable("health_checks")
    .addColumn("id", "integer", (col) => col.primaryKey())
    .addColumn("checked_at", "text", (col) => col.notNull())
    .execute();

  // Why a draft's contact step looked automated (sent back faster than a person types), or null.
  // A submission so marked becomes an "unconfirmed" lead rather than being refused (issue 12).
  await db.schema.alterTable("lead_drafts").addColumn("suspected", "text").execute();
}
