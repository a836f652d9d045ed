import type { AddressInfo } from "node:net";
import * as build from "@remix-run/dev/server-build";
import { type ServerBuild, broadcastDevReady } from "@remix-run/node";
import { renderStaleArticleHtml } from "./articles/articles.server";
import { closeDb, getDb } from "./storage/db.server";
import { EnvError, getEnv } from "./env.server";
import { createHttpApp } from "./http/app.server";
import { log } from "./log.server";
import { createTransport } from "./mail/transport.server";
import {
  isMailWorkerThread,
  mailWorkerEntry,
  runMailWorkerThread,
  startMailWorkerThread,
} from "./mail/worker-thread.server";
import { currentDictionary } from "./leads/documents.server";
import { migrateToLatest } from "./storage/migrate.server";
import { leaveCheckpointsToAnotherConnection } from "./storage/wal-checkpoints.server";
import { DEMO_PASSWORD } from "../../db/seed/team";
import { demoSignIn, seedWhereEmpty } from "./seed/seed.server";

/** How long open requests get to finish after SIGTERM before their connections are closed. */
const SHUTDOWN_GRACE_MS = 10_000;
/** A last resort, should closing itself hang: well past the grace and the mail worker's own limit. */
const SHUTDOWN_LIMIT_MS = 30_000;

async function main() {
  const env = getEnv();
  const db = getDb();

  const applied = await migrateToLatest(db);
  if (applied.length > 0) log.info(`Applied migrations: ${applied.join(", ")}`);
  const rendered = await renderStaleArticleHtml(db);
  if (rendered > 0) log.info(`Rendered the HTML of ${rendered} articles with the current Markdown renderer`);
  const seeded = await seedWhereEmpty(db, { demoPassword: env.isProduction ? null : DEMO_PASSWORD });
  if (seeded.articles !== null) log.info(`Seeded demo content: ${seeded.articles} articles`);
  if (seeded.team) log.info("Seeded the demo inboxes, consultants and routing rules");
  // Made (or read) now rather than by the first visitor's submit.
  await currentDictionary(db);

  const transport = createTransport(db, env);
  log.info(
    transport.name === "resend"
      ? "Email goes out through Resend"
      : "Email goes to the local mailbox kept in the database (no RESEND_API_KEY set)",
  );
  const mailWorker = startMailWorkerThread(mailWorkerEntry(import.meta.url));
  await leaveCheckpointsToAnotherConnection(db);

  const app = createHttpApp({ build: build as unknown as ServerBuild, db, env });
  const server = app.listen(env.port, env.host, () => {
    const { port } = server.address() as AddressInfo;
    const shownHost = env.host === "0.0.0.0" || env.host === "::" ? "localhost" : env.host;
    log.info(`Impact Desk is listening on http://${shownHost}:${port}`);
    // Under `npm run dev` the Remix compiler waits for this before it reloads the browser.
    if (env.nodeEnv === "development" && process.env.REMIX_DEV_ORIGIN)
      void broadcastDevReady(build as unknown as ServerBuild);
    void demoSignIn(db).then((demo) => {
      if (demo)
        log.info(`Demo admin sign-in at http://${shownHost}:${port}/admin/login: ${demo.email} / ${demo.password}`);
    });
  });

  let stopping = false;
  /**
   * Stops in a bounded time and always closes the database: requests under way get the grace
   * period, then their connections are closed; the mail worker finishes or abandons its sends
   * (decision 016). Only then is the database closed, so its write-ahead log is checkpointed and
   * removed, and the process exits 0.
   */
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: finishing open requests and the emails being sent, then closing the database`);
    setTimeout(() => {
      log.error("Could not stop in time; exiting without closing the database");
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    const grace = setTimeout(() => {
      log.warn(`Requests still open after ${SHUTDOWN_GRACE_MS / 1000} s; closing their connections`);
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    // Stop accepting connections; idle keep-alive sockets are closed so close() can complete.
    // The grace is for requests alone: a mail worker slower to stop (a maintenance run under way)
    // must not have open connections blamed and closed.
    const closed = new Promise<void>((resolve) => server.close(() => resolve())).then(() => clearTimeout(grace));
    server.closeIdleConnections();
    await Promise.all([closed, mailWorker.stop()]);
    await closeDb();
    log.info("Stopped cleanly");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

// Without a bundle of its own (the development build), the thread runs this module; there it only runs the worker.
if (isMailWorkerThread()) runMailWorkerThread();
else
  main().catch((error: unknown) => {
    if (error instanceof EnvError) {
      log.error(error.message);
    } else {
      log.error(`Impact Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  });
