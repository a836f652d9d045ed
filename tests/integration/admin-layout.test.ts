import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { readable, signIn, startAdminServer, stopAdminServer } from "../support/admin-client";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let adminCookie: string;
let consultantCookie: string;

/** The admin navigation, drawn by the layout route around every signed-in admin page. */
const NAVIGATION = 'aria-label="Consultant pages"';

const open = async (path: string, cookie: string) => {
  const response = await fetch(`${server.baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  return { status: response.status, html: await readable(response) };
};
const count = (text: string, part: string) => text.split(part).length - 1;

beforeAll(async () => {
  ({ server, db, adminCookie } = await startAdminServer());
  consultantCookie = await signIn(server.baseUrl, "amara.okafor@meridian-audit.example");
});
afterAll(() => stopAdminServer({ server, db }));

describe("the admin frame", () => {
  it("draws the navigation once on a page, with who is signed in", async () => {
    const page = await open("/admin/users", adminCookie);
    expect(page.status).toBe(200);
    expect(count(page.html, NAVIGATION)).toBe(1);
    expect(page.html).toContain("Sign out");
  });

  it("draws the navigation once on a page that still wraps itself in the frame", async () => {
    const page = await open("/admin/reports", adminCookie);
    expect(page.status).toBe(200);
    expect(count(page.html, NAVIGATION)).toBe(1);
  });

  it("leaves the sign-in page outside the frame", async () => {
    const page = await open("/admin/login", "");
    expect(page.status).toBe(200);
    expect(page.html).not.toContain(NAVIGATION);
  });

  it("shows a consultant an administrators' page as refused with 403, inside the frame", async () => {
    const page = await open("/admin/users", consultantCookie);
    expect(page.status).toBe(403);
    expect(count(page.html, NAVIGATION)).toBe(1);
    expect(page.html).toContain("You do not have access");
    expect(page.html).toContain("Only administrators may do this");
    // The consultant's navigation: no link to the administrators' pages.
    expect(page.html).not.toContain('href="/admin/users"');
  });

  it("shows an unknown lead as 404, inside the frame", async () => {
    const page = await open("/admin/leads/999999", adminCookie);
    expect(page.status).toBe(404);
    expect(count(page.html, NAVIGATION)).toBe(1);
    expect(page.html).toContain("We could not find that");
    expect(page.html).toContain("There is no lead with that number.");
  });

  it("shows a page that fails unexpectedly as 500, inside the frame, with no detail of the failure", async () => {
    // The exports page reads a table nothing else on the way to it needs.
    await sql`DROP TABLE csv_exports`.execute(db);
    const page = await open("/admin/exports", adminCookie);
    expect(page.status).toBe(500);
    expect(count(page.html, NAVIGATION)).toBe(1);
    expect(page.html).toContain("Something went wrong");
    expect(page.html).toContain("This page could not be shown.");
    expect(page.html).not.toMatch(/csv_exports|SqliteError|no such table|\bat [\w.]+ \(/);
  });
});
