import { DEFAULT_CALENDAR } from "~/domain/sla";
import { type DB, createDatabase } from "~/server/storage/db.server";
import type { SubmitContext } from "~/server/leads/submit.server";
import { migrateToLatest } from "~/server/storage/migrate.server";
import { seedDemoTeam } from "~/server/seed/team.server";
import { freshDatabasePath } from "./paths";

/** A migrated database in a file of its own, with the demo inboxes, consultants and routing rules. */
export async function createTestDatabase(label = "unit"): Promise<{ db: DB; path: string }> {
  const path = freshDatabasePath(label);
  const db = createDatabase(path);
  await migrateToLatest(db);
  await seedDemoTeam(db);
  return { db, path };
}

/** What submitting needs besides the draft: the secret, mail settings and the business calendar. */
export function testSubmitContext(now?: Date): SubmitContext {
  return {
    secret: "x".repeat(40),
    mail: {
      from: "Meridian Regulatory Audit <hello@meridian-audit.example>",
      firmName: "Meridian Regulatory Audit",
      publicUrl: "https://impact.example",
    },
    calendar: DEFAULT_CALENDAR,
    now,
  };
}
