import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ROUTING_RULESET } from "~/domain/routing";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, startAdminServer, stopAdminServer } from "../support/admin-client";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let cookie: string;

const inboxes = () => db.selectFrom("inboxes").select(["id", "slug", "name", "address"]).orderBy("id").execute();
const inbox = (slug: string) => db.selectFrom("inboxes").selectAll().where("slug", "=", slug).executeTakeFirstOrThrow();
const weights = (inboxId: number) =>
  db
    .selectFrom("inbox_members")
    .select(["user_id", "weight"])
    .where("inbox_id", "=", inboxId)
    .orderBy("user_id")
    .execute();
const add = (fields: Record<string, string>) =>
  postForm(server.baseUrl, "/admin/inboxes", new URLSearchParams(fields), cookie);
const edit = (id: number, fields: Record<string, string>) =>
  postForm(server.baseUrl, `/admin/inboxes/${id}`, new URLSearchParams(fields), cookie);

beforeAll(async () => {
  ({ server, db, adminCookie: cookie } = await startAdminServer());
});
afterAll(() => stopAdminServer({ server, db }));

describe("the inboxes page", () => {
  it("lists each inbox with its members and shares, its address and its place in the rules in force", async () => {
    const page = await readable(await fetch(`${server.baseUrl}/admin/inboxes`, { headers: { Cookie: cookie } }));
    expect(page).toContain("Sanctions &amp; export controls");
    expect(page).toContain("Mateo Ruiz (2)");
    const rulesToGeneral = DEMO_ROUTING_RULESET.rules.filter((rule) => rule.inbox === "general").length;
    const label = rulesToGeneral === 0 ? "No rule" : rulesToGeneral === 1 ? "1 rule" : `${rulesToGeneral} rules`;
    expect(page).toMatch(new RegExp(`${label}<span[^>]*>Fallback</span>`));
  });

  it("adds an inbox that routing rules can then name", async () => {
    const added = await add({
      name: "Financial services",
      slug: "financial-services",
      address: "Finance@Meridian-Audit.example",
    });
    expect(added.status).toBe(302);
    expect(added.location).toBe("/admin/inboxes");
    expect(await inbox("financial-services")).toMatchObject({
      name: "Financial services",
      address: "finance@meridian-audit.example",
    });

    const rules = JSON.stringify({
      ...DEMO_ROUTING_RULESET,
      version: "2026.11.9",
      fallbackInbox: "financial-services",
    });
    const saved = await postForm(
      server.baseUrl,
      "/admin/routing",
      new URLSearchParams({ intent: "save", rules }),
      cookie,
    );
    expect(saved.status).toBe(302);
  });

  it("renames an inbox, changes its address and its members' shares", async () => {
    const privacy = await inbox("privacy-data");
    const members = await weights(privacy.id);
    const fields: Record<string, string> = { name: "Privacy and data", address: "privacy-team@meridian-audit.example" };
    members.forEach((member, index) => (fields[`weight-${member.user_id}`] = String(index + 2)));
    const saved = await edit(privacy.id, fields);
    expect(saved.location).toBe(`/admin/inboxes/${privacy.id}`);
    expect(await inbox("privacy-data")).toMatchObject({
      name: "Privacy and data",
      address: "privacy-team@meridian-audit.example",
    });
    expect((await weights(privacy.id)).map((member) => member.weight)).toEqual(members.map((_, index) => index + 2));
  });
});

describe("inbox changes that are refused, changing nothing", () => {
  it.each([
    [
      "a short name already used",
      { name: "General two", slug: "general", address: "g2@firm.example" },
      "There is already an inbox called general.",
    ],
    [
      "a short name with spaces or capitals",
      { name: "Legal", slug: "Legal Team", address: "legal@firm.example" },
      "Use lowercase letters and digits",
    ],
    [
      "an address that is not an email",
      { name: "Legal", slug: "legal", address: "legal at firm" },
      "Please enter a valid email address",
    ],
    ["a missing name", { slug: "legal", address: "legal@firm.example" }, "Please enter a name"],
  ])("refuses to add an inbox with %s", async (_label, fields, message) => {
    const before = await inboxes();
    const refused = await add(fields);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain(message);
    expect(await inboxes()).toEqual(before);
  });

  it("refuses a share outside 1 to 10, or a share for someone who is not a member", async () => {
    const general = await inbox("general");
    const before = { inboxes: await inboxes(), weights: await weights(general.id) };
    const [member] = before.weights;
    const outsider = await db
      .selectFrom("users")
      .select("id")
      .where(
        "id",
        "not in",
        before.weights.map((row) => row.user_id),
      )
      .executeTakeFirstOrThrow();
    const tooMuch = await edit(general.id, {
      name: "General",
      address: general.address,
      [`weight-${member?.user_id}`]: "11",
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.text).toContain("Give a share from 1 to 10");
    const stranger = await edit(general.id, {
      name: "Renamed",
      address: general.address,
      [`weight-${outsider.id}`]: "3",
    });
    expect(stranger.status).toBe(400);
    expect(stranger.text).toContain("Shares can only be given to the inbox&#x27;s members");
    expect({ inboxes: await inboxes(), weights: await weights(general.id) }).toEqual(before);
  });

  it("answers 404 for an inbox that does not exist", async () => {
    expect((await fetch(`${server.baseUrl}/admin/inboxes/999`, { headers: { Cookie: cookie } })).status).toBe(404);
    expect((await edit(999, { name: "Nobody", address: "n@firm.example" })).status).toBe(404);
  });
});
