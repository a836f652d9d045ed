/** `npm run mail:work`: sends every email that is due now, once, and exits. */
import { closeDb, getDb } from "../server/storage/db.server";
import { EnvError, getEnv } from "../server/env.server";
import { drainOutbox } from "../server/mail/outbox.server";
import { createTransport } from "../server/mail/transport.server";
import { emailStillWanted } from "../server/mail/worker.server";
import { migrateToLatest } from "../server/storage/migrate.server";

try {
  const env = getEnv();
  const db = getDb();
  await migrateToLatest(db);
  const transport = createTransport(db, env);
  const handled = await drainOutbox(db, transport, { stillWanted: emailStillWanted(db) });
  const waiting = await db
    .selectFrom("outbox")
    .select(["status"])
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .groupBy("status")
    .execute();
  console.log(
    `Handled ${handled} emails through ${transport.name}. Outbox: ${waiting.map((row) => `${row.count} ${row.status}`).join(", ") || "empty"}`,
  );
  await closeDb();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : `Mail run failed: ${(error as Error).message}`);
  process.exit(1);
}
