import { sql } from "kysely";
import type { DB } from "../storage/db.server";
import { log } from "../log.server";

export type Readiness = { status: "ok" | "unavailable"; db: "ok" | "error"; write: "ok" | "error" };

/**
 * Whether the portal can serve: the database answers a read and takes a write. A database that
 * reads but cannot write (a full disk, a lock held too long) would let pages render while every
 * submit fails, so a load balancer should stop sending visitors here.
 */
export async function checkReadiness(db: DB, now = new Date()): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    report(`the database does not answer: ${causeOf(error)}`);
    return { status: "unavailable", db: "error", write: "error" };
  }
  try {
    await db
      .insertInto("health_checks")
      .values({ id: 1, checked_at: now.toISOString() })
      .onConflict((conflict) => conflict.column("id").doUpdateSet({ checked_at: now.toISOString() }))
      .execute();
  } catch (error) {
    report(`the database cannot take a write: ${causeOf(error)}`);
    return { status: "unavailable", db: "ok", write: "error" };
  }
  report(null);
  return { status: "ok", db: "ok", write: "ok" };
}

let lastProblem: string | null = null;

/** Logs when readiness is lost (with the cause) and when it comes back, not at every probe. */
function report(problem: string | null) {
  if (problem === lastProblem) return;
  if (problem) log.error(`Not ready: ${problem}`);
  else if (lastProblem) log.info("Ready again: the database reads and writes");
  lastProblem = problem;
}

function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
