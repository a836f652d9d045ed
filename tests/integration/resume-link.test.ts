import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { FlowVisitor, answersFixture } from "../support/flow-client";
import { type TestServer, startServer } from "../support/server";

const bank = answersFixture("eu-bank-credit-scoring");
let server: TestServer;
let db: DB;

beforeAll(async () => {
  server = await startServer();
  db = createDatabase(server.databasePath);
});
afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

async function visitorAfterFirstStep() {
  const visitor = new FlowVisitor(server.baseUrl);
  await visitor.start();
  const company = Object.fromEntries(
    ["establishments", "markets", "employees", "turnover", "sectors", "mainConcern"].map((id) => [id, bank[id]]),
  );
  await visitor.post("/assess/company", company);
  return visitor;
}

/**
 * Waits for the server's mail worker to deliver the resume email and returns its link path. The
 * worker looks every 2 s; on a busy machine a round can take several times that.
 */
async function resumePathSentTo(email: string): Promise<string> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const message = await db
      .selectFrom("mailbox_messages")
      .select("text")
      .where("to_address", "=", email)
      .orderBy("id", "desc")
      .executeTakeFirst();
    const link = message?.text.match(/\/assess\/resume\/[A-Za-z0-9_-]+/)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No resume email reached ${email}`);
}

describe("continuing later by email", { timeout: 60_000 }, () => {
  it("is offered on every step", async () => {
    const visitor = await visitorAfterFirstStep();
    expect((await visitor.get("/assess/ai-decisions")).text).toContain('href="/assess/later"');
  });

  it("emails a link that reopens the draft in another browser at its first incomplete step", async () => {
    const visitor = await visitorAfterFirstStep();
    const sent = await visitor.post("/assess/later", { email: "later@bank.example" });
    expect(sent.response.status).toBe(200);
    expect(sent.text).toContain("We have sent a link to");
    const link = await resumePathSentTo("later@bank.example");

    const elsewhere = new FlowVisitor(server.baseUrl);
    const opened = await elsewhere.get(link);
    expect(opened.response.status).toBe(200);
    expect(opened.text).toContain("Continue my assessment");
    const continued = await elsewhere.post(link, {});
    expect(continued.response.status).toBe(302);
    expect(continued.location).toBe("/assess/ai-decisions");
    const company = await elsewhere.get("/assess/company");
    expect(company.text).toMatch(/<input[^>]*id="markets-eu-eea"[^>]*checked=""/);
  });

  it("works once", async () => {
    const visitor = await visitorAfterFirstStep();
    await visitor.post("/assess/later", { email: "once@bank.example" });
    const link = await resumePathSentTo("once@bank.example");
    expect((await new FlowVisitor(server.baseUrl).post(link, {})).response.status).toBe(302);
    const again = await new FlowVisitor(server.baseUrl).post(link, {});
    expect(again.response.status).toBe(410);
    expect(again.text).toContain("expired or was already used");
    expect((await new FlowVisitor(server.baseUrl).get(link)).response.status).toBe(410);
  });

  it("is not spent by opening it: a mail scanner's fetches leave it to the visitor and take no draft", async () => {
    const visitor = await visitorAfterFirstStep();
    await visitor.post("/assess/later", { email: "scanned@bank.example" });
    const link = await resumePathSentTo("scanned@bank.example");
    const scanner = new FlowVisitor(server.baseUrl);
    const fetches = await Promise.all([
      scanner.get(link),
      scanner.get(link),
      new FlowVisitor(server.baseUrl).request(link, { method: "HEAD" }),
    ]);
    expect(fetches.map((fetched) => fetched.response.status)).toEqual([200, 200, 200]);
    expect(scanner.cookie).toBe("");
    expect(fetches[0]?.text).not.toContain("scanned@bank.example");

    const owner = new FlowVisitor(server.baseUrl);
    const continued = await owner.post(link, {});
    expect(continued.response.status).toBe(302);
    expect(continued.location).toBe("/assess/ai-decisions");
  });

  it("stops working when it expires", async () => {
    const visitor = await visitorAfterFirstStep();
    await visitor.post("/assess/later", { email: "expired@bank.example" });
    const link = await resumePathSentTo("expired@bank.example");
    await db
      .updateTable("draft_resume_links")
      .set({ expires_at: "2000-01-01T00:00:00.000Z" })
      .where("email", "=", "expired@bank.example")
      .execute();
    expect((await new FlowVisitor(server.baseUrl).get(link)).response.status).toBe(410);
    expect((await new FlowVisitor(server.baseUrl).post(link, {})).response.status).toBe(410);
  });

  it("refuses a malformed address with a field message, sending nothing", async () => {
    const visitor = await visitorAfterFirstStep();
    const before = await db.selectFrom("outbox").select("id").execute();
    const result = await visitor.post("/assess/later", { email: "not-an-address" });
    expect(result.response.status).toBe(400);
    expect(result.text).toContain('id="email-error"');
    expect(await db.selectFrom("outbox").select("id").execute()).toEqual(before);
  });

  it("limits how many links one address receives", async () => {
    const visitor = await visitorAfterFirstStep();
    const statuses = [];
    for (let n = 0; n < 4; n += 1)
      statuses.push((await visitor.post("/assess/later", { email: "flood@bank.example" })).response.status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("sends a visitor without a draft to the start", async () => {
    expect((await new FlowVisitor(server.baseUrl).post("/assess/later", { email: "a@b.example" })).location).toBe(
      "/assess",
    );
  });
});
