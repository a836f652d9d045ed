import SQLite from "better-sqlite3";
import { REFERENCE_SCHEMA_SQL } from "./rows";

/**
 * Opens a reference's database with the portal's settings (WAL, NORMAL sync, foreign keys, busy
 * timeout), written out here rather than imported so that a change to the portal does not move
 * the references it is measured against.
 */
export function openReferenceDatabase(databasePath: string): SQLite.Database {
  const connection = new SQLite(databasePath);
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = NORMAL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("busy_timeout = 5000");
  connection.exec(REFERENCE_SCHEMA_SQL);
  return connection;
}
