import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, signIn, startAdminServer, stopAdminServer } from "../support/admin-client";
import type { TestServer } from "../support/server";

const ZONE = "Europe/Amsterdam";

let server: TestServer;
let db: DB;
let adminCookie: string;

const user = (email: string) => db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirstOrThrow();
const inboxesOf = async (userId: number) =>
  await db
    .selectFrom("inbox_members")
    .select(["inbox_id", "weight"])
    .where("user_id", "=", userId)
    .orderBy("inbox_id")
    .execute();
const inboxId = async (slug: string) =>
  (await db.selectFrom("inboxes").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;

/** The form as the user page sends it, for this user as they are now, with some fields changed. */
async function formFor(email: string, changes: Record<string, string | string[] | null> = {}) {
  const current = await user(email);
  const fields: Record<string, string | string[] | null> = {
    name: current.name,
    role: current.role,
    inboxIds: (await inboxesOf(current.id)).map((row) => String(row.inbox_id)),
    capacity: String(current.capacity),
    active: current.active === 1 ? "on" : null,
    awayFrom: "",
    awayUntil: "",
    ...changes,
  };
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) body.append(key, one);
  }
  return { id: current.id, body };
}

const save = async (email: string, changes: Record<string, string | string[] | null> = {}, cookie = adminCookie) => {
  const { id, body } = await formFor(email, changes);
  return postForm(server.baseUrl, `/admin/users/${id}`, body, cookie);
};

beforeAll(async () => {
  ({ server, db, adminCookie } = await startAdminServer({ BUSINESS_TIME_ZONE: ZONE }));
});
afterAll(() => stopAdminServer({ server, db }));

describe("an administrator managing a user", () => {
  it("shows the user's details, inboxes and the leads they own", async () => {
    const priya = await user("priya.raman@meridian-audit.example");
    const page = await readable(
      await fetch(`${server.baseUrl}/admin/users/${priya.id}`, { headers: { Cookie: adminCookie } }),
    );
    expect(page).toContain("Priya Raman");
    expect(page).toContain(`href="/admin?owner=${priya.id}"`);
    expect(page).toMatch(/name="capacity"[^>]*value="25"/);
  });

  it("links each user in the list to their page", async () => {
    const page = await readable(await fetch(`${server.baseUrl}/admin/users`, { headers: { Cookie: adminCookie } }));
    const priya = await user("priya.raman@meridian-audit.example");
    expect(page).toContain(`href="/admin/users/${priya.id}"`);
  });

  it("changes the name, role, capacity and inboxes, keeping the routing weight of inboxes that stay", async () => {
    const email = "mateo.ruiz@meridian-audit.example";
    const mateo = await user(email);
    const sanctions = await inboxId("sanctions-export");
    const general = await inboxId("general");
    const saved = await save(email, {
      name: "Mateo Ruiz García",
      capacity: "12",
      role: "admin",
      inboxIds: [String(sanctions), String(general)],
    });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`/admin/users/${mateo.id}`);
    const after = await user(email);
    expect([after.name, after.capacity, after.role]).toEqual(["Mateo Ruiz García", 12, "admin"]);
    expect(await inboxesOf(mateo.id)).toEqual(
      [
        { inbox_id: sanctions, weight: 2 },
        { inbox_id: general, weight: 1 },
      ].sort((a, b) => a.inbox_id - b.inbox_id),
    );
    await save(email, { role: "consultant", name: "Mateo Ruiz", capacity: "20", inboxIds: [String(sanctions)] });
  });

  it("stores out-of-office days as whole days in the business time zone, and shows them back", async () => {
    const email = "jonas.lindqvist@meridian-audit.example";
    const saved = await save(email, { awayFrom: "2026-12-24", awayUntil: "2026-12-31" });
    expect(saved.status).toBe(302);
    const jonas = await user(email);
    // Amsterdam is an hour ahead of UTC in winter: midnight there is 23:00 UTC the day before.
    expect([jonas.out_of_office_from, jonas.out_of_office_until]).toEqual([
      "2026-12-23T23:00:00.000Z",
      "2026-12-31T23:00:00.000Z",
    ]);
    const page = await readable(
      await fetch(`${server.baseUrl}/admin/users/${jonas.id}`, { headers: { Cookie: adminCookie } }),
    );
    expect(page).toMatch(/id="awayFrom"[^>]*value="2026-12-24"/);
    expect(page).toMatch(/id="awayUntil"[^>]*value="2026-12-31"/);

    await save(email, { awayFrom: "", awayUntil: "" });
    expect((await user(email)).out_of_office_from).toBeNull();
  });

  it("making someone inactive signs them out at once and stops them signing in, leaving their leads with them", async () => {
    const email = "samuel.adeyemi@meridian-audit.example";
    const samuelCookie = await signIn(server.baseUrl, email);
    expect(
      (await fetch(`${server.baseUrl}/admin`, { headers: { Cookie: samuelCookie }, redirect: "manual" })).status,
    ).toBe(200);

    expect((await save(email, { active: null })).status).toBe(302);
    expect((await user(email)).active).toBe(0);
    const samuel = await user(email);
    const sessions = await db.selectFrom("sessions").select("revoked_at").where("user_id", "=", samuel.id).execute();
    expect(sessions.every((session) => session.revoked_at !== null)).toBe(true);
    expect(
      (await fetch(`${server.baseUrl}/admin`, { headers: { Cookie: samuelCookie }, redirect: "manual" })).status,
    ).toBe(302);
    expect(await signIn(server.baseUrl, email)).toBe("");

    expect((await save(email, { active: "on" })).status).toBe(302);
    expect(await signIn(server.baseUrl, email)).not.toBe("");
  });

  it("sends a pending invitee a new invitation link, and refuses one to someone with a password", async () => {
    const invited = await postForm(
      server.baseUrl,
      "/admin/users",
      new URLSearchParams({ name: "Ola Nordmann", email: "ola@firm.example", role: "consultant" }),
      adminCookie,
    );
    expect(invited.status).toBe(302);
    const ola = await user("ola@firm.example");
    const links = () => db.selectFrom("password_links").select("token_hash").where("user_id", "=", ola.id).execute();
    expect(await links()).toHaveLength(1);
    const again = await postForm(
      server.baseUrl,
      `/admin/users/${ola.id}`,
      new URLSearchParams({ intent: "invite" }),
      adminCookie,
    );
    expect(again.location).toBe(`/admin/users/${ola.id}`);
    expect(await links()).toHaveLength(2);

    const priya = await user("priya.raman@meridian-audit.example");
    const refused = await postForm(
      server.baseUrl,
      `/admin/users/${priya.id}`,
      new URLSearchParams({ intent: "invite" }),
      adminCookie,
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("already chosen a password");
  });
});

describe("changes to a user that are refused, changing nothing", () => {
  const email = "lena.hoffmann@meridian-audit.example";

  it.each([
    ["a capacity of zero", { capacity: "0" }, "Give at least 1 open lead"],
    ["a capacity that is not a number", { capacity: "lots" }, "Give the number of open leads as a whole number"],
    ["an empty name", { name: " " }, "Please enter at least 2 characters"],
    ["an unknown role", { role: "owner" }, "Choose a role"],
    ["only a first day away", { awayFrom: "2026-12-01" }, "Give both the first and the last day away, or neither"],
    [
      "a last day away before the first",
      { awayFrom: "2026-12-10", awayUntil: "2026-12-01" },
      "The last day away must not be before the first",
    ],
    [
      "a date that does not exist",
      { awayFrom: "2026-02-30", awayUntil: "2026-03-02" },
      "Give the first day away date as a calendar date",
    ],
    ["an inbox that does not exist", { inboxIds: ["9999"] }, "Choose inboxes from the list."],
  ])("refuses %s", async (_label, changes, message) => {
    const before = await user(email);
    const membershipsBefore = await inboxesOf(before.id);
    const refused = await save(email, changes);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain(message);
    expect(await user(email)).toEqual(before);
    expect(await inboxesOf(before.id)).toEqual(membershipsBefore);
  });

  it("shows what was sent beside the problem, so nothing typed is lost", async () => {
    const refused = await save(email, {
      name: "Lena Hoffmann-Berg",
      capacity: "0",
      awayFrom: "2026-12-01",
      awayUntil: "2026-12-05",
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/id="name"[^>]*value="Lena Hoffmann-Berg"/);
    expect(refused.text).toMatch(/id="awayUntil"[^>]*value="2026-12-05"/);
    expect((await user(email)).name).toBe("Lena Hoffmann");
  });

  it("refuses an administrator making themselves inactive or a consultant", async () => {
    const before = await user(DEMO_ADMIN_EMAIL);
    const inactive = await save(DEMO_ADMIN_EMAIL, { active: null });
    expect(inactive.status).toBe(400);
    expect(inactive.text).toContain("You cannot make yourself inactive");
    const demoted = await save(DEMO_ADMIN_EMAIL, { role: "consultant" });
    expect(demoted.status).toBe(400);
    expect(demoted.text).toContain("You cannot give up your own administrator role");
    expect(await user(DEMO_ADMIN_EMAIL)).toEqual(before);
  });

  it("takes the admin pages away from a demoted administrator at once", async () => {
    const priyaEmail = "priya.raman@meridian-audit.example";
    expect((await save(priyaEmail, { role: "admin" })).status).toBe(302);
    const priyaCookie = await signIn(server.baseUrl, priyaEmail);
    expect((await fetch(`${server.baseUrl}/admin/users`, { headers: { Cookie: priyaCookie } })).status).toBe(200);
    expect((await save(priyaEmail, { role: "consultant" })).status).toBe(302);
    expect((await fetch(`${server.baseUrl}/admin/users`, { headers: { Cookie: priyaCookie } })).status).toBe(403);
    expect((await save(DEMO_ADMIN_EMAIL, { name: "Taken over" }, priyaCookie)).status).toBe(403);
    expect((await user(DEMO_ADMIN_EMAIL)).name).toBe("Helena Vos");
  });

  it("answers 404 for a user who does not exist", async () => {
    expect((await fetch(`${server.baseUrl}/admin/users/9999`, { headers: { Cookie: adminCookie } })).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/admin/users/abc`, { headers: { Cookie: adminCookie } })).status).toBe(404);
    expect(
      (
        await postForm(
          server.baseUrl,
          "/admin/users/9999",
          new URLSearchParams({ name: "Nobody", role: "consultant", capacity: "5" }),
          adminCookie,
        )
      ).status,
    ).toBe(404);
  });
});
