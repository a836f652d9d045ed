import { type DB, createDatabase } from "~/server/db.server";
import { migrateToLatest } from "~/server/migrate.server";
import { freshDatabasePath } from "./paths";

/** A migrated database in a file of its own. */
export async function createTestDatabase(label = "unit"): Promise<{ db: DB; path: string }> {
  const path = freshDatabasePath(label);
  const db = createDatabase(path);
  await migrateToLatest(db);
  return { db, path };
}
