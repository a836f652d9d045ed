import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_FAILURE_LIMIT } from "~/server/auth/auth.server";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { hashPassword } from "~/server/auth/passwords.server";
import { type TestServer, startServer } from "../support/server";

const PASSWORD = "correct horse battery staple";
let server: TestServer;
let db: DB;

beforeAll(async () => {
  server = await startServer();
  db = createDatabase(server.databasePath);
  const now = new Date().toISOString();
  await db
    .insertInto("users")
    .values({
      email: "target@firm.example",
      name: "Target",
      role: "consultant",
      password_hash: await hashPassword(PASSWORD),
      created_at: now,
      updated_at: now,
    })
    .execute();
});
afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

const attempt = (password: string) =>
  fetch(`${server.baseUrl}/admin/login`, {
    method: "POST",
    body: new URLSearchParams({ email: "target@firm.example", password }),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });

describe("the sign-in throttle under parallel guesses", () => {
  it("lets no more than the limit of 30 simultaneous wrong passwords be checked; the rest wait with 429", async () => {
    const statuses = (
      await Promise.all(Array.from({ length: 30 }, (_, index) => attempt(`guess number ${index}`)))
    ).map((response) => response.status);
    expect(statuses.filter((status) => status === 400).length).toBeLessThanOrEqual(ACCOUNT_FAILURE_LIMIT);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(30 - ACCOUNT_FAILURE_LIMIT);
    expect((await attempt(PASSWORD)).status).toBe(429);
  }, 60_000);
});
