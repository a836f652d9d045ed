import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { TEST_PASSWORD, giveTeamPasswords, postForm, readable, signIn } from "../support/admin-client";
import { type TestServer, startServer } from "../support/server";

let server: TestServer;
let db: DB;

const user = (email: string) => db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirstOrThrow();
const status = async (cookie: string) =>
  (await fetch(`${server.baseUrl}/admin`, { headers: { Cookie: cookie }, redirect: "manual" })).status;
const changePassword = (cookie: string, fields: Record<string, string>) =>
  postForm(server.baseUrl, "/admin/account", new URLSearchParams({ intent: "password", ...fields }), cookie);
const setAway = (cookie: string, fields: Record<string, string>) =>
  postForm(server.baseUrl, "/admin/account", new URLSearchParams({ intent: "away", ...fields }), cookie);

beforeAll(async () => {
  server = await startServer({ BUSINESS_TIME_ZONE: "Europe/Amsterdam" });
  db = createDatabase(server.databasePath);
  await giveTeamPasswords(db);
});
afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

describe("your account: days out of office", () => {
  const email = "amara.okafor@meridian-audit.example";

  it("lets a consultant set their own days away, shows them back, and clear them", async () => {
    const cookie = await signIn(server.baseUrl, email);
    const saved = await setAway(cookie, { awayFrom: "2027-01-04", awayUntil: "2027-01-08" });
    expect(saved.location).toBe("/admin/account");
    const amara = await user(email);
    expect([amara.out_of_office_from, amara.out_of_office_until]).toEqual([
      "2027-01-03T23:00:00.000Z",
      "2027-01-08T23:00:00.000Z",
    ]);
    const page = await readable(await fetch(`${server.baseUrl}/admin/account`, { headers: { Cookie: cookie } }));
    expect(page).toContain("Your days out of office are saved.");
    expect(page).toMatch(/id="awayFrom"[^>]*value="2027-01-04"/);

    await setAway(cookie, { awayFrom: "", awayUntil: "" });
    expect((await user(email)).out_of_office_from).toBeNull();
  });

  it("refuses days away in the wrong order, changing nothing and keeping what was typed", async () => {
    const cookie = await signIn(server.baseUrl, email);
    const before = await user(email);
    const refused = await setAway(cookie, { awayFrom: "2027-02-10", awayUntil: "2027-02-01" });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("The last day away must not be before the first");
    expect(refused.text).toMatch(/id="awayFrom"[^>]*value="2027-02-10"/);
    expect(await user(email)).toEqual(before);
  });
});

describe("your account: password", () => {
  it("changes the password, keeps this session and signs out the others", async () => {
    const email = "jonas.lindqvist@meridian-audit.example";
    const here = await signIn(server.baseUrl, email);
    const elsewhere = await signIn(server.baseUrl, email);
    const changed = await changePassword(here, {
      current: TEST_PASSWORD,
      password: "a brand new passphrase",
      confirm: "a brand new passphrase",
    });
    expect(changed.location).toBe("/admin/account");
    expect(await status(here)).toBe(200);
    expect(await status(elsewhere)).toBe(302);
    expect(await signIn(server.baseUrl, email)).toBe("");
    expect(await signIn(server.baseUrl, email, "a brand new passphrase")).not.toBe("");
  });

  it("refuses a wrong current password, changing nothing", async () => {
    const email = "priya.raman@meridian-audit.example";
    const cookie = await signIn(server.baseUrl, email);
    const before = await user(email);
    const refused = await changePassword(cookie, {
      current: "not my password",
      password: "a brand new passphrase",
      confirm: "a brand new passphrase",
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("That is not your current password");
    expect(await user(email)).toEqual(before);
  });

  it.each([
    ["a short new password", { password: "too short", confirm: "too short" }, "Please use at least 12 characters"],
    [
      "two different new passwords",
      { password: "a brand new passphrase", confirm: "another passphrase" },
      "The two passwords are not the same",
    ],
    [
      "the current password again",
      { password: TEST_PASSWORD, confirm: TEST_PASSWORD },
      "Please choose a password different from the current one",
    ],
  ])("refuses %s", async (_label, fields, message) => {
    const email = "mateo.ruiz@meridian-audit.example";
    const cookie = await signIn(server.baseUrl, email);
    const before = await user(email);
    const refused = await changePassword(cookie, { current: TEST_PASSWORD, ...fields });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain(message);
    expect(await user(email)).toEqual(before);
  });

  it("makes someone wait after repeated wrong current passwords, as at sign-in", async () => {
    const email = "lena.hoffmann@meridian-audit.example";
    const cookie = await signIn(server.baseUrl, email);
    const attempt = () =>
      changePassword(cookie, {
        current: "wrong guess",
        password: "a brand new passphrase",
        confirm: "a brand new passphrase",
      });
    for (let count = 0; count < 5; count += 1) expect((await attempt()).status).toBe(400);
    const throttled = await attempt();
    expect(throttled.status).toBe(429);
    expect(throttled.text).toContain("Too many wrong passwords");
    // Even the right password waits now.
    expect(
      (
        await changePassword(cookie, {
          current: TEST_PASSWORD,
          password: "a brand new passphrase",
          confirm: "a brand new passphrase",
        })
      ).status,
    ).toBe(429);
  });
});
