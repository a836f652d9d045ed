import { type Generated, Kysely, SqliteDialect } from "kysely";
import { openReferenceDatabase } from "../../shared/database";
import type { ReferenceRows } from "../../shared/rows";

type ReferenceDatabase = {
  leads: ReferenceRows["lead"] & { id: Generated<number> };
  lead_events: ReferenceRows["event"] & { id: Generated<number>; lead_id: number };
  outbox: ReferenceRows["outboxJob"] & { lead_id: number };
};

function databasePath(): string {
  const value = process.env.DATABASE_PATH;
  if (!value) throw new Error("DATABASE_PATH must name the reference's database file");
  return value;
}

/**
 * One Kysely instance over one better-sqlite3 connection, as the portal has, opened (and its
 * tables made) when the server loads rather than on the first request.
 */
export const db = new Kysely<ReferenceDatabase>({
  dialect: new SqliteDialect({ database: openReferenceDatabase(databasePath()) }),
});
