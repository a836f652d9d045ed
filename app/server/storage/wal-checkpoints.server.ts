import { sql } from "kysely";
import type { DB } from "./db.server";
import { log } from "../log.server";

/**
 * Write-ahead-log checkpoints taken off the thread that answers requests.
 *
 * In WAL mode every commit appends the pages it changed to the log, and by default the
 * connection whose commit takes the log past 1,000 pages copies the log back into the database
 * file and syncs it, inside that commit. A new lead changes a few dozen pages (the row, its
 * indexes, the search index, the outbox), so every thirtieth submit or so paid for a checkpoint,
 * and the readers queued behind it waited too. The server's main connection turns automatic
 * checkpoints off and a connection in the mail worker's thread runs passive checkpoints instead:
 * they copy what no reader still needs, never wait for a lock and never block a writer.
 */

/** How often the background connection checkpoints; the log grows by at most a second of writes. */
export const CHECKPOINT_INTERVAL_MS = 1_000;

export type CheckpointResult = { busy: boolean; logPages: number; checkpointedPages: number };

/** Stops the connection from checkpointing in its own commits; another connection must then do it. */
export async function leaveCheckpointsToAnotherConnection(db: DB): Promise<void> {
  await sql`pragma wal_autocheckpoint = 0`.execute(db);
}

/** One passive checkpoint: copies the committed pages no reader still needs back into the database file. */
export async function checkpointOnce(db: DB): Promise<CheckpointResult> {
  const { rows } = await sql<{
    busy: number;
    log: number;
    checkpointed: number;
  }>`pragma wal_checkpoint(PASSIVE)`.execute(db);
  const row = rows[0] ?? { busy: 0, log: 0, checkpointed: 0 };
  return { busy: row.busy !== 0, logPages: row.log, checkpointedPages: row.checkpointed };
}

/** Runs a passive checkpoint every interval until stopped. */
export function startBackgroundCheckpoints(db: DB, intervalMs = CHECKPOINT_INTERVAL_MS): { stop: () => void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    checkpointOnce(db)
      .catch((error: unknown) =>
        log.error(
          `Checkpoint of the database's write-ahead log failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
