import { sql } from "kysely";
import type { DB } from "./db.server";

/**
 * How often a background worker asks whether the thread that answers requests has committed:
 * the longest an email or webhook queued by a request waits before its worker looks for it.
 */
export const COMMIT_CHECK_MS = 100;

/**
 * Tells a connection whether another connection has committed to the database file since it
 * last asked. SQLite's `data_version` changes on a connection whenever another one commits; it
 * is read from shared memory, so asking costs microseconds and takes no lock. Each watcher keeps
 * its own last value, so several watchers can share one connection. The first call answers true.
 */
export function watchOtherCommits(db: DB): () => Promise<boolean> {
  let seen: number | undefined;
  return async () => {
    const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
    const version = rows[0]?.data_version;
    const changed = version !== seen;
    seen = version;
    return changed;
  };
}
