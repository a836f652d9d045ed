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

/** How many distinct statements a connection keeps prepared. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely sees it, with prepared statements kept by their SQL and reused, least
 * recently used first out. Kysely prepares every query it runs; most queries here are the same
 * few dozen texts with different values, and preparing one costs about as much as running it.
 * Kysely runs each statement to completion before the next (`all` or `run`), so sharing one
 * prepared statement between queries is safe.
 */
export function withStatementCache(connection: SQLite.Database, size = STATEMENT_CACHE_SIZE) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    statements,
    close: () => {
      statements.clear();
      connection.close();
    },
    prepare: (sql: string): SQLite.Statement => {
      const known = statements.get(sql);
      if (known) {
        statements.delete(sql);
        statements.set(sql, known);
        return known;
      }
      const statement = connection.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}

export function sqliteDialect(databasePath: string): SqliteDialect {
  return new SqliteDialect({ database: withStatementCache(openSqlite(databasePath)) });
}
