import { afterEach, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { TEST_PASSWORD, giveTeamPasswords } from "../support/admin-client";
import { type TestServer, runServerExpectingExit, startServer } from "../support/server";

const running: { server: TestServer; db: DB }[] = [];
afterEach(async () => {
  for (const { server, db } of running.splice(0)) {
    await db.destroy();
    await server.stop();
  }
});

/** The address the server recorded for a sign-in that arrived with this X-Forwarded-For. */
async function clientAddressSeen(trustProxy: string | undefined, forwardedFor: string): Promise<string | null> {
  const server = await startServer(trustProxy === undefined ? {} : { TRUST_PROXY: trustProxy });
  const db = createDatabase(server.databasePath);
  running.push({ server, db });
  await giveTeamPasswords(db);
  const response = await fetch(`${server.baseUrl}/admin/login`, {
    method: "POST",
    body: new URLSearchParams({ email: DEMO_ADMIN_EMAIL, password: TEST_PASSWORD }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": forwardedFor },
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  return (await db.selectFrom("sessions").select("ip").executeTakeFirstOrThrow()).ip;
}

describe("the client address behind proxies", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", async () => {
    expect(await clientAddressSeen(undefined, "198.51.100.7")).toBe("127.0.0.1");
  });

  it("with one trusted hop, is the address our proxy saw, not what the client claimed", async () => {
    // The client sent "X-Forwarded-For: 198.51.100.7"; our proxy appended the address it saw.
    expect(await clientAddressSeen("1", "198.51.100.7, 203.0.113.9")).toBe("203.0.113.9");
  });

  it("with a list of proxy ranges, is the first hop outside them", async () => {
    expect(await clientAddressSeen("loopback,10.0.0.0/8", "198.51.100.7, 203.0.113.9, 10.1.2.3")).toBe("203.0.113.9");
  });

  it("refuses to start with TRUST_PROXY=true, saying why", async () => {
    const { code, output } = await runServerExpectingExit({ TRUST_PROXY: "true", SESSION_SECRET: "s".repeat(32) });
    expect(code).toBe(1);
    expect(output).toContain("TRUST_PROXY must name the proxies to trust");
  });
});
