/**
 * Migrated databases made once per run and copied per test file or test server, so a test file
 * pays for a file copy instead of every migration, the demo seed and the document dictionary.
 *
 * Each template is written to a temporary name, closed (which checkpoints the write-ahead log
 * into the main file and removes it) and only then renamed into place: a copy taken of a
 * template is always a complete, self-contained database.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { renderStaleArticleHtml } from "~/server/articles/articles.server";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { currentDictionary } from "~/server/leads/documents.server";
import { migrateToLatest } from "~/server/storage/migrate.server";
import { seedWhereEmpty } from "~/server/seed/seed.server";
import { seedDemoTeam } from "~/server/seed/team.server";
import { TMP_ROOT, freshDatabasePath } from "./paths";

export type TemplateKind = "team" | "server";

const TEMPLATE_DIR = path.join(TMP_ROOT, "templates");

/**
 * What each template holds. "team": the schema and the demo inboxes, consultants and routing
 * rules, as tests of server code in the test process start from. "server": what the built server
 * makes of an empty database when it starts in production (articles, the team without passwords,
 * the document dictionary), so a server started on a copy has nothing left to do.
 */
const FILL: Record<TemplateKind, (db: DB) => Promise<unknown>> = {
  team: async (db) => {
    await migrateToLatest(db);
    await seedDemoTeam(db);
  },
  server: async (db) => {
    await migrateToLatest(db);
    await renderStaleArticleHtml(db);
    await seedWhereEmpty(db, { demoPassword: null });
    await currentDictionary(db);
  },
};

const templatePath = (kind: TemplateKind) => path.join(TEMPLATE_DIR, `${kind}.db`);

async function makeTemplate(kind: TemplateKind): Promise<void> {
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  const partial = path.join(TEMPLATE_DIR, `${kind}-${process.pid}-${Date.now()}.partial.db`);
  const db = createDatabase(partial);
  try {
    await FILL[kind](db);
  } finally {
    await db.destroy();
  }
  renameSync(partial, templatePath(kind));
  for (const leftover of ["-wal", "-shm"]) rmSync(partial + leftover, { force: true });
}

/** Makes every template afresh: once per run, before the first test file (vitest's global setup). */
export async function makeTemplates(): Promise<void> {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  await Promise.all((Object.keys(FILL) as TemplateKind[]).map(makeTemplate));
}

/**
 * A database file of its own, copied from the template of that kind. Made on the spot when the
 * run's global setup has not made it (a test run by other means).
 */
export async function copyTemplate(kind: TemplateKind, label: string): Promise<string> {
  if (!existsSync(templatePath(kind))) await makeTemplate(kind);
  const target = freshDatabasePath(label);
  copyFileSync(templatePath(kind), target);
  return target;
}
