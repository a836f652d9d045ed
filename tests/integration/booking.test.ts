import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { type TestServer, startServer } from "../support/server";
import { MANY_SUBMITS_SETTINGS, visitorWithSubmittedLead } from "../support/submitted-lead";

/** Booking a call from the summary, over HTTP against the built server, without JavaScript. */
let server: TestServer;
let db: DB;

beforeAll(async () => {
  server = await startServer(MANY_SUBMITS_SETTINGS);
  db = createDatabase(server.databasePath);
});

afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

async function newLead() {
  const { visitor, summaryPath, lead, email } = await visitorWithSubmittedLead(server.baseUrl, db, "booker");
  return { visitor, callPath: `${summaryPath}/call`, lead, email };
}

const slotsIn = (html: string) => [...html.matchAll(/name="slot" value="([^"]+)"/g)].map((match) => match[1] ?? "");
const bookings = (leadId: number) =>
  db.selectFrom("call_bookings").selectAll().where("lead_id", "=", leadId).orderBy("id").execute();
const outboxKinds = async (leadId: number) =>
  (
    await db
      .selectFrom("outbox")
      .select("kind")
      .where("lead_id", "=", leadId)
      .where("kind", "like", "call-%")
      .orderBy("created_at")
      .execute()
  ).map((row) => row.kind);

describe("booking a call", () => {
  it("offers free times in the visitor's chosen time zone, from the summary's link", async () => {
    const { visitor, callPath } = await newLead();
    const summary = await visitor.get(callPath.replace(/\/call$/, ""));
    expect(summary.text).toContain(`href="${callPath}"`);
    const page = await visitor.get(`${callPath}?tz=America/New_York`);
    expect(page.response.status).toBe(200);
    const slots = slotsIn(page.text);
    expect(slots.length).toBeGreaterThan(20);
    expect(page.text).toContain('<option value="America/New_York" selected="">America/New York</option>');
    // 09:00 in Amsterdam is 03:00 in New York.
    const first = new Intl.DateTimeFormat("en-GB", {
      timeZone: "America/New_York",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(Date.parse(slots[1] ?? ""));
    expect(page.text).toMatch(new RegExp(`value="${slots[1]}"[^>]*/>${first}<`));
  });

  it("books a time: one booking, a timeline event, and an invitation to each side through the outbox", async () => {
    const { visitor, callPath, lead } = await newLead();
    const slot = slotsIn((await visitor.get(callPath)).text)[0] ?? "";
    const booked = await visitor.post(callPath, { slot, tz: "Europe/London" });
    expect(booked.response.status).toBe(302);
    expect(booked.location).toMatch(/^\/call\/[A-Za-z0-9_-]{20,}\?booked=1$/);
    expect(await bookings(lead.id)).toMatchObject([
      { starts_at: slot, status: "booked", visitor_time_zone: "Europe/London", host: `user:${lead.owner_id}` },
    ]);
    expect(await outboxKinds(lead.id)).toEqual(["call-booked-visitor", "call-booked-consultant"]);
    const events = await db
      .selectFrom("lead_events")
      .select("type")
      .where("lead_id", "=", lead.id)
      .where("type", "=", "call_booked")
      .execute();
    expect(events).toHaveLength(1);
    const manage = await visitor.get(booked.location ?? "");
    expect(manage.text).toContain("Your call is booked.");
    expect(manage.text).toContain("(Europe/London)");
  });

  it("refuses a slot already taken with the same consultant, and nothing changes", async () => {
    const first = await newLead();
    const slot = slotsIn((await first.visitor.get(first.callPath)).text)[2] ?? "";
    expect((await first.visitor.post(first.callPath, { slot })).response.status).toBe(302);
    const second = await newLead();
    await db.updateTable("leads").set({ owner_id: first.lead.owner_id }).where("id", "=", second.lead.id).execute();
    expect(slotsIn((await second.visitor.get(second.callPath)).text)).not.toContain(slot);
    const refused = await second.visitor.post(second.callPath, { slot });
    expect(refused.response.status).toBe(409);
    expect(refused.text).toContain("That time has just been booked by someone else.");
    expect(await bookings(second.lead.id)).toEqual([]);
    expect(await outboxKinds(second.lead.id)).toEqual([]);
  });

  it.each([
    [
      "a tampered slot id",
      "2026-12-02T09:00:00Z'; DROP TABLE leads;--",
      400,
      "That is not one of the times we offered.",
    ],
    ["a past time", "2020-01-06T09:00:00.000Z", 400, "That time has passed"],
    ["a time outside working hours", "nighttime", 400, "outside our working hours"],
    ["no time at all", "", 400, "Please choose a time from the list."],
  ])("refuses %s with a clear message, and nothing changes", async (_, given, status, message) => {
    const { visitor, callPath, lead } = await newLead();
    let slot = given;
    if (given === "nighttime") {
      // 03:00 in Amsterdam on the last offered day.
      const offered = slotsIn((await visitor.get(callPath)).text).at(-1) ?? "";
      slot = new Date(Date.parse(offered.slice(0, 10) + "T02:00:00.000Z")).toISOString();
    }
    const refused = await visitor.post(callPath, { slot });
    expect(refused.response.status).toBe(status);
    expect(refused.text).toContain(message);
    expect(await bookings(lead.id)).toEqual([]);
  });

  it("the database itself refuses a second booked call for the same consultant and time", async () => {
    const { visitor, callPath, lead } = await newLead();
    const slot = slotsIn((await visitor.get(callPath)).text)[3] ?? "";
    await visitor.post(callPath, { slot });
    const [booked] = await bookings(lead.id);
    const other = await newLead();
    await expect(
      db
        .insertInto("call_bookings")
        .values({ ...booked!, id: undefined, lead_id: other.lead.id, manage_token_hash: "another-hash" })
        .execute(),
    ).rejects.toThrow(/UNIQUE constraint failed/);
  });
});

describe("cancelling and moving a call from the email's link", () => {
  it("cancels once; the link used again says so and changes nothing", async () => {
    const { visitor, callPath, lead } = await newLead();
    const slot = slotsIn((await visitor.get(callPath)).text)[4] ?? "";
    const manage = (await visitor.post(callPath, { slot })).location?.replace(/\?.*$/, "") ?? "";
    const cancelled = await visitor.post(manage, { intent: "cancel" });
    expect(cancelled.response.status).toBe(302);
    expect((await bookings(lead.id)).map((row) => row.status)).toEqual(["cancelled"]);
    expect(await outboxKinds(lead.id)).toEqual([
      "call-booked-visitor",
      "call-booked-consultant",
      "call-cancelled-visitor",
      "call-cancelled-consultant",
    ]);

    const again = await visitor.post(manage, { intent: "cancel" });
    expect(again.response.status).toBe(409);
    expect(again.text).toContain("This call was already cancelled or moved; nothing changed.");
    expect(await outboxKinds(lead.id)).toHaveLength(4);
    expect((await visitor.get(manage)).text).toContain("is cancelled");
  });

  it("moves to a new time under the same invitation, and the old link no longer moves it", async () => {
    const { visitor, callPath, lead } = await newLead();
    const page = slotsIn((await visitor.get(callPath)).text);
    const manage = (await visitor.post(callPath, { slot: page[5] ?? "" })).location?.replace(/\?.*$/, "") ?? "";
    const moved = await visitor.post(manage, { intent: "move", slot: page[7] ?? "" });
    expect(moved.response.status).toBe(302);
    const rows = await bookings(lead.id);
    expect(rows.map((row) => [row.status, row.starts_at, row.sequence])).toEqual([
      ["moved", page[5], 0],
      ["booked", page[7], 1],
    ]);
    expect(rows[1]?.uid).toBe(rows[0]?.uid);
    const stale = await visitor.post(manage, { intent: "move", slot: page[9] ?? "" });
    expect(stale.response.status).toBe(409);
    expect((await bookings(lead.id)).filter((row) => row.status === "booked").map((row) => row.starts_at)).toEqual([
      page[7],
    ]);
  });

  it("answers an unknown link with 404", async () => {
    const response = await fetch(`${server.baseUrl}/call/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(response.status).toBe(404);
  });
});
