import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { SqliteDialect } from "kysely";

/**
 * Everything that is specific to SQLite lives here, so another Kysely dialect can be
 * added for deployments that outgrow one machine.
 */
export function openSqlite(databasePath: string): SQLite.Database {
  if (databasePath !== ":memory:") mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  const connection = new SQLite(databasePath);
  // WAL lets readers proceed while one writer commits; NORMAL sync is durable under WAL
  // except for the last transactions on power loss, the usual trade for a web workload.
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = NORMAL");
  connection.pragma("foreign_keys = ON");
  // A writer waits for another rather than failing at once with SQLITE_BUSY.
  connection.pragma("busy_timeout = 5000");
  return connection;
}

export function sqliteDialect(databasePath: string): SqliteDialect {
  return new SqliteDialect({ database: openSqlite(databasePath) });
}
