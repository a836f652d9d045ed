import { type CompiledQuery, sql } from "kysely";
import { DEFAULT_CALENDAR } from "~/domain/sla";
import { type DB, createDatabase } from "~/server/storage/db.server";
import type { SubmitContext } from "~/server/leads/submit.server";

import { copyTemplate } from "./template-db";
/**
 * A migrated database in a file of its own, with the demo inboxes, consultants and routing rules:
 * a copy of the run's template, so no test pays for the migrations again.
 */
export async function createTestDatabase(label = "unit"): Promise<{ db: DB; path: string }> {
  const path = await copyTemplate("team", label);
  const db = createDatabase(path);
  // Opened now, as migrating it used to: a test that closes it closes a live connection.
  await sql`select 1`.execute(db);
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

/** SQLite's plan for a compiled query, one line per step, read through the same connection. */
export async function queryPlan(db: DB, query: CompiledQuery): Promise<string[]> {
  const result = await db.executeQuery<{ detail: string }>({
    ...query,
    sql: `explain query plan ${query.sql}`,
  } as CompiledQuery<{ detail: string }>);
  return result.rows.map((row) => row.detail);
}
