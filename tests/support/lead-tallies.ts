import { sql } from "kysely";
import type { DB } from "~/server/storage/db.server";

/**
 * The maintained lead tallies beside the same counts recounted from the leads themselves, in
 * the same order, so a test can compare the two with one `toEqual`.
 */
export async function talliesBesideRecount(db: DB) {
  const tallies = await db
    .selectFrom("lead_tallies")
    .selectAll()
    .orderBy("inbox_key")
    .orderBy("owner_key")
    .orderBy("band")
    .orderBy("status")
    .orderBy("erased")
    .execute();
  const recount = await sql<Record<string, unknown>>`
    select coalesce(inbox_id, 0) as inbox_key, coalesce(owner_id, 0) as owner_key, band, status, erased_at is not null as erased, count(*) as leads
    from leads group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
  `.execute(db);
  return { tallies, recounted: recount.rows };
}
