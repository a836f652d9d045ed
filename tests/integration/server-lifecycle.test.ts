import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createDatabase } from "~/server/storage/db.server";
import { runServerExpectingExit, startServer } from "../support/server";

describe("server lifecycle", () => {
  it("refuses to start with a bad setting and names it", async () => {
    const { code, output } = await runServerExpectingExit({ PORT: "not-a-port", SESSION_SECRET: "s".repeat(32) });
    expect(code).toBe(1);
    expect(output).toContain("PORT must be a number");
  });

  it("refuses to start in production without a session secret", async () => {
    const { code, output } = await runServerExpectingExit({ NODE_ENV: "production" });
    expect(code).toBe(1);
    expect(output).toContain("SESSION_SECRET is required in production");
  });

  it("stops cleanly on SIGTERM after closing the database", async () => {
    const server = await startServer();
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    const code = await server.stop("SIGTERM");
    expect(code).toBe(0);
    expect(server.output()).toContain("Stopped cleanly");
  });

  it("finishes a request that is in flight when SIGINT arrives", async () => {
    const server = await startServer();
    const pending = fetch(`${server.baseUrl}/insights`);
    server.process.kill("SIGINT");
    const response = await pending.catch(() => null);
    // Either the request was already accepted and completes, or it had not reached the server.
    if (response) expect(response.status).toBe(200);
    expect(await server.stop()).toBe(0);
  });

  it("stays live but stops being ready while the database cannot take a write, and says why", async () => {
    const server = await startServer();
    const blocker = new SQLite(server.databasePath);
    blocker.pragma("busy_timeout = 5000");
    blocker.exec("begin immediate");
    try {
      const [live, ready] = await Promise.all([
        fetch(`${server.baseUrl}/healthz/live`),
        fetch(`${server.baseUrl}/healthz/ready`),
      ]);
      expect(live.status).toBe(200);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "unavailable", db: "ok", write: "error" });
    } finally {
      blocker.exec("rollback");
      blocker.close();
    }
    expect(server.output()).toMatch(/Not ready: the database cannot take a write: database is locked/);
    const healthy = await fetch(`${server.baseUrl}/healthz`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toEqual({ status: "ok", db: "ok", write: "ok" });
    await server.stop();
  }, 30_000);

  it("prints the demo admin's sign-in outside production", async () => {
    const server = await startServer({ NODE_ENV: "development" });
    await expect
      .poll(() => server.output(), { timeout: 10_000 })
      .toMatch(/Demo admin sign-in at http:\/\/127\.0\.0\.1:\d+\/admin\/login: partner@meridian-audit\.example \/ \S+/);
    await server.stop();
  });

  it("gives demo accounts no password in production", async () => {
    const server = await startServer({}, { database: "empty" });
    await server.stop();
    const db = createDatabase(server.databasePath);
    const passwords = await db.selectFrom("users").select("password_hash").execute();
    await db.destroy();
    expect(passwords.length).toBeGreaterThan(0);
    expect(passwords.every((row) => row.password_hash === null)).toBe(true);
  });

  it("migrates and seeds an empty database on first start, and only once", async () => {
    const first = await startServer({}, { database: "empty" });
    await first.stop();
    expect(first.output()).toMatch(/Seeded demo content: \d+ articles/);
    const second = await startServer({ DATABASE_PATH: first.databasePath });
    await second.stop();
    expect(second.output()).not.toContain("Seeded demo content");
    expect(second.output()).not.toContain("Applied migrations");
    // Two starts of the built server, the first migrating and seeding: more than the default
    // budget when the machine is busy.
  }, 60_000);
});
