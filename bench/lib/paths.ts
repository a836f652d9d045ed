import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { removeOnExit } from "./cleanup";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BENCH_ROOT = path.join(PROJECT_ROOT, "bench");
export const REFERENCES_ROOT = path.join(BENCH_ROOT, "references");

/** A fresh directory in the system's temporary space for one server's database, removed when the bench ends. */
export function freshTempDirectory(label: string): string {
  return removeOnExit(mkdtempSync(path.join(os.tmpdir(), `impact-desk-bench-${label}-`)));
}
