import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { hashPassword } from "~/server/auth/passwords.server";
import { type TestServer, startServer } from "../support/server";

let server: TestServer;
let db: DB;
let adminCookie: string;

async function post(path: string, body: URLSearchParams, cookie = adminCookie) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    redirect: "manual",
  });
  return {
    status: response.status,
    location: response.headers.get("location"),
    cookie: response.headers.get("set-cookie")?.split(";")[0] ?? "",
    text: await response.text(),
  };
}

beforeAll(async () => {
  server = await startServer();
  db = createDatabase(server.databasePath);
  await db
    .updateTable("users")
    .set({ password_hash: await hashPassword("a long enough password") })
    .where("email", "=", "partner@meridian-audit.example")
    .execute();
  adminCookie = (
    await post(
      "/admin/login",
      new URLSearchParams({ email: "partner@meridian-audit.example", password: "a long enough password" }),
      "",
    )
  ).cookie;
});
afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

/** The link in the invitation the server's mail worker delivered. */
async function invitationPath(email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const message = await db
      .selectFrom("mailbox_messages")
      .select("text")
      .where("to_address", "=", email)
      .executeTakeFirst();
    const path = message?.text.match(/\/admin\/reset\/[A-Za-z0-9_-]+/)?.[0];
    if (path) return path;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No invitation reached ${email}`);
}

describe("inviting a user", () => {
  it("adds them to their inboxes and lets them choose a password through the emailed link", async () => {
    const inbox = await db
      .selectFrom("inboxes")
      .select(["id", "name"])
      .where("slug", "=", "privacy-data")
      .executeTakeFirstOrThrow();
    const invited = await post(
      "/admin/users",
      new URLSearchParams([
        ["name", "Nadia Berg"],
        ["email", "Nadia.Berg@Firm.example"],
        ["role", "consultant"],
        ["inboxIds", String(inbox.id)],
      ]),
    );
    expect(invited.status).toBe(302);
    const user = await db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "nadia.berg@firm.example")
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toBeNull();
    expect(await db.selectFrom("inbox_members").select("inbox_id").where("user_id", "=", user.id).execute()).toEqual([
      { inbox_id: inbox.id },
    ]);

    const link = await invitationPath("nadia.berg@firm.example");
    expect(await (await fetch(`${server.baseUrl}${link}`)).text()).toContain("Choose your password");
    const saved = await post(
      link,
      new URLSearchParams({ password: "nadia chooses well", confirm: "nadia chooses well" }),
      "",
    );
    expect(saved.status).toBe(302);
    const signedIn = await post(
      "/admin/login",
      new URLSearchParams({ email: "nadia.berg@firm.example", password: "nadia chooses well" }),
      "",
    );
    expect(signedIn.location).toBe("/admin");
  });

  it("says once whom the invitation went to, and not again on reload", async () => {
    const invited = await post(
      "/admin/users",
      new URLSearchParams({ name: "Omar Haddad", email: "omar@firm.example", role: "consultant" }),
    );
    const notice = await fetch(`${server.baseUrl}${invited.location}`, { headers: { Cookie: adminCookie } });
    expect((await notice.text()).replaceAll("<!-- -->", "")).toContain("Invitation sent to omar@firm.example.");

    const again = await fetch(`${server.baseUrl}${invited.location}`, { headers: { Cookie: adminCookie } });
    expect(again.status).toBe(200);
    expect(await again.text()).not.toContain("Invitation sent to");
  });

  it("refuses an address that already has an account, changing nothing", async () => {
    const before = await db.selectFrom("users").select("id").execute();
    const refused = await post(
      "/admin/users",
      new URLSearchParams({ name: "Helena Again", email: "partner@meridian-audit.example", role: "admin" }),
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("already has an account");
    expect(await db.selectFrom("users").select("id").execute()).toEqual(before);
  });

  it("refuses a malformed invitation with field messages", async () => {
    const refused = await post(
      "/admin/users",
      new URLSearchParams({ name: "X", email: "nope", role: "boss", inboxIds: "abc" }),
    );
    expect(refused.status).toBe(400);
    for (const field of ["name", "email"]) expect(refused.text).toContain(`id="${field}-error"`);
  });
});
