import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import { TEST_PASSWORD, postForm, startAdminServer, stopAdminServer } from "../support/admin-client";
import { FlowVisitor } from "../support/flow-client";
import { type Team, generateLeadSpecs, insertLeadSpecs, loadTeam } from "../support/lead-factory";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let team: Team;
let adminCookie: string;

beforeAll(async () => {
  ({ server, db, adminCookie } = await startAdminServer());
  team = await loadTeam(db);
});
afterAll(() => stopAdminServer({ server, db }));

async function newLead() {
  const [spec] = generateLeadSpecs(team, { count: 1, seed: 7, now: new Date() });
  const [lead] = await insertLeadSpecs(db, [{ ...spec!, status: "new", ownerId: null }]);
  return lead!;
}

async function twoConsultants() {
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where("role", "=", "consultant")
    .orderBy("id")
    .limit(2)
    .execute();
  return rows.map((row) => String(row.id));
}

describe("a field sent twice that takes one value", () => {
  it("is refused on the lead page, and the lead keeps its owner", async () => {
    const lead = await newLead();
    const [first, second] = await twoConsultants();
    const body = new URLSearchParams([
      ["intent", "reassign"],
      ["ownerId", first!],
      ["ownerId", second!],
    ]);
    const response = await postForm(server.baseUrl, `/admin/leads/${lead.id}`, body, adminCookie);
    expect(response.status).toBe(400);
    expect(response.text).toContain("only once: ownerId");
    expect(
      (await db.selectFrom("leads").select("owner_id").where("id", "=", lead.id).executeTakeFirstOrThrow()).owner_id,
    ).toBeNull();
  });

  it("is refused by the bulk change, in its review and its confirmation", async () => {
    const lead = await newLead();
    const [first, second] = await twoConsultants();
    const fields = new URLSearchParams([
      ["lead", String(lead.id)],
      ["do", "assign"],
      ["ownerId", first!],
      ["ownerId", second!],
    ]);
    const review = await fetch(`${server.baseUrl}/admin/bulk?${fields}`, { headers: { Cookie: adminCookie } });
    expect(review.status).toBe(400);
    const confirmed = await postForm(server.baseUrl, "/admin/bulk", fields, adminCookie);
    expect(confirmed.status).toBe(400);
    expect(
      (await db.selectFrom("leads").select("owner_id").where("id", "=", lead.id).executeTakeFirstOrThrow()).owner_id,
    ).toBeNull();
  });

  it("is refused at sign-in", async () => {
    const body = new URLSearchParams([
      ["email", DEMO_ADMIN_EMAIL],
      ["email", "someone.else@firm.example"],
      ["password", TEST_PASSWORD],
    ]);
    const response = await postForm(server.baseUrl, "/admin/login", body, "");
    expect(response.status).toBe(400);
    expect(response.location).toBeNull();
  });

  it("is refused when inviting a user, and nobody is invited", async () => {
    const before = await db.selectFrom("users").select("id").execute();
    const body = new URLSearchParams([
      ["name", "Twice Named"],
      ["email", "twice@firm.example"],
      ["role", "consultant"],
      ["role", "admin"],
    ]);
    expect((await postForm(server.baseUrl, "/admin/users", body, adminCookie)).status).toBe(400);
    expect(await db.selectFrom("users").select("id").execute()).toEqual(before);
  });

  it("is refused at the start of the flow", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    const start = await visitor.request("/assess", {
      method: "POST",
      body: new URLSearchParams([
        ["from", "a"],
        ["from", "b"],
      ]),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(start.response.status).toBe(400);
  });

  it("is still accepted for a checkbox group", async () => {
    const inbox = team.inboxes[0]!;
    const other = team.inboxes[1]!;
    const body = new URLSearchParams([
      ["name", "Two Inboxes"],
      ["email", "two.inboxes@firm.example"],
      ["role", "consultant"],
      ["inboxIds", String(inbox.id)],
      ["inboxIds", String(other.id)],
    ]);
    expect((await postForm(server.baseUrl, "/admin/users", body, adminCookie)).status).toBe(302);
  });
});
