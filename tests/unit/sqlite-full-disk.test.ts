import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { freshDatabasePath } from "../support/paths";

let db: DB | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

describe("a write that fails because the database is full", () => {
  it("reports the real cause, not a failed rollback", async () => {
    db = createDatabase(freshDatabasePath("full"));
    await sql`create table filler (body text)`.execute(db);
    // As a full disk does: the file may not grow by another page.
    const pages = await sql<{ page_count: number }>`pragma page_count`.execute(db);
    await sql.raw(`pragma max_page_count = ${Number(pages.rows[0]?.page_count ?? 1) + 1}`).execute(db);

    const writing = db.transaction().execute(async (trx) => {
      for (let row = 0; row < 50; row += 1)
        await sql`insert into filler (body) values (${"x".repeat(8_000)})`.execute(trx);
    });
    await expect(writing).rejects.toThrow(/database or disk is full/);
    // The connection is usable afterwards, outside any transaction.
    expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }]);
  });
});
