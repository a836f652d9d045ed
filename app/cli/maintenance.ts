/** `npm run maintenance`: one maintenance run now (what the server's worker does every few hours), then exits. */
import { closeDb, getDb } from "../server/storage/db.server";
import { EnvError, getEnv } from "../server/env.server";
import { describeMaintenance, runMaintenance } from "../server/maintenance.server";
import { migrateToLatest } from "../server/storage/migrate.server";

try {
  const env = getEnv();
  const db = getDb();
  await migrateToLatest(db);
  console.log(
    describeMaintenance(
      await runMaintenance(db, {
        retentionDays: env.leadRetentionDays,
        deliveryRetentionDays: env.webhookDeliveryRetentionDays,
      }),
    ),
  );
  await closeDb();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : `Maintenance failed: ${(error as Error).message}`);
  process.exit(1);
}
