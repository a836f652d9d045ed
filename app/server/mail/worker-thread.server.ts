import { existsSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { createDatabase } from "../storage/db.server";
import { getEnv } from "../env.server";
import { log } from "../log.server";
import { scheduleMaintenance } from "../maintenance.server";
import { startBackgroundCheckpoints } from "../storage/wal-checkpoints.server";
import { createTransport } from "./transport.server";
import { type MailWorker, startMailWorker } from "./worker.server";
import { startWebhookWorker } from "../webhooks/worker.server";

/**
 * The mail worker (and the scheduled maintenance) runs in a thread of its own, with its own connection to the database file.
 * Rendering an email takes several milliseconds of CPU, and a burst of new leads queues two
 * emails each to send at once: on the thread that answers requests, that rendering would hold
 * up every page and every submit behind it. SQLite in WAL mode lets the two connections work
 * side by side; each waits its turn to write (busy timeout). The thread also takes the
 * write-ahead log's checkpoints, which would otherwise fall inside a request's commit.
 */

const ROLE = "mail-worker";
const STOP = "stop";
const RESTART_DELAY_MS = 5_000;

/** True in the mail worker's thread, which runs the same server module as the main thread. */
export function isMailWorkerThread(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** The thread's side: sends due emails until the main thread asks it to stop, then closes its connection. */
export function runMailWorkerThread(): void {
  yieldTheCpuToRequests();
  const env = getEnv();
  const db = createDatabase(env.databasePath);
  const worker = startMailWorker(db, createTransport(db, env));
  // Webhook deliveries go out from the same thread, off the path of requests (decision 029).
  const webhooks = startWebhookWorker(db, {
    timeoutMs: env.webhookTimeoutMs,
    allowPrivate: env.webhooksAllowPrivateNetworks,
    requireHttps: env.isProduction,
    mail: { from: env.mailFrom, publicUrl: env.publicUrl },
  });
  // The main thread leaves the write-ahead log's checkpoints to this thread (see storage/wal-checkpoints.server.ts).
  const checkpoints = startBackgroundCheckpoints(db);
  // The privacy notice's promises (deleting, pruning, erasing) are kept by the same thread.
  const maintenance = scheduleMaintenance(db, {
    retentionDays: env.leadRetentionDays,
    deliveryRetentionDays: env.webhookDeliveryRetentionDays,
    everyMs: env.maintenanceEveryMs,
  });
  parentPort?.once("message", (message: unknown) => {
    if (message !== STOP) return;
    checkpoints.stop();
    void Promise.all([worker.stop(), webhooks.stop(), maintenance.stop()])
      .then(() => db.destroy())
      .finally(() => parentPort?.close());
  });
}

/** How much lower than the request thread's the mail worker thread's CPU priority is: added to its nice value. */
export const WORKER_NICENESS = 10;
/** The lowest priority Linux has. */
const LOWEST_PRIORITY = 19;

/**
 * On Linux a thread has a nice value of its own, so the thread that renders and sends email can
 * step back for the one that answers requests: in a burst of new leads, each queues three or
 * four emails, and rendering them at equal priority took about half of the two cores the
 * submits needed. The emails go out from whatever CPU is left, moments later. Elsewhere the
 * value belongs to the whole process, so it is left alone.
 */
function yieldTheCpuToRequests(): void {
  if (process.platform !== "linux") return;
  try {
    // The thread starts with the server's nice value, whatever the server was started with.
    setPriority(Math.min(getPriority() + WORKER_NICENESS, LOWEST_PRIORITY));
  } catch (error) {
    log.warn(
      `The mail worker keeps the server's CPU priority: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * The module the thread runs: the thread's own bundle beside the server build (`npm run build`
 * writes build/mail-worker.js), which loads a fraction of what the server does; or, where there is
 * none (the development build), the server module itself, which runs the thread's side when it
 * finds itself in the thread.
 */
export function mailWorkerEntry(serverModule: string): URL {
  const own = new URL("./mail-worker.js", serverModule);
  return existsSync(fileURLToPath(own)) ? own : new URL(serverModule);
}

/**
 * The main thread's side: starts the thread from `entry` (see `mailWorkerEntry`) and starts it
 * again if it ever dies. Stopping lets the send in progress finish and hands claimed jobs back.
 */
export function startMailWorkerThread(entry: URL): MailWorker {
  let stopping = false;
  let thread: Worker;
  let exited: Promise<void>;
  const start = () => {
    thread = new Worker(entry, { workerData: { role: ROLE } });
    exited = new Promise((resolve) => {
      thread.once("exit", (code) => {
        resolve();
        if (stopping) return;
        log.error(
          `The mail worker stopped unexpectedly (exit code ${code}); starting it again in ${RESTART_DELAY_MS / 1000} s`,
        );
        setTimeout(() => !stopping && start(), RESTART_DELAY_MS).unref();
      });
    });
    thread.on("error", (error) => log.error(`Mail worker: ${error.message}`));
  };
  start();
  return {
    stop: async () => {
      stopping = true;
      thread.postMessage(STOP);
      await exited;
    },
  };
}
