/** `npm run db:migrate`: applies pending migrations to the configured database. */
import { closeDb, getDb } from "../server/storage/db.server";
import { EnvError, getEnv } from "../server/env.server";
import { migrateToLatest } from "../server/storage/migrate.server";

try {
  const { databasePath } = getEnv();
  const applied = await migrateToLatest(getDb());
  console.log(
    applied.length > 0 ? `Applied to ${databasePath}: ${applied.join(", ")}` : `${databasePath} is up to date`,
  );
  await closeDb();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : `Migration failed: ${(error as Error).message}`);
  process.exit(1);
}
