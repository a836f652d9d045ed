import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/server/auth/passwords.server";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { ACCOUNT_FAILURE_LIMIT, signIn } from "~/server/auth/auth.server";
import { type TestServer, startServer } from "../support/server";
import { createTestDatabase } from "../support/db";

const PASSWORD = "correct horse battery staple";
let server: TestServer;
let db: DB;

beforeAll(async () => {
  server = await startServer();
  db = createDatabase(server.databasePath);
  const now = new Date().toISOString();
  const hash = await hashPassword(PASSWORD);
  await db
    .insertInto("users")
    .values(
      ["ada", "grace", "throttled", "timing", "forgetful", "lapsed"].map((name) => ({
        email: `${name}@firm.example`,
        name,
        role: "consultant" as const,
        password_hash: hash,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
});
afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

async function post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${server.baseUrl}${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    redirect: "manual",
  });
}

async function signInAs(email: string, password = PASSWORD, cookie?: string) {
  const response = await post("/admin/login", { email, password }, cookie ? { Cookie: cookie } : {});
  return { response, cookie: response.headers.get("set-cookie")?.split(";")[0] ?? null };
}

/** The sign-in page sends a signed-in user on to the admin; anyone else sees the form. */
async function isSignedIn(cookie: string) {
  const response = await fetch(`${server.baseUrl}/admin/login`, { headers: { Cookie: cookie }, redirect: "manual" });
  return response.status === 302;
}

describe("signing in", () => {
  it("shows a labelled sign-in form", async () => {
    const page = await (await fetch(`${server.baseUrl}/admin/login`)).text();
    expect(page).toContain('<label for="email"');
    expect(page).toContain('<label for="password"');
  });

  it("starts a server-side session in an http-only, SameSite=Lax cookie", async () => {
    const { response, cookie } = await signInAs("ada@firm.example");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/admin");
    expect(response.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    expect(response.headers.get("set-cookie")).toMatch(/SameSite=Lax/i);
    expect(response.headers.get("set-cookie")).toMatch(/Secure/i);
    expect(await isSignedIn(cookie ?? "")).toBe(true);
  });

  it("gives a new session id at every sign-in and ends the one presented", async () => {
    const first = await signInAs("grace@firm.example");
    const second = await signInAs("grace@firm.example", PASSWORD, first.cookie ?? "");
    expect(second.cookie).not.toBe(first.cookie);
    expect(await isSignedIn(first.cookie ?? "")).toBe(false);
    expect(await isSignedIn(second.cookie ?? "")).toBe(true);
  });

  it("answers a wrong password and an unknown email alike, with 400 and no session", async () => {
    const sessionsBefore = await db.selectFrom("sessions").select("id_hash").execute();
    const wrong = await signInAs("ada@firm.example", "not the password");
    const unknown = await signInAs("nobody@firm.example", "whatever");
    expect([wrong.response.status, unknown.response.status]).toEqual([400, 400]);
    const [wrongText, unknownText] = [await wrong.response.text(), await unknown.response.text()];
    expect(wrongText).toContain("That email and password do not match an active account.");
    expect(unknownText).toContain("That email and password do not match an active account.");
    expect(await db.selectFrom("sessions").select("id_hash").execute()).toEqual(sessionsBefore);
  });

  it("refuses a missing password with a field message", async () => {
    const response = await post("/admin/login", { email: "ada@firm.example", password: "" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('id="password-error"');
  });

  it("makes an account wait after repeated failures, and says so", async () => {
    for (let attempt = 0; attempt < ACCOUNT_FAILURE_LIMIT; attempt += 1)
      await signInAs("throttled@firm.example", "wrong");
    const blocked = await signInAs("throttled@firm.example");
    expect(blocked.response.status).toBe(429);
    expect(await blocked.response.text()).toContain("Too many failed sign-ins");
    expect(blocked.cookie).toBeNull();
  });

  it("never sends a user to another site after sign-in", async () => {
    const response = await post("/admin/login", {
      email: "ada@firm.example",
      password: PASSWORD,
      next: "https://evil.example/admin",
    });
    expect(response.headers.get("location")).toBe("/admin");
  });

  it("goes to the admin, with one session and no error, when next carries CR/LF", async () => {
    const sessionsBefore = (await db.selectFrom("sessions").select("id_hash").execute()).length;
    const response = await post("/admin/login", {
      email: "ada@firm.example",
      password: PASSWORD,
      next: "/admin/leads\r\nSet-Cookie: planted=1",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/admin");
    expect(response.headers.get("set-cookie")).not.toContain("planted");
    expect((await db.selectFrom("sessions").select("id_hash").execute()).length).toBe(sessionsBefore + 1);
  });

  it("refuses a cross-site sign-in post", async () => {
    const response = await post(
      "/admin/login",
      { email: "ada@firm.example", password: PASSWORD },
      { Origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
  });

  it("ignores a forged session cookie", async () => {
    expect(await isSignedIn("impact_session=forged.value")).toBe(false);
  });
});

describe("sessions", () => {
  it("end on the server at sign-out: the old cookie opens nothing", async () => {
    const { cookie } = await signInAs("ada@firm.example");
    const out = await post("/admin/logout", {}, { Cookie: cookie ?? "" });
    expect(out.status).toBe(302);
    expect(out.headers.get("location")).toBe("/admin/login");
    expect(await isSignedIn(cookie ?? "")).toBe(false);
  });

  it("end after eight hours without a request", async () => {
    const { cookie } = await signInAs("ada@firm.example");
    await db
      .updateTable("sessions")
      .set({ last_seen_at: new Date(Date.now() - 9 * 3_600_000).toISOString() })
      .where("revoked_at", "is", null)
      .execute();
    expect(await isSignedIn(cookie ?? "")).toBe(false);
  });

  it("end a week after sign-in however busy", async () => {
    const { cookie } = await signInAs("ada@firm.example");
    await db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("revoked_at", "is", null)
      .execute();
    expect(await isSignedIn(cookie ?? "")).toBe(false);
  });
});

describe("the sign-in check", () => {
  it("takes as long for an unknown email as for a wrong password", async () => {
    const { db: local } = await createTestDatabase("timing");
    const now = new Date().toISOString();
    await local
      .insertInto("users")
      .values({
        email: "timing@firm.example",
        name: "T",
        role: "consultant",
        password_hash: await hashPassword(PASSWORD),
        created_at: now,
        updated_at: now,
      })
      .execute();
    const time = async (email: string, ip: string) => {
      const start = performance.now();
      await signIn(local, { email, password: "wrong password", ip });
      return performance.now() - start;
    };
    await time("warm@firm.example", "10.0.0.0");
    const known: number[] = [];
    const unknown: number[] = [];
    for (let n = 0; n < 4; n += 1) {
      known.push(await time("timing@firm.example", `10.0.1.${n}`));
      unknown.push(await time(`ghost${n}@firm.example`, `10.0.2.${n}`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
    await local.destroy();
  }, 30_000);
});

describe("resetting a password", () => {
  /** The reset link the server's mail worker delivered to an address. */
  async function resetPathFor(email: string): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const message = await db
        .selectFrom("mailbox_messages")
        .select("text")
        .where("to_address", "=", email)
        .orderBy("id", "desc")
        .executeTakeFirst();
      const path = message?.text.match(/\/admin\/reset\/[A-Za-z0-9_-]+/)?.[0];
      if (path) return path;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`No reset email reached ${email}`);
  }

  it("answers the same for known and unknown addresses, and mails only the known one", async () => {
    const known = await post("/admin/forgot", { email: "forgetful@firm.example" });
    const unknown = await post("/admin/forgot", { email: "stranger@firm.example" });
    expect([known.status, unknown.status]).toEqual([200, 200]);
    expect(await known.text()).toContain("If an account uses that address");
    expect(await unknown.text()).toContain("If an account uses that address");
    const queued = await db.selectFrom("outbox").select("to_address").where("kind", "=", "password-reset").execute();
    expect(queued.map((row) => row.to_address)).toContain("forgetful@firm.example");
    expect(queued.map((row) => row.to_address)).not.toContain("stranger@firm.example");
  });

  it("sets a new password once through the emailed link and signs out every session", async () => {
    const before = await signInAs("forgetful@firm.example");
    await post("/admin/forgot", { email: "forgetful@firm.example" });
    const link = await resetPathFor("forgetful@firm.example");
    expect((await fetch(`${server.baseUrl}${link}`)).status).toBe(200);

    const mismatch = await post(link, { password: "a brand new passphrase", confirm: "something else entirely" });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain('id="confirm-error"');

    const saved = await post(link, { password: "a brand new passphrase", confirm: "a brand new passphrase" });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe("/admin/login?reset=1");
    expect(await isSignedIn(before.cookie ?? "")).toBe(false);
    expect((await signInAs("forgetful@firm.example", "a brand new passphrase")).response.status).toBe(302);
    expect((await fetch(`${server.baseUrl}${link}`)).status).toBe(410);
  });

  it("refuses an expired link", async () => {
    await post("/admin/forgot", { email: "lapsed@firm.example" });
    const link = await resetPathFor("lapsed@firm.example");
    await db.updateTable("password_links").set({ expires_at: "2000-01-01T00:00:00.000Z" }).execute();
    const response = await fetch(`${server.baseUrl}${link}`);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain("expired or was already used");
  });
});
