import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, signIn, startAdminServer, stopAdminServer } from "../support/admin-client";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let adminCookie: string;

const open = async (path: string, cookie = adminCookie) =>
  readable(await fetch(`${server.baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" }));

/** The text of the page's one live region for confirmations (app/components/flash-message.tsx). */
const flashOf = (html: string) => {
  const region = html.match(/<div role="status" aria-live="polite"[^>]*data-testid="flash">(.*?)<\/div>/s);
  if (!region) throw new Error("The page has no confirmation region");
  return (region[1] ?? "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
};

beforeAll(async () => {
  ({ server, db, adminCookie } = await startAdminServer());
});
afterAll(() => stopAdminServer({ server, db }));

describe("a saved change is confirmed once, through the session, never through the address", () => {
  it("confirms days out of office on the account page, then not again on reload", async () => {
    const cookie = await signIn(server.baseUrl, "amara.okafor@meridian-audit.example");
    const saved = await postForm(
      server.baseUrl,
      "/admin/account",
      new URLSearchParams({ intent: "away", awayFrom: "2027-02-01", awayUntil: "2027-02-05" }),
      cookie,
    );
    expect(saved.location).toBe("/admin/account");
    expect(flashOf(await open(saved.location ?? "", cookie))).toContain("Your days out of office are saved.");
    expect(flashOf(await open("/admin/account", cookie))).toBe("");
  });

  it("confirms an invitation on the users page, then not again on reload", async () => {
    const invited = await postForm(
      server.baseUrl,
      "/admin/users",
      new URLSearchParams({ name: "Lea Fontaine", email: "lea@firm.example", role: "consultant" }),
      adminCookie,
    );
    expect(invited.location).toBe("/admin/users");
    expect(flashOf(await open("/admin/users"))).toContain("Invitation sent to lea@firm.example.");
    expect(flashOf(await open("/admin/users"))).toBe("");
  });

  it("confirms a new inbox on the inboxes page, then not again on reload", async () => {
    const added = await postForm(
      server.baseUrl,
      "/admin/inboxes",
      new URLSearchParams({ name: "Telecoms", slug: "telecoms", address: "telecoms@meridian-audit.example" }),
      adminCookie,
    );
    expect(added.location).toBe("/admin/inboxes");
    expect(flashOf(await open("/admin/inboxes"))).toContain("Inbox Telecoms added.");
    expect(flashOf(await open("/admin/inboxes"))).toBe("");
  });

  it("shows the confirmation on whichever admin page opens next, once", async () => {
    const cookie = await signIn(server.baseUrl, "amara.okafor@meridian-audit.example");
    await postForm(
      server.baseUrl,
      "/admin/account",
      new URLSearchParams({ intent: "away", awayFrom: "", awayUntil: "" }),
      cookie,
    );
    expect(flashOf(await open("/admin/tasks", cookie))).toContain("Your days out of office are saved.");
    expect(flashOf(await open("/admin/account", cookie))).toBe("");
  });

  it("says nothing for a confirmation written into the address", async () => {
    const page = await open("/admin/users?invited=1&saved=details&added=general");
    expect(flashOf(page)).toBe("");
    expect(page).not.toContain("Invitation sent to");
  });
});
