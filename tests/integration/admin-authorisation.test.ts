import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { sessionFor } from "../support/admin-client";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import { PROJECT_ROOT } from "../support/paths";
import { type TestServer, startServer } from "../support/server";

/** Pages anyone may open: the way in, and the way back in. */
const PUBLIC_ADMIN_ROUTES = new Set(["/admin/login", "/admin/logout", "/admin/forgot", "/admin/reset/:token"]);
/** Event streams cannot follow a redirect to sign-in: they refuse an anonymous visitor with 401. */
const STREAM_ROUTES = new Set(["/admin/events"]);
/** Pages for administrators only. */
const ADMIN_ONLY_ROUTES = new Set([
  "/admin/mailbox",
  "/admin/mailbox/:id",
  "/admin/leads/:id/export",
  "/admin/users",
  "/admin/users/:id",
  "/admin/reports",
  "/admin/reports.csv",
  "/admin/exports",
  "/admin/routing",
  "/admin/inboxes",
  "/admin/inboxes/:id",
  "/admin/webhooks",
  "/admin/webhooks/:id",
]);

type ManifestRoute = { id: string; path?: string; children?: ManifestRoute[] };

/** Every admin URL pattern of the app, read from Remix's route manifest (`remix routes --json`). */
function adminRoutePatterns(): string[] {
  const output = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "remix"), ["routes", "--json"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  const patterns: string[] = [];
  const walk = (routes: ManifestRoute[], prefix: string) => {
    for (const route of routes) {
      const full = [prefix, route.path ?? ""].filter(Boolean).join("/");
      patterns.push(`/${full}`);
      walk(route.children ?? [], full);
    }
  };
  walk(JSON.parse(output.stdout) as ManifestRoute[], "");
  return [...new Set(patterns.filter((pattern) => pattern === "/admin" || pattern.startsWith("/admin/")))].sort();
}

let server: TestServer;
let db: DB;
let patterns: string[];
let ownLead: number;
let otherLead: number;
let consultantCookie: string;
let adminCookie: string;

async function submitLead(email: string) {
  const visitor = new FlowVisitor(server.baseUrl);
  await visitor.start();
  await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
  await visitor.submitContact({ ...VALID_CONTACT, email });
  await visitor.post("/assess/review", {});
  return await db
    .selectFrom("leads")
    .select(["id", "inbox_id"])
    .where("contact_email", "=", email)
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  patterns = adminRoutePatterns();
  server = await startServer({ FORM_MIN_FILL_SECONDS: "0" });
  db = createDatabase(server.databasePath);

  const first = await submitLead("first@bank.example");
  const member = await db
    .selectFrom("inbox_members")
    .innerJoin("users", "users.id", "inbox_members.user_id")
    .select(["users.id", "users.email"])
    .where("inbox_members.inbox_id", "=", first.inbox_id ?? 0)
    .where("users.role", "=", "consultant")
    .executeTakeFirstOrThrow();
  ownLead = first.id;
  // A lead in an inbox the consultant does not belong to, owned by someone else.
  const otherInbox = await db
    .selectFrom("inboxes")
    .select("id")
    .where("id", "not in", db.selectFrom("inbox_members").select("inbox_id").where("user_id", "=", member.id))
    .executeTakeFirstOrThrow();
  const second = await submitLead("second@bank.example");
  await db.updateTable("leads").set({ inbox_id: otherInbox.id, owner_id: null }).where("id", "=", second.id).execute();
  otherLead = second.id;

  consultantCookie = await sessionFor(server, db, member.email);
  adminCookie = await sessionFor(server, db, "partner@meridian-audit.example");
});

afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

function urlFor(pattern: string, leadId = ownLead): string {
  // The bulk review reads its selection from the query string.
  if (pattern === "/admin/bulk") return `${pattern}?lead=${leadId}&do=status&status=contacted`;
  // A report table is downloaded by name.
  if (pattern === "/admin/reports.csv") return `${pattern}?table=bands`;
  return pattern
    .replace(":id", pattern.startsWith("/admin/leads") ? String(leadId) : "1")
    .replace(":token", "A".repeat(43));
}

const get = (url: string, cookie?: string) =>
  fetch(`${server.baseUrl}${url}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });

describe("the admin authorisation matrix", () => {
  it("finds the admin routes in the route manifest", () => {
    expect(patterns).toEqual(expect.arrayContaining(["/admin", "/admin/leads/:id", "/admin/login", "/admin/mailbox"]));
  });

  it("sends an anonymous visitor from every protected admin route to sign-in", async () => {
    for (const pattern of patterns.filter((candidate) => !PUBLIC_ADMIN_ROUTES.has(candidate))) {
      const response = await get(urlFor(pattern));
      if (STREAM_ROUTES.has(pattern)) {
        expect(response.status, pattern).toBe(401);
        continue;
      }
      expect(response.status, pattern).toBe(302);
      expect(response.headers.get("location"), pattern).toMatch(/^\/admin\/login\?next=/);
    }
  });

  it("refuses a consultant every admin-only route with 403", async () => {
    for (const pattern of patterns.filter((candidate) => ADMIN_ONLY_ROUTES.has(candidate))) {
      expect((await get(urlFor(pattern), consultantCookie)).status, pattern).toBe(403);
    }
  });

  it("lets an administrator open every protected route (action-only routes answer 405 to a GET)", async () => {
    for (const pattern of patterns.filter(
      // A mailbox message and a webhook endpoint exist only once made: their pages answer 404 here.
      (candidate) =>
        !PUBLIC_ADMIN_ROUTES.has(candidate) && !candidate.includes("/mailbox/") && !candidate.includes("/webhooks/"),
    )) {
      expect([200, 405], pattern).toContain((await get(urlFor(pattern), adminCookie)).status);
    }
  });

  it("refuses a consultant a lead of another inbox with 403, on its page and in a bulk change", async () => {
    expect((await get(`/admin/leads/${ownLead}`, consultantCookie)).status).toBe(200);
    expect((await get(`/admin/leads/${otherLead}`, consultantCookie)).status).toBe(403);
    expect((await get(urlFor("/admin/bulk", ownLead), consultantCookie)).status).toBe(200);
    expect((await get(urlFor("/admin/bulk", otherLead), consultantCookie)).status).toBe(403);
  });

  it("refuses a cross-site post to every admin route with 403", async () => {
    for (const pattern of patterns) {
      const response = await fetch(`${server.baseUrl}${urlFor(pattern)}`, {
        method: "POST",
        body: "x=1",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: "https://evil.example",
          Cookie: adminCookie,
        },
        redirect: "manual",
      });
      expect(response.status, pattern).toBe(403);
    }
  });

  it("treats a forged session cookie as no session", async () => {
    const response = await get("/admin", "impact_session=eyJmb3JnZWQiOnRydWV9.c2lnbmF0dXJl");
    expect(response.status).toBe(302);
  });
});
