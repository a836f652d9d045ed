import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "../../db/seed/team";
import { type LeadFilters, type LeadViewer, leadInQueueHref, queueQuery } from "~/domain/lead-inbox";
import { type InboxLeadRow, listLeads, nextInQueue } from "~/server/inbox/leads.server";
import type { DB } from "~/server/storage/db.server";
import { leadQueueNav } from "~/server/inbox/queue.server";
import { createTestDatabase } from "../support/db";
import { seedLeads } from "../support/lead-factory";

const NOW = new Date("2026-11-26T10:00:00.000Z");
// The lists are read after every generated lead was first answered, as a real list always is.
const READ_AT = new Date("2026-12-26T10:00:00.000Z");
const ZONE = "Europe/Amsterdam";

async function viewerFor(db: DB, name: string): Promise<LeadViewer> {
  const email = DEMO_USERS.find((user) => user.name === name)?.email ?? "";
  const user = await db.selectFrom("users").select(["id", "role"]).where("email", "=", email).executeTakeFirstOrThrow();
  const memberships = await db.selectFrom("inbox_members").select("inbox_id").where("user_id", "=", user.id).execute();
  return { id: user.id, role: user.role, inboxIds: memberships.map((row) => row.inbox_id) };
}

describe("the next lead of a list", () => {
  let db: DB;
  let admin: LeadViewer;
  let consultant: LeadViewer;

  beforeAll(async () => {
    ({ db } = await createTestDatabase("lead-queue"));
    admin = await viewerFor(db, "Helena Vos");
    consultant = await viewerFor(db, "Mateo Ruiz");
    await seedLeads(db, { count: 400, seed: 11, now: NOW });
  });

  afterAll(async () => {
    await db.destroy();
  });

  const firstPage = async (viewer: LeadViewer, filters: LeadFilters, limit = 200) =>
    (await listLeads(db, viewer, filters, { limit }, { now: READ_AT, timeZone: ZONE })).rows;

  /** The leads reached by following "next lead" `steps` times from the list's first lead. */
  async function followNext(viewer: LeadViewer, filters: LeadFilters, from: InboxLeadRow, steps: number) {
    const reached = [from.publicRef];
    let position = from.position;
    for (let step = 0; step < steps; step += 1) {
      const next = await nextInQueue(db, viewer, filters, position, { timeZone: ZONE });
      if (!next) break;
      reached.push(next.publicRef);
      position = next.position;
    }
    return reached;
  }

  it("walks the list in the inbox's order, from the overdue leads into the rest", async () => {
    const rows = await firstPage(admin, {});
    expect(rows.some((row) => row.overdue)).toBe(true);
    expect(rows.some((row) => !row.overdue)).toBe(true);
    expect(await followNext(admin, {}, rows[0] as InboxLeadRow, rows.length - 1)).toEqual(
      rows.map((row) => row.publicRef),
    );
  });

  it("keeps to the list as it was shown after the lead in hand is answered and moves within it", async () => {
    const rows = await firstPage(admin, { status: "open" }, 5);
    const first = rows[0] as InboxLeadRow;
    expect(first.overdue).toBe(true);
    await db
      .updateTable("leads")
      .set({ status: "contacted", first_response_at: new Date(READ_AT.getTime() + 60_000).toISOString() })
      .where("id", "=", first.id)
      .execute();

    const next = await nextInQueue(db, admin, { status: "open" }, first.position, { timeZone: ZONE });

    expect(next?.publicRef).toBe(rows[1]?.publicRef);
  });

  it("never comes round again to a lead answered since the list was read", async () => {
    const filters: LeadFilters = { status: "open" };
    const rows = await firstPage(admin, filters, 200);
    const [answered, skipped] = [rows[0] as InboxLeadRow, rows[2] as InboxLeadRow];
    const later = new Date(READ_AT.getTime() + 60_000).toISOString();
    for (const lead of [answered, skipped])
      await db
        .updateTable("leads")
        .set({ status: "contacted", first_response_at: later })
        .where("id", "=", lead.id)
        .execute();

    const reached = await followNext(admin, filters, answered, 1000);

    expect(reached.slice(1, 3)).toEqual([rows[1]?.publicRef, rows[3]?.publicRef]);
    expect(reached.filter((ref) => ref === answered.publicRef || ref === skipped.publicRef)).toEqual([
      answered.publicRef,
    ]);
  });

  it("offers a consultant only leads their list shows them", async () => {
    const filters: LeadFilters = { owner: "me", status: "open" };
    const rows = await firstPage(consultant, filters);
    expect(rows.length).toBeGreaterThan(2);
    expect(await followNext(consultant, filters, rows[0] as InboxLeadRow, rows.length + 5)).toEqual(
      rows.map((row) => row.publicRef),
    );
  });

  it("has no next lead after the last lead of the list", async () => {
    const rows = await firstPage(admin, { band: "High" }, 200);
    const last = rows.at(-1) as InboxLeadRow;
    expect(await nextInQueue(db, admin, { band: "High" }, last.position, { timeZone: ZONE })).toBeNull();
  });

  describe("on the lead's page", () => {
    it("links back to the list and on to the next lead with the list still carried", async () => {
      const filters: LeadFilters = { status: "open" };
      const rows = await firstPage(admin, filters, 3);
      const query = queueQuery(filters);
      const params = new URL(leadInQueueHref(rows[1]?.id ?? 0, query, rows[1]?.position ?? ""), "http://x")
        .searchParams;

      const nav = await leadQueueNav(db, admin, params, ZONE);

      expect(nav?.listHref).toBe("/admin?status=open");
      expect(nav?.next?.href).toMatch(new RegExp(`^/admin/leads/${rows[2]?.id}\\?status=open&at=`));
      expect(nav?.next?.label).toContain(rows[2]?.publicRef);
    });

    it("shows no list links for an address without a list, or with an altered place or filter", async () => {
      const rows = await firstPage(admin, {}, 1);
      const position = rows[0]?.position ?? "";
      for (const search of [
        "",
        "owner=anyone",
        `owner=anyone&at=${position.slice(0, -4)}`,
        `inbox=no-such-inbox&at=${position}`,
        `band=Enormous&at=${position}`,
      ]) {
        expect(await leadQueueNav(db, admin, new URLSearchParams(search), ZONE), search).toBeNull();
      }
    });
  });
});
