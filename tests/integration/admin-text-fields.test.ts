import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { postForm, startAdminServer, stopAdminServer } from "../support/admin-client";
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

const post = (path: string, fields: Record<string, string>) =>
  postForm(server.baseUrl, path, new URLSearchParams(fields), adminCookie);

async function newLead(seed: number) {
  const [spec] = generateLeadSpecs(team, { count: 1, seed, now: new Date() });
  const [lead] = await insertLeadSpecs(db, [{ ...spec!, status: "contacted" }]);
  return lead!;
}

const leadRow = (id: number) =>
  db.selectFrom("leads").select(["status", "erased_at"]).where("id", "=", id).executeTakeFirstOrThrow();

describe("admin text fields refuse control characters", () => {
  it("in a user's name, inviting nobody", async () => {
    const refused = await post("/admin/users", {
      name: "Eve\u0000Admin",
      email: "eve@firm.example",
      role: "consultant",
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("Please remove special control characters");
    expect(
      await db.selectFrom("users").select("id").where("email", "=", "eve@firm.example").executeTakeFirst(),
    ).toBeUndefined();
  });

  it("in an inbox's name, including a line break inside it", async () => {
    const refused = await post("/admin/inboxes", {
      name: "Claims\r\nBcc: all@firm.example",
      slug: "claims",
      address: "claims@firm.example",
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("Please remove special control characters");
    expect(await db.selectFrom("inboxes").select("id").where("slug", "=", "claims").executeTakeFirst()).toBeUndefined();
  });

  it("in the reason a lead was lost, on its page and in a bulk change", async () => {
    const lead = await newLead(31);
    const single = await post(`/admin/leads/${lead.id}`, {
      intent: "status",
      status: "lost",
      reason: "Went quiet\u001b[2J",
    });
    expect(single.status).toBe(400);
    const bulk = await post("/admin/bulk", {
      lead: String(lead.id),
      do: "status",
      status: "lost",
      reason: "Budget\u0007",
    });
    expect(bulk.status).toBe(400);
    expect((await leadRow(lead.id)).status).toBe("contacted");
  });

  it("in the reason for an erasure, erasing nothing", async () => {
    const lead = await newLead(32);
    const refused = await post(`/admin/leads/${lead.id}`, {
      intent: "erase",
      reason: "Asked by\u0000phone",
      confirm: "on",
    });
    expect(refused.status).toBe(400);
    expect((await leadRow(lead.id)).erased_at).toBeNull();
  });

  it("yet keep line breaks in a reason", async () => {
    const lead = await newLead(33);
    const accepted = await post(`/admin/leads/${lead.id}`, {
      intent: "status",
      status: "lost",
      reason: "Chose another firm.\r\nMay come back next year.",
    });
    expect(accepted.status).toBe(302);
    expect((await leadRow(lead.id)).status).toBe("lost");
  });
});
