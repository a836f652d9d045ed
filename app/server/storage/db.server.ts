import { Kysely } from "kysely";
import type { Database } from "../../../db/schema";
import { getEnv } from "../env.server";
import { sqliteDialect } from "./sqlite.server";

export type DB = Kysely<Database>;

export function createDatabase(databasePath: string): DB {
  return new Kysely<Database>({ dialect: sqliteDialect(databasePath) });
}

let instance: DB | undefined;

/** The process-wide database, opened on first use from the validated settings. */
export function getDb(): DB {
  instance ??= createDatabase(getEnv().databasePath);
  return instance;
}

export async function closeDb(): Promise<void> {
  if (!instance) return;
  const closing = instance;
  instance = undefined;
  await closing.destroy();
}
