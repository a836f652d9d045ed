import type { AddressInfo } from "node:net";
import * as build from "@remix-run/dev/server-build";
import type { ServerBuild } from "@remix-run/node";
import { closeDb, getDb } from "./db.server";
import { EnvError, getEnv } from "./env.server";
import { createHttpApp } from "./http/app.server";
import { log } from "./log.server";
import { migrateToLatest } from "./migrate.server";
import { isDatabaseEmpty, seedDemoContent } from "./seed/seed.server";

const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  const env = getEnv();
  const db = getDb();

  const applied = await migrateToLatest(db);
  if (applied.length > 0) log.info(`Applied migrations: ${applied.join(", ")}`);
  if (await isDatabaseEmpty(db)) {
    const report = await seedDemoContent(db);
    log.info(`Seeded demo content: ${report.inserted} articles`);
  }

  const app = createHttpApp({ build: build as unknown as ServerBuild, db, env });
  const server = app.listen(env.port, env.host, () => {
    const { port } = server.address() as AddressInfo;
    const shownHost = env.host === "0.0.0.0" || env.host === "::" ? "localhost" : env.host;
    log.info(`Impact Desk is listening on http://${shownHost}:${port}`);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: finishing open requests, then closing the database`);
    // Stop accepting connections; idle keep-alive sockets are closed so close() can complete.
    server.close(async () => {
      await closeDb();
      log.info("Stopped cleanly");
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      log.error("Requests still open after the grace period; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) {
    log.error(error.message);
  } else {
    log.error(`Impact Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
