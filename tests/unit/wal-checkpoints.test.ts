import { statSync } from "node:fs";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { checkpointOnce, leaveCheckpointsToAnotherConnection } from "~/server/storage/wal-checkpoints.server";
import { freshDatabasePath } from "../support/paths";

const PAGE_BYTES = 4096;
const open: DB[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

/** Two connections to one new file, as the server's main thread and its worker thread have. */
async function twoConnections() {
  const path = freshDatabasePath("checkpoints");
  const requests = createDatabase(path);
  const background = createDatabase(path);
  open.push(requests, background);
  await sql`create table filler (id integer primary key, body blob not null)`.execute(requests);
  return { path, requests, background };
}

/** Commits enough rows to pass SQLite's automatic checkpoint threshold (1,000 pages) several times. */
async function writePages(db: DB, pages: number) {
  for (let written = 0; written < pages; written += 10) {
    await sql`insert into filler (body) values (randomblob(${PAGE_BYTES * 10}))`.execute(db);
  }
}

const walBytes = (path: string) => statSync(`${path}-wal`).size;

describe("checkpoints of the write-ahead log", () => {
  it("are not taken by a connection that leaves them to another, however long its log grows", async () => {
    const { path, requests } = await twoConnections();
    await leaveCheckpointsToAnotherConnection(requests);
    await writePages(requests, 3000);
    expect(walBytes(path)).toBeGreaterThan(3000 * PAGE_BYTES);
  });

  it("copy the whole log back into the database when another connection takes one", async () => {
    const { requests, background } = await twoConnections();
    await leaveCheckpointsToAnotherConnection(requests);
    await writePages(requests, 2000);
    const result = await checkpointOnce(background);
    expect(result.busy).toBe(false);
    expect(result.logPages).toBeGreaterThan(2000);
    expect(result.checkpointedPages).toBe(result.logPages);
  });

  it("let the next writes reuse the log from its start, so it stops growing", async () => {
    const { path, requests, background } = await twoConnections();
    await leaveCheckpointsToAnotherConnection(requests);
    await writePages(requests, 2000);
    await checkpointOnce(background);
    const afterFirstRound = walBytes(path);
    await writePages(requests, 1000);
    expect(walBytes(path)).toBe(afterFirstRound);
    const rows = await sql<{ n: number }>`select count(*) as n from filler`.execute(background);
    expect(rows.rows[0]?.n).toBe(300);
  });
});
