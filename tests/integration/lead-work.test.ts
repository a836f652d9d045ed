import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DB } from "~/server/storage/db.server";
import { readable, sessionFor } from "../support/admin-client";
import { MANY_SUBMITS_SETTINGS, visitorWithSubmittedLead } from "../support/submitted-lead";
import { type TestServer, startServer } from "../support/server";

// Business days in UTC from midnight to midnight, so a follow-up due today is reminded at once
// whatever the hour the test runs.
const SETTINGS = { ...MANY_SUBMITS_SETTINGS, BUSINESS_TIME_ZONE: "UTC", BUSINESS_HOURS: "00:00-24:00" };

let server: TestServer;
let db: DB;
let adminCookie: string;

const today = () => new Date().toISOString().slice(0, 10);
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function newLead(prefix = "work") {
  const { lead } = await visitorWithSubmittedLead(server.baseUrl, db, prefix);
  return lead;
}

async function post(path: string, fields: Record<string, string>, cookie = adminCookie) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: server.baseUrl },
    redirect: "manual",
  });
  return { status: response.status, text: await readable(response), location: response.headers.get("location") };
}

const logContact = (leadId: number, fields: Record<string, string>, cookie = adminCookie) =>
  post(`/admin/leads/${leadId}`, { intent: "log-contact", channel: "call", outcome: "reached", ...fields }, cookie);

async function page(path: string, cookie = adminCookie) {
  return readable(await fetch(`${server.baseUrl}${path}`, { headers: { Cookie: cookie } }));
}

/** Everything a lead-page action could change, less what the worker and page views write on their own. */
const snapshot = async (leadId: number) => ({
  lead: await db.selectFrom("leads").selectAll().where("id", "=", leadId).executeTakeFirstOrThrow(),
  events: await db
    .selectFrom("lead_events")
    .select(["type", "data"])
    .where("lead_id", "=", leadId)
    .where("type", "not in", ["emailed", "viewed"])
    .orderBy("id")
    .execute(),
  notes: await db.selectFrom("lead_notes").selectAll().where("lead_id", "=", leadId).execute(),
  tasks: await db.selectFrom("lead_tasks").selectAll().where("lead_id", "=", leadId).execute(),
  emails: await db.selectFrom("outbox").select(["id", "kind"]).where("lead_id", "=", leadId).orderBy("id").execute(),
});

async function userId(email: string) {
  return (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
}

async function waitFor<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

beforeAll(async () => {
  server = await startServer(SETTINGS);
  db = createDatabase(server.databasePath);
  adminCookie = await sessionFor(server, db, "partner@meridian-audit.example");
});
afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

describe("logging contact", () => {
  it("writes the note, the timeline entry, the status and the follow-up with its reminder from one submit", async () => {
    const lead = await newLead();
    const tomorrow = dayOffset(1);
    const done = await logContact(lead.id, {
      channel: "meeting",
      outcome: "reached",
      note: "Walked through the DPIA.",
      status: "contacted",
      followUpOn: tomorrow,
    });
    expect(done.status).toBe(302);
    expect(done.location).toBe(`/admin/leads/${lead.id}#log-contact`);
    const after = await snapshot(lead.id);
    expect(after.lead.status).toBe("contacted");
    expect(after.lead.first_response_at).not.toBeNull();
    expect(after.notes.map((note) => note.body)).toEqual(["Walked through the DPIA."]);
    const logged = after.events.find((event) => event.type === "contact_logged");
    expect(JSON.parse(logged?.data ?? "{}")).toMatchObject({
      channel: "meeting",
      outcome: "reached",
      followUpOn: tomorrow,
    });
    expect(after.events.map((event) => event.type)).toContain("status_changed");
    expect(after.tasks).toHaveLength(1);
    expect(after.tasks[0]).toMatchObject({
      due_on: tomorrow,
      done_at: null,
      title: "Follow up: meeting, reached them",
    });
    const reminder = await db
      .selectFrom("outbox")
      .select(["kind", "status", "next_attempt_at"])
      .where("id", "=", after.tasks[0]?.reminder_outbox_id ?? "")
      .executeTakeFirstOrThrow();
    expect(reminder).toMatchObject({ kind: "follow-up-reminder", status: "pending" });
    expect(reminder.next_attempt_at).toBe(`${tomorrow}T00:00:00.000Z`);
  });

  it("refuses a follow-up date in the past with a message by the field, changing nothing", async () => {
    const lead = await newLead();
    const before = await snapshot(lead.id);
    const refused = await logContact(lead.id, { note: "Called.", status: "contacted", followUpOn: dayOffset(-1) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("The follow-up date cannot be in the past");
    expect(refused.text).toContain('id="contact-follow-up-error"');
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("refuses a status the workflow does not allow and keeps the note and follow-up unwritten", async () => {
    const lead = await newLead();
    const before = await snapshot(lead.id);
    const refused = await logContact(lead.id, { note: "Called.", status: "won", followUpOn: today() });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("A lead cannot go from");
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("refuses an unknown channel or outcome, naming each field", async () => {
    const lead = await newLead();
    const before = await snapshot(lead.id);
    const refused = await logContact(lead.id, { channel: "fax", outcome: "maybe" });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("Choose how you were in touch");
    expect(refused.text).toContain("Choose what came of it");
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("asks for the reason in the note when the lead is lost", async () => {
    const lead = await newLead();
    const refused = await logContact(lead.id, { status: "lost" });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("Please say in the note why the lead was lost");
  });

  it("refuses a consultant outside the lead's inbox with 403, changing nothing", async () => {
    const lead = await newLead();
    const row = await db
      .selectFrom("leads")
      .select(["inbox_id", "owner_id"])
      .where("id", "=", lead.id)
      .executeTakeFirstOrThrow();
    const outsider = await db
      .selectFrom("users")
      .select(["id", "email"])
      .where("role", "=", "consultant")
      .where("id", "!=", row.owner_id ?? 0)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("inbox_members")
              .select("user_id")
              .whereRef("inbox_members.user_id", "=", "users.id")
              .where("inbox_members.inbox_id", "=", row.inbox_id ?? 0),
          ),
        ),
      )
      .executeTakeFirstOrThrow();
    const before = await snapshot(lead.id);
    const refused = await logContact(lead.id, { note: "Not mine." }, await sessionFor(server, db, outsider.email));
    expect(refused.status).toBe(403);
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("answers 404 for a lead that does not exist", async () => {
    expect((await logContact(99_999_999, {})).status).toBe(404);
  });
});

describe("confirmation after an action", () => {
  it("shows the message on the next page once, and not after a reload", async () => {
    const lead = await newLead();
    await logContact(lead.id, { status: "contacted" });
    const first = await page(`/admin/leads/${lead.id}`);
    expect(first).toContain("Contact logged, status now Contacted.");
    const again = await page(`/admin/leads/${lead.id}`);
    expect(again).not.toContain("Contact logged, status now Contacted.");
  });

  it("sends every lead-page form back to its own section", async () => {
    const lead = await newLead();
    const note = await post(`/admin/leads/${lead.id}`, { intent: "note", body: "A note." });
    expect(note.location).toBe(`/admin/leads/${lead.id}#work`);
    expect(await page(`/admin/leads/${lead.id}`)).toContain("Note saved.");
  });
});

describe("follow-ups", () => {
  it("lists the signed-in person's overdue and today's follow-ups under Due today, not tomorrow's", async () => {
    const lead = await newLead();
    const admin = await userId("partner@meridian-audit.example");
    await logContact(lead.id, { followUpOn: today() });
    await logContact(lead.id, { channel: "email", outcome: "left-message", followUpOn: dayOffset(1) });
    // An overdue follow-up cannot be set from the form; it is one whose day has passed.
    await db
      .insertInto("lead_tasks")
      .values({
        lead_id: lead.id,
        owner_id: admin,
        title: "Follow up: call, no answer",
        due_on: dayOffset(-2),
        created_by: admin,
        created_at: new Date().toISOString(),
      })
      .execute();
    const due = await page("/admin/tasks");
    expect(due).toContain("Follow up: call, reached them");
    expect(due).toContain("Follow up: call, no answer");
    expect(due).toContain("2 days overdue");
    expect(due).not.toContain("Follow up: email, left a message");
  });

  it("marks a follow-up done and open again, each on the timeline", async () => {
    const lead = await newLead();
    await logContact(lead.id, { followUpOn: dayOffset(3) });
    const [task] = (await snapshot(lead.id)).tasks;
    const done = await post(`/admin/leads/${lead.id}`, { intent: "follow-up", taskId: String(task?.id), done: "true" });
    expect(done.status).toBe(302);
    expect(done.location).toBe(`/admin/leads/${lead.id}#follow-ups`);
    expect((await snapshot(lead.id)).tasks[0]?.done_at).not.toBeNull();
    await post(`/admin/tasks`, { intent: "follow-up", taskId: String(task?.id), done: "false" });
    const after = await snapshot(lead.id);
    expect(after.tasks[0]?.done_at).toBeNull();
    expect(after.events.map((event) => event.type)).toEqual(
      expect.arrayContaining(["follow_up_done", "follow_up_reopened"]),
    );
  });

  it("refuses from a lead's page a follow-up of another lead", async () => {
    const [first, second] = [await newLead(), await newLead()];
    await logContact(first.id, { followUpOn: dayOffset(3) });
    const [task] = (await snapshot(first.id)).tasks;
    const refused = await post(`/admin/leads/${second.id}`, {
      intent: "follow-up",
      taskId: String(task?.id),
      done: "true",
    });
    expect(refused.status).toBe(404);
    expect((await snapshot(first.id)).tasks[0]?.done_at).toBeNull();
  });

  it("cancels the reminder of a follow-up done before it was sent", async () => {
    const lead = await newLead();
    await logContact(lead.id, { followUpOn: dayOffset(3) });
    const [task] = (await snapshot(lead.id)).tasks;
    await post(`/admin/leads/${lead.id}`, { intent: "follow-up", taskId: String(task?.id), done: "true" });
    // Its day comes: the worker picks it up and finds the follow-up done.
    await db
      .updateTable("outbox")
      .set({ next_attempt_at: new Date(0).toISOString() })
      .where("id", "=", task?.reminder_outbox_id ?? "")
      .execute();
    const reminder = await waitFor(async () => {
      const row = await db
        .selectFrom("outbox")
        .select(["status", "last_error"])
        .where("id", "=", task?.reminder_outbox_id ?? "")
        .executeTakeFirstOrThrow();
      return row.status === "pending" || row.status === "sending" ? undefined : row;
    }, "the reminder to be handled");
    expect(reminder).toEqual({ status: "cancelled", last_error: "The follow-up was done" });
  });
});

describe("the previous owner", () => {
  it("is told when someone else reassigns the lead away from them", async () => {
    const lead = await newLead();
    const owner = await db
      .selectFrom("users")
      .select(["id", "email"])
      .where("id", "=", lead.owner_id ?? 0)
      .executeTakeFirstOrThrow();
    const other = await db
      .selectFrom("users")
      .select("id")
      .where("id", "not in", [owner.id, await userId("partner@meridian-audit.example")])
      .where("active", "=", 1)
      .executeTakeFirstOrThrow();
    await post(`/admin/leads/${lead.id}`, { intent: "reassign", ownerId: String(other.id) });
    const told = await db
      .selectFrom("outbox")
      .select(["to_address", "subject"])
      .where("lead_id", "=", lead.id)
      .where("kind", "=", "lead-reassigned-away")
      .execute();
    expect(told).toHaveLength(1);
    expect(told[0]?.to_address).toBe(owner.email);
    expect(told[0]?.subject).toContain("Helena Vos reassigned");
  });

  it("is not told when they hand the lead on themselves", async () => {
    const lead = await newLead();
    const owner = await db
      .selectFrom("users")
      .select(["id", "email"])
      .where("id", "=", lead.owner_id ?? 0)
      .executeTakeFirstOrThrow();
    const admin = await userId("partner@meridian-audit.example");
    const handedOff = await post(
      `/admin/leads/${lead.id}`,
      { intent: "reassign", ownerId: String(admin) },
      await sessionFor(server, db, owner.email),
    );
    expect(handedOff.status).toBe(302);
    const told = await db
      .selectFrom("outbox")
      .select("id")
      .where("lead_id", "=", lead.id)
      .where("kind", "=", "lead-reassigned-away")
      .execute();
    expect(told).toHaveLength(0);
  });
});

describe("the previous owner of a batch", () => {
  it("gets one email for all of their leads assigned to someone else at once", async () => {
    const [first, second] = [await newLead("batch"), await newLead("batch")];
    const owner = await userId("amara.okafor@meridian-audit.example");
    const next = await userId("jonas.lindqvist@meridian-audit.example");
    await db.updateTable("leads").set({ owner_id: owner }).where("id", "in", [first.id, second.id]).execute();
    const body = new URLSearchParams({ do: "assign", ownerId: String(next) });
    for (const id of [first.id, second.id]) body.append("lead", String(id));
    const confirmed = await fetch(`${server.baseUrl}/admin/bulk`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: adminCookie, Origin: server.baseUrl },
      redirect: "manual",
    });
    expect(confirmed.status).toBe(302);
    const told = await db
      .selectFrom("outbox")
      .select(["to_address", "subject", "lead_id"])
      .where("kind", "=", "lead-reassigned-away")
      .where("to_address", "=", "amara.okafor@meridian-audit.example")
      .where("subject", "like", "%2 of your leads%")
      .execute();
    expect(told).toEqual([
      {
        to_address: "amara.okafor@meridian-audit.example",
        subject: expect.stringContaining("Helena Vos"),
        lead_id: null,
      },
    ]);
  });
});

describe("the follow-up reminder", () => {
  it("reaches its owner once, and not again after the server restarts", async () => {
    const lead = await newLead();
    await logContact(lead.id, { followUpOn: today() });
    const [task] = (await snapshot(lead.id)).tasks;
    const sent = () =>
      db
        .selectFrom("mailbox_messages")
        .select(["to_address", "subject"])
        .where("outbox_id", "=", task?.reminder_outbox_id ?? "")
        .execute();
    await waitFor(async () => ((await sent()).length > 0 ? true : undefined), "the reminder to be sent");
    expect(await sent()).toEqual([
      { to_address: "partner@meridian-audit.example", subject: expect.stringContaining(`Follow-up due ${today()}`) },
    ]);

    await server.stop();
    server = await startServer({ ...SETTINGS, DATABASE_PATH: server.databasePath });
    // Give the restarted worker a few rounds (it looks every 2 seconds).
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await sent()).toHaveLength(1);
  });
});
