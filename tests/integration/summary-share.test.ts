import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { type TestServer, startServer } from "../support/server";
import { MANY_SUBMITS_SETTINGS, visitorWithSubmittedLead } from "../support/submitted-lead";

/** "Send to a colleague" from the summary, over HTTP, as a form post without JavaScript. */
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

async function summary() {
  const { visitor, summaryPath, lead } = await visitorWithSubmittedLead(server.baseUrl, db, "sharer");
  return { visitor, path: summaryPath, leadId: lead.id };
}

const shares = (leadId: number) =>
  db
    .selectFrom("outbox")
    .select(["to_address", "subject"])
    .where("lead_id", "=", leadId)
    .where("kind", "=", "summary-shared")
    .execute();

describe("sending the summary to a colleague", () => {
  it("sends it to an address at the visitor's own domain, and records it on the lead's timeline", async () => {
    const { visitor, path, leadId } = await summary();
    const sent = await visitor.post(path, { colleague: "CFO@Analytical.example" });
    expect(sent.response.status).toBe(200);
    expect(sent.text).toContain("Sent to CFO@Analytical.example.");
    expect(await shares(leadId)).toEqual([
      {
        to_address: "CFO@Analytical.example",
        subject: "Ada Lovelace shared an exposure summary with you · Meridian Regulatory Audit",
      },
    ]);
    const events = await db
      .selectFrom("lead_events")
      .select("type")
      .where("lead_id", "=", leadId)
      .where("type", "=", "summary_shared")
      .execute();
    expect(events).toHaveLength(1);
  });

  it.each([
    ["another domain", "someone@elsewhere.example", "We can only send it to an address at analytical.example"],
    ["a subdomain", "someone@mail.analytical.example", "We can only send it to an address at analytical.example"],
    ["a malformed address", "not an address", "Please enter a valid email address"],
    ["nothing", "", "Please enter your colleague&#x27;s work email"],
  ])("refuses %s with a clear message, and sends nothing", async (_, colleague, message) => {
    const { visitor, path, leadId } = await summary();
    const refused = await visitor.post(path, { colleague });
    expect(refused.response.status).toBe(400);
    expect(refused.text).toContain(message);
    expect(await shares(leadId)).toEqual([]);
  });

  it("stops after five colleagues a day for one summary", async () => {
    const { visitor, path, leadId } = await summary();
    for (let index = 1; index <= 5; index += 1)
      expect((await visitor.post(path, { colleague: `c${index}@analytical.example` })).response.status).toBe(200);
    const sixth = await visitor.post(path, { colleague: "c6@analytical.example" });
    expect(sixth.response.status).toBe(429);
    expect(sixth.text).toContain("Please try again tomorrow.");
    expect(await shares(leadId)).toHaveLength(5);
  });
});
