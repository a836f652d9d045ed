/**
 * `npm run db:seed [-- --articles <dir>]`: migrates, then upserts the demo content. Running it
 * again changes nothing unless a source file changed; a malformed file stops it before any write.
 */
import { parseArgs } from "node:util";
import { renderStaleArticleHtml } from "../server/articles/articles.server";
import { closeDb, getDb } from "../server/storage/db.server";
import { EnvError, getEnv } from "../server/env.server";
import { migrateToLatest } from "../server/storage/migrate.server";
import { SeedFileError } from "../server/seed/article-files.server";
import { seedDemoContent } from "../server/seed/seed.server";
import { DEMO_PASSWORD } from "../../db/seed/team";

try {
  const { values } = parseArgs({ options: { articles: { type: "string" } } });
  const { databasePath } = getEnv();
  const db = getDb();
  await migrateToLatest(db);
  await renderStaleArticleHtml(db);
  const report = await seedDemoContent(db, {
    articlesDirectory: values.articles,
    demoPassword: getEnv().isProduction ? null : DEMO_PASSWORD,
  });
  console.log(
    `Seeded ${databasePath}: ${report.inserted} articles added, ${report.updated} updated, ${report.unchanged} unchanged; ` +
      `${report.team?.inboxes ?? 0} inboxes and ${report.team?.users ?? 0} consultants added${report.team?.ruleset ? ", demo routing rules installed" : ""}`,
  );
  await closeDb();
} catch (error) {
  if (error instanceof EnvError || error instanceof SeedFileError) console.error(error.message);
  else console.error(`Seeding failed: ${(error as Error).message}`);
  await closeDb();
  process.exit(1);
}
