import SQLite from "better-sqlite3";

const POLL_MS = 100;

/**
 * Waits until the portal has sent every email that is due, reading its database (reminders queued
 * for later stay queued and do not count). Resolves with the seconds it waited, or null when
 * emails were still due after `timeoutMs`.
 */
export async function waitForDueEmailsSent(databasePath: string, timeoutMs = 180_000): Promise<number | null> {
  const db = new SQLite(databasePath, { readonly: true, fileMustExist: true });
  const started = performance.now();
  try {
    const due = db.prepare(
      "SELECT count(*) AS jobs FROM outbox WHERE status IN ('pending', 'sending') AND next_attempt_at <= ?",
    );
    while (performance.now() - started < timeoutMs) {
      const { jobs } = due.get(new Date().toISOString()) as { jobs: number };
      if (jobs === 0) return (performance.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return null;
  } finally {
    db.close();
  }
}
