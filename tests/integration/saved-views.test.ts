import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, signIn, startAdminServer, stopAdminServer } from "../support/admin-client";
import type { TestServer } from "../support/server";

const CONSULTANT = "priya.raman@meridian-audit.example";
let server: TestServer;
let db: DB;
let admin: string;

beforeAll(async () => {
  ({ server, db, adminCookie: admin } = await startAdminServer());
});
afterAll(async () => stopAdminServer({ server, db }));

const inbox = async (cookie: string, query = "") =>
  readable(await fetch(`${server.baseUrl}/admin${query}`, { headers: { Cookie: cookie } }));
const save = (cookie: string, fields: Record<string, string>) =>
  postForm(server.baseUrl, "/admin/views", new URLSearchParams({ intent: "save", ...fields }), cookie);
const viewsOf = (ownerEmail: string) =>
  db
    .selectFrom("saved_views")
    .innerJoin("users", "users.id", "saved_views.owner_id")
    .select(["saved_views.id", "saved_views.name", "saved_views.query", "saved_views.shared"])
    .where("users.email", "=", ownerEmail)
    .orderBy("saved_views.position")
    .execute();

describe("saved inbox views", () => {
  it("saves the current filters under a name, goes to the view with a confirmation, and keeps it after signing out", async () => {
    const saved = await save(admin, { name: "High new ones", query: "status=new&band=High" });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe("/admin?status=new&band=High");
    expect(await inbox(admin, "?status=new&band=High")).toContain("View &quot;High new ones&quot; saved.");
    expect(await viewsOf(DEMO_ADMIN_EMAIL)).toMatchObject([{ name: "High new ones", shared: 0 }]);

    await postForm(server.baseUrl, "/admin/logout", new URLSearchParams(), admin);
    admin = await signIn(server.baseUrl, DEMO_ADMIN_EMAIL);
    const page = await inbox(admin);
    expect(page).toContain('href="/admin?status=new&amp;band=High"');
    expect(page).toContain("High new ones");
  });

  it("shows a private view to its owner only, and a shared one to the whole team", async () => {
    await save(admin, { name: "Private pile", query: "owner=unassigned" });
    await save(admin, { name: "Team watchlist", query: "band=High&status=open", shared: "on" });
    const consultant = await signIn(server.baseUrl, CONSULTANT);
    const page = await inbox(consultant);
    expect(page).toContain("Team watchlist");
    expect(page).not.toContain("Private pile");
  });

  it("refuses filters the inbox does not know, with a message and nothing stored", async () => {
    const before = (await viewsOf(DEMO_ADMIN_EMAIL)).length;
    const refused = await save(admin, { name: "Broken", query: "status=bogus" });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("These filters cannot be saved");
    const unnamed = await save(admin, { name: " ", query: "status=new" });
    expect(unnamed.status).toBe(400);
    expect(unnamed.text).toContain("Please enter");
    expect((await viewsOf(DEMO_ADMIN_EMAIL)).length).toBe(before);
  });

  it("moves a view up and deletes it, its owner only", async () => {
    await save(admin, { name: "Won this year", query: "status=won" });
    const names = async () => (await viewsOf(DEMO_ADMIN_EMAIL)).map((view) => view.name);
    const last = (await viewsOf(DEMO_ADMIN_EMAIL)).at(-1);
    expect(last?.name).toBe("Won this year");
    const moved = await postForm(
      server.baseUrl,
      "/admin/views",
      new URLSearchParams({ intent: "move", viewId: String(last?.id), direction: "up", back: "status=new" }),
      admin,
    );
    expect(moved.status).toBe(302);
    expect(moved.location).toBe("/admin?status=new");
    expect((await names()).slice(-2)).toEqual(["Won this year", "Team watchlist"]);

    const consultant = await signIn(server.baseUrl, CONSULTANT);
    const foreign = await postForm(
      server.baseUrl,
      "/admin/views",
      new URLSearchParams({ intent: "delete", viewId: String(last?.id) }),
      consultant,
    );
    expect(foreign.status).toBe(404);
    expect(await names()).toContain("Won this year");

    const deleted = await postForm(
      server.baseUrl,
      "/admin/views",
      new URLSearchParams({ intent: "delete", viewId: String(last?.id) }),
      admin,
    );
    expect(deleted.status).toBe(302);
    expect(await names()).not.toContain("Won this year");
  });

  it("answers a visitor who is not signed in with the sign-in page, changing nothing", async () => {
    const before = await db.selectFrom("saved_views").select("id").execute();
    const response = await postForm(
      server.baseUrl,
      "/admin/views",
      new URLSearchParams({ intent: "save", name: "Sneaky", query: "status=new" }),
      "",
    );
    expect(response.status).toBe(302);
    expect(response.location).toContain("/admin/login");
    expect(await db.selectFrom("saved_views").select("id").execute()).toHaveLength(before.length);
  });
});
