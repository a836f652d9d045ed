import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import type { LeadStatus } from "~/domain/lead-inbox";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { readable, sessionFor } from "../support/admin-client";
import { type LeadSpec, type Team, generateLeadSpecs, insertLeadSpecs, loadTeam } from "../support/lead-factory";
import { type TestServer, startServer } from "../support/server";

const AMARA = "amara.okafor@meridian-audit.example";

let server: TestServer;
let db: DB;
let team: Team;
let adminCookie: string;
let amaraCookie: string;
let seed = 100;

const inboxId = (slug: string) => team.inboxes.find((inbox) => inbox.slug === slug)?.id ?? 0;
const userId = async (email: string) =>
  (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;

/** Fresh leads for one test, each with the given status, in the given inbox, unassigned. */
async function leads(statuses: LeadStatus[], overrides: Partial<LeadSpec> = {}) {
  seed += 1;
  const specs = generateLeadSpecs(team, { count: statuses.length, seed, now: new Date() }).map((spec, index) => ({
    ...spec,
    status: statuses[index] as LeadStatus,
    inboxId: inboxId("ai-governance"),
    ownerId: null,
    firstResponseAt: null,
    ...overrides,
  }));
  return insertLeadSpecs(db, specs);
}

const query = (ids: number[], fields: Record<string, string>) => {
  const params = new URLSearchParams(fields);
  for (const id of ids) params.append("lead", String(id));
  return params;
};

async function review(ids: number[], fields: Record<string, string>, cookie = adminCookie) {
  const response = await fetch(`${server.baseUrl}/admin/bulk?${query(ids, fields)}`, {
    headers: { Cookie: cookie },
    redirect: "manual",
  });
  return { status: response.status, text: await readable(response) };
}

async function confirm(ids: number[], fields: Record<string, string>, { cookie = adminCookie, search = "" } = {}) {
  const response = await fetch(`${server.baseUrl}/admin/bulk${search}`, {
    method: "POST",
    body: query(ids, fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: server.baseUrl },
    redirect: "manual",
  });
  return { status: response.status, text: await readable(response), location: response.headers.get("location") };
}

/** Everything a bulk change could touch on these leads. */
const snapshot = async (ids: number[]) => ({
  leads: await db
    .selectFrom("leads")
    .select(["id", "status", "owner_id", "inbox_id", "first_response_at", "updated_at"])
    .where("id", "in", ids)
    .orderBy("id")
    .execute(),
  events: await db
    .selectFrom("lead_events")
    .select(["lead_id", "type", "data"])
    .where("lead_id", "in", ids)
    .where("type", "!=", "viewed")
    .orderBy("id")
    .execute(),
});

beforeAll(async () => {
  server = await startServer({ FORM_MIN_FILL_SECONDS: "0" });
  db = createDatabase(server.databasePath);
  team = await loadTeam(db);
  adminCookie = await sessionFor(server, db, DEMO_ADMIN_EMAIL);
  amaraCookie = await sessionFor(server, db, AMARA);
});
afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

describe("the inbox's bulk actions", () => {
  it("offers a labelled checkbox on every row and the two bulk changes", async () => {
    const [first] = await leads(["new"]);
    const page = await readable(
      await fetch(`${server.baseUrl}/admin?q=${encodeURIComponent(first?.company ?? "")}`, {
        headers: { Cookie: adminCookie },
      }),
    );
    expect(page).toMatch(new RegExp(`<input type="checkbox" name="lead" form="bulk-form"[^>]*value="${first?.id}"`));
    expect(page).toContain(`Select ${first?.publicRef}`);
    // The buttons' names, as a screen reader reads them across the markup that shortens them on a phone.
    const text = page.replace(/<[^>]+>/g, "");
    expect(text).toContain("Review assignment");
    expect(text).toContain("Review status change");
  });

  it("reviews a status change without changing anything, saying which leads would stay as they are and why", async () => {
    const selected = await leads(["new", "new", "won"]);
    const ids = selected.map((lead) => lead.id);
    const before = await snapshot(ids);
    const shown = await review(ids, { do: "status", status: "contacted" });
    expect(shown.status).toBe(200);
    expect(shown.text).toContain("2 of the 3 leads you selected will change");
    expect(shown.text).toContain("Not changed: A lead cannot go from Won to Contacted");
    expect(shown.text).toContain("Confirm: change the status to Contacted for 2 leads");
    expect(await snapshot(ids)).toEqual(before);
  });

  it("moves every confirmed lead along the workflow, with its first response and a timeline event each", async () => {
    const selected = await leads(["new", "new"]);
    const ids = selected.map((lead) => lead.id);
    const done = await confirm(ids, { do: "status", status: "contacted" });
    expect(done.status).toBe(302);
    // Back to every lead: a bare /admin would open a consultant's own open leads instead.
    expect(done.location).toBe("/admin?owner=anyone");
    const after = await snapshot(ids);
    expect(after.leads.map((lead) => lead.status)).toEqual(["contacted", "contacted"]);
    expect(after.leads.every((lead) => lead.first_response_at !== null)).toBe(true);
    const changes = after.events.filter((event) => event.type === "status_changed");
    expect(changes.map((event) => [event.lead_id, JSON.parse(event.data)])).toEqual(
      ids.map((id) => [id, { from: "new", to: "contacted", reason: null }]),
    );
  });

  it("assigns the confirmed leads to an active consultant", async () => {
    const selected = await leads(["new", "qualified"]);
    const ids = selected.map((lead) => lead.id);
    const amara = await userId(AMARA);
    expect((await confirm(ids, { do: "assign", ownerId: String(amara) })).status).toBe(302);
    const after = await snapshot(ids);
    expect(after.leads.map((lead) => lead.owner_id)).toEqual([amara, amara]);
    expect(
      after.events.filter((event) => event.type === "reassigned").map((event) => JSON.parse(event.data).toOwnerId),
    ).toEqual([amara, amara]);
  });

  it("tells the new owner about an assigned batch in one email listing every lead", async () => {
    const selected = await leads(["new", "new", "contacted"]);
    expect(
      (
        await confirm(
          selected.map((lead) => lead.id),
          { do: "assign", ownerId: String(await userId(AMARA)) },
        )
      ).status,
    ).toBe(302);
    const all = await db
      .selectFrom("outbox")
      .select(["to_address", "subject", "text"])
      .where("kind", "=", "lead-assigned")
      .execute();
    const notices = all.filter((notice) => selected.some((lead) => notice.text.includes(lead.publicRef)));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.to_address).toBe(AMARA);
    expect(notices[0]?.subject).toContain("Helena Vos assigned you 3 leads");
    for (const lead of selected) expect(notices[0]?.text).toContain(lead.publicRef);
  });

  it("returns to the inbox with its filters and reports how many leads changed", async () => {
    const selected = await leads(["new"]);
    const done = await confirm(
      [selected[0]?.id ?? 0],
      { do: "status", status: "spam" },
      { search: `?${new URLSearchParams({ back: "status=new&owner=unassigned" })}` },
    );
    expect(done.location).toBe("/admin?status=new&owner=unassigned");
    const inbox = await readable(
      await fetch(`${server.baseUrl}${done.location}`, { headers: { Cookie: adminCookie } }),
    );
    expect(inbox).toContain("1 lead changed.");
  });

  it("ignores a return address that is not the inbox's filters", async () => {
    const selected = await leads(["new"]);
    const done = await confirm(
      [selected[0]?.id ?? 0],
      { do: "status", status: "spam" },
      { search: `?${new URLSearchParams({ back: "status=//evil.example" })}` },
    );
    expect(done.location).toBe("/admin");
  });

  it("asks for the reason before marking leads lost, and keeps it on each timeline", async () => {
    const selected = await leads(["new", "contacted"]);
    const ids = selected.map((lead) => lead.id);
    const before = await snapshot(ids);
    const refused = await confirm(
      ids,
      { do: "status", status: "lost" },
      { search: `?${query(ids, { do: "status", status: "lost" })}` },
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("Please say why these leads were lost");
    expect(await snapshot(ids)).toEqual(before);

    expect((await confirm(ids, { do: "status", status: "lost", reason: "Chose an in-house team" })).status).toBe(302);
    const reasons = (await snapshot(ids)).events
      .filter((event) => event.type === "status_changed")
      .map((event) => JSON.parse(event.data).reason);
    expect(reasons).toEqual(["Chose an in-house team", "Chose an in-house team"]);
  });
});

describe("bulk actions refuse bad input and change nothing", () => {
  it("refuses the whole change when one lead cannot take it, naming that lead", async () => {
    const selected = await leads(["new", "won"]);
    const ids = selected.map((lead) => lead.id);
    const before = await snapshot(ids);
    const refused = await confirm(
      ids,
      { do: "status", status: "contacted" },
      { search: `?${query(ids, { do: "status", status: "contacted" })}` },
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain(`${selected[1]?.publicRef}: A lead cannot go from`);
    expect(refused.text).toContain("Nothing was changed");
    expect(await snapshot(ids)).toEqual(before);
  });

  it("refuses a consultant's selection that includes another inbox's lead with 403", async () => {
    const own = await leads(["new"]);
    const others = await leads(["new"], { inboxId: inboxId("sanctions-export") });
    const ids = [own[0]?.id ?? 0, others[0]?.id ?? 0];
    const before = await snapshot(ids);
    expect((await review([own[0]?.id ?? 0], { do: "status", status: "contacted" }, amaraCookie)).status).toBe(200);
    expect((await review(ids, { do: "status", status: "contacted" }, amaraCookie)).status).toBe(403);
    expect((await confirm(ids, { do: "status", status: "contacted" }, { cookie: amaraCookie })).status).toBe(403);
    expect(await snapshot(ids)).toEqual(before);
  });

  it("refuses lead numbers that name no lead with 404", async () => {
    const selected = await leads(["new"]);
    const ids = [selected[0]?.id ?? 0, 987_654_321];
    const before = await snapshot(ids);
    expect((await review(ids, { do: "status", status: "contacted" })).status).toBe(404);
    expect((await confirm(ids, { do: "status", status: "contacted" })).status).toBe(404);
    expect(await snapshot(ids)).toEqual(before);
  });

  it("refuses an empty selection, a status outside the list and a tampered lead number with a message", async () => {
    const selected = await leads(["new"]);
    const ids = selected.map((lead) => lead.id);
    const before = await snapshot(ids);
    const empty = await review([], { do: "status", status: "contacted" });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain("Select at least one lead in the inbox");
    const unknown = await confirm(ids, { do: "status", status: "archived" });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain("Choose one of the statuses offered");
    const tampered = await fetch(`${server.baseUrl}/admin/bulk?lead=1%20OR%201=1&do=status&status=contacted`, {
      headers: { Cookie: adminCookie },
    });
    expect(tampered.status).toBe(400);
    expect(await snapshot(ids)).toEqual(before);
  });

  it("refuses an assignment to an inactive consultant", async () => {
    const selected = await leads(["new"]);
    const ids = selected.map((lead) => lead.id);
    const inactive = await userId("lena.hoffmann@meridian-audit.example");
    await db.updateTable("users").set({ active: 0 }).where("id", "=", inactive).execute();
    try {
      const before = await snapshot(ids);
      const shown = await review(ids, { do: "assign", ownerId: String(inactive) });
      expect(shown.status).toBe(400);
      expect(shown.text).toContain("Lena Hoffmann is inactive and cannot take leads.");
      expect((await confirm(ids, { do: "assign", ownerId: String(inactive) })).status).toBe(400);
      expect(await snapshot(ids)).toEqual(before);
    } finally {
      await db.updateTable("users").set({ active: 1 }).where("id", "=", inactive).execute();
    }
  });

  it("refuses a confirmation without a signed-in session", async () => {
    const selected = await leads(["new"]);
    const ids = selected.map((lead) => lead.id);
    const before = await snapshot(ids);
    const refused = await confirm(ids, { do: "status", status: "contacted" }, { cookie: "" });
    expect(refused.status).toBe(302);
    expect(refused.location).toMatch(/^\/admin\/login/);
    expect(await snapshot(ids)).toEqual(before);
  });
});
