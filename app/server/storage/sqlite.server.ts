import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";

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

/**
 * Transactions take the write lock when they begin (`begin immediate`), waiting up to the busy
 * timeout for it. A plain `begin` reads first and asks for the lock at its first write; if another
 * connection (the mail worker's, a script's) committed in between, SQLite refuses at once with
 * "database is locked", without waiting, because the transaction's reads may be stale.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }

  /**
   * SQLite itself rolls a transaction back when a write fails with SQLITE_FULL, SQLITE_IOERR or
   * SQLITE_NOMEM; the rollback asked for afterwards then fails with "no transaction is active",
   * and that error would replace the real cause. There is nothing left to undo, so it is ignored.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      if (!(error instanceof Error && /no transaction is active/.test(error.message))) throw error;
    }
  }

  /**
   * Hands the connection to the next query only after the event loop has had a turn. better-sqlite3
   * answers at once, so without this every waiting query and transaction would run back to back
   * in one chain of promise callbacks, and no new request — a reader's page, a health check —
   * would be read from its socket until a burst of submits had been written.
   */
  override async releaseConnection(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    await super.releaseConnection();
  }
}

class PortalSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.#config);
  }
}

export function sqliteDialect(databasePath: string): SqliteDialect {
  return new PortalSqliteDialect({ database: withStatementCache(openSqlite(databasePath)) });
}
