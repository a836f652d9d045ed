import { sql } from "kysely";
import type { DB } from "./db.server";

export type Health = { status: "ok" | "unavailable"; db: "ok" | "error" };

/** Asks the database a trivial question; any failure means the portal cannot serve. */
export async function checkHealth(db: DB): Promise<Health> {
  try {
    await sql`select 1`.execute(db);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "unavailable", db: "error" };
  }
}
