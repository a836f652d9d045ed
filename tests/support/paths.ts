import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const TMP_ROOT = path.join(PROJECT_ROOT, "tests", ".tmp");

/** A fresh directory and database file of its own for each test or test server. */
export function freshDatabasePath(label = "test"): string {
  const directory = path.join(TMP_ROOT, `${label}-${randomUUID()}`);
  mkdirSync(directory, { recursive: true });
  return path.join(directory, "impact-desk.db");
}
