import { bench, describe } from "vitest";
import { topRegimes } from "~/server/inbox/leads.server";
import { createDatabase } from "~/server/storage/db.server";
import { migrateToLatest } from "~/server/storage/migrate.server";
import { seedDemoTeam } from "~/server/seed/team.server";
import { openSqlite } from "~/server/storage/sqlite.server";
import { generateLeads } from "../../bench/data/generate-leads";
import { freshDatabasePath } from "../support/paths";

// An inbox page: the fifty newest of a thousand leads made by `npm run bench:data`'s generator
// (varied profiles through the real assessment), some five hundred verdicts in all.
const databasePath = freshDatabasePath("bench-regimes");
const db = createDatabase(databasePath);
await migrateToLatest(db);
await seedDemoTeam(db);
await generateLeads(db, openSqlite(databasePath), { count: 1_000, seed: 17 });
const pageIds = (await db.selectFrom("leads").select("id").orderBy("id", "desc").limit(50).execute()).map(
  (row) => row.id,
);

describe("reading an inbox page's regime verdicts", () => {
  bench("topRegimes: one JSON array, sorted and cut to the top three", async () => {
    await topRegimes(db, pageIds);
  });

  // The reference is the query the inbox made before: a row per verdict, not yet sorted.
  bench("reference: a row per verdict", async () => {
    await db
      .selectFrom("lead_regimes")
      .select(["lead_id", "regime", "status", "exposure"])
      .where("lead_id", "in", pageIds)
      .where("status", "in", ["likely", "possible"])
      .execute();
  });
});
