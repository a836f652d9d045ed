import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Assessment, RULESET_VERSION } from "~/domain/exposure";
import { FLOW_STEP_IDS } from "~/domain/flow/progress";
import { PRIVACY_NOTICE_VERSION } from "~/domain/privacy";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { readLeadDocuments } from "~/server/leads/documents.server";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import { type TestServer, startServer } from "../support/server";

const bank = answersFixture("eu-bank-credit-scoring");
let server: TestServer;
let db: DB;

beforeAll(async () => {
  server = await startServer({
    FORM_MIN_FILL_SECONDS: "0",
    SUBMIT_LIMIT_PER_IP: "1000",
    SUBMIT_LIMIT_PER_EMAIL: "1000",
  });
  db = createDatabase(server.databasePath);
});

afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

async function visitorAtReview(contact = VALID_CONTACT) {
  const visitor = new FlowVisitor(server.baseUrl);
  await visitor.start();
  await visitor.answerAllSteps(bank);
  const posted = await visitor.submitContact(contact);
  expect(posted.location).toBe("/assess/review");
  return visitor;
}

const draftRows = () =>
  db.selectFrom("lead_drafts").select(["id", "answers", "contact", "updated_at"]).orderBy("id").execute();

describe("the qualification flow without JavaScript", () => {
  it("takes a visitor from the call to action to a stored lead and their summary", async () => {
    const visitor = await visitorAtReview();
    const review = await visitor.get("/assess/review");
    expect(review.response.status).toBe(200);
    expect(review.text).toContain("Analytical Engines GmbH");

    const submitted = await visitor.post("/assess/review", {});
    expect(submitted.response.status).toBe(302);
    expect(submitted.location).toMatch(/^\/assess\/done\/[A-Za-z0-9_-]{40,}$/);

    const lead = await db
      .selectFrom("leads")
      .selectAll()
      .where("contact_email", "=", VALID_CONTACT.email)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(lead.public_ref).toMatch(/^ID-[0-9A-Z]{6}$/);
    const documents = await readLeadDocuments(db, lead.id);
    expect(documents?.answers).toMatchObject({ establishments: bank.establishments, aiUses: bank.aiUses });
    expect(lead.ruleset_version).toBe(RULESET_VERSION);
    expect((documents?.assessment as Assessment).regimes.length).toBeGreaterThan(10);
    expect(lead).toMatchObject({
      source_article: "credit-scoring-gdpr-ai-act-dora",
      source_topic: "gdpr",
      consent_version: PRIVACY_NOTICE_VERSION,
      status: "new",
    });
    expect(JSON.parse(lead.utm)).toEqual({ utm_source: "newsletter", utm_campaign: "ai-act" });
    expect(lead.message).toBe(VALID_CONTACT.message);
    const events = await db.selectFrom("lead_events").select("type").where("lead_id", "=", lead.id).execute();
    expect(events.map((event) => event.type)).toEqual(["created", "routed", "assigned"]);

    const summary = await visitor.get(submitted.location ?? "");
    expect(summary.response.status).toBe(200);
    expect(summary.text).toContain(lead.public_ref);
    expect(summary.text).toContain("Likely to apply");
    expect(summary.text).toContain("not legal advice");
  });

  it("pre-selects the concern matching the article's topic", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start("?from=nis2-essential-important-entities-in-practice&topic=nis2");
    const page = await visitor.get("/assess/company");
    expect(page.text).toMatch(/<input[^>]*id="mainConcern-nis2"[^>]*checked=""/);
    expect(page.text.match(/<input[^>]*name="mainConcern"[^>]*checked=""/g)).toHaveLength(1);
  });

  it("keeps every answer when the visitor goes back", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    await visitor.answerAllSteps(bank);
    const company = await visitor.get("/assess/company");
    for (const market of bank.markets ?? [])
      expect(company.text).toMatch(new RegExp(`<input[^>]*id="markets-${market}"[^>]*checked=""`));
  });

  it("resumes at the first incomplete step", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    const own = {
      establishments: bank.establishments,
      markets: bank.markets,
      employees: bank.employees,
      turnover: bank.turnover,
      sectors: bank.sectors,
      mainConcern: bank.mainConcern,
    };
    await visitor.post("/assess/company", own);
    const again = await visitor.get("/assess");
    expect(again.location).toBe("/assess/ai-decisions");
  });

  it("records how far an assessment got, for the reports' drop-off: one step at a time, then sent", async () => {
    const progress = async () =>
      db
        .selectFrom("flow_progress")
        .innerJoin("lead_drafts", "lead_drafts.id", "flow_progress.draft_id")
        .select(["flow_progress.reached_step", "flow_progress.submitted", "flow_progress.source_article"])
        .orderBy("lead_drafts.created_at", "desc")
        .orderBy("flow_progress.id", "desc")
        .executeTakeFirstOrThrow();
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    expect(await progress()).toEqual({
      reached_step: 1,
      submitted: 0,
      source_article: "credit-scoring-gdpr-ai-act-dora",
    });
    await visitor.answerAllSteps(bank);
    // Every questionnaire step answered: the visitor is on the contact step, the last but the review.
    expect((await progress()).reached_step).toBe(FLOW_STEP_IDS.length);
    await visitor.submitContact(VALID_CONTACT);
    expect((await progress()).reached_step).toBe(FLOW_STEP_IDS.length + 1);
    await visitor.post("/assess/review", {});
    expect(await progress()).toMatchObject({ reached_step: FLOW_STEP_IDS.length + 1, submitted: 1 });
  });

  it("sends a visitor who skips ahead to the first incomplete step, saving nothing", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    const before = await draftRows();
    const skipped = await visitor.post("/assess/cross-border", {
      tradeCountries: "none",
      usNexus: "none",
      sensitiveExports: "none",
    });
    expect(skipped.location).toBe("/assess/company");
    expect((await visitor.get("/assess/review")).location).toBe("/assess/company");
    expect(await draftRows()).toEqual(before);
  });

  it.each([
    ["a missing answer", { employees: undefined }, "employees", "Please answer this question"],
    ["an unknown option", { employees: "a-million" }, "employees", "Unknown option"],
    ["a list where one answer belongs", { turnover: ["up-to-10m", "10m-25m"] }, "turnover", "Expected a single option"],
    ["markup as an option", { sectors: ["<script>alert(1)</script>"] }, "sectors", "Unknown option"],
    [
      '"Not sure yet" beside a named concern',
      { mainConcern: ["eu-ai-act", "unsure"] },
      "mainConcern",
      "cannot be combined with other options",
    ],
  ])("refuses %s on a step with 400 and a field message, writing nothing", async (_label, change, field, message) => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    const before = await draftRows();
    const own = {
      establishments: bank.establishments,
      markets: bank.markets,
      employees: bank.employees,
      turnover: bank.turnover,
      sectors: bank.sectors,
      mainConcern: bank.mainConcern,
      ...change,
    };
    const result = await visitor.post("/assess/company", own);
    expect(result.response.status).toBe(400);
    expect(result.text).toContain(`id="${field}-error"`);
    if (message) expect(result.text).toContain(message);
    expect(result.text).not.toContain("<script>alert(1)</script>");
    expect(await draftRows()).toEqual(before);
  });

  it.each([
    ["a malformed email", { email: "ada@" }, "email", "valid email address"],
    ["no consent", { consent: undefined }, "consent", "agree to be contacted"],
    ["a message over 2,000 characters", { message: "x".repeat(2001) }, "message", "under 2,000 characters"],
    ["control characters in a name", { name: "Ada\u0007Lovelace" }, "name", "control characters"],
    ["an empty company", { company: "   " }, "company", "company name"],
    ["a list where the name belongs", { name: ["Ada", "Eve"] }, "name", "single value"],
  ] as Array<[string, Record<string, string | string[] | undefined>, string, string]>)(
    "refuses %s on the contact step with 400 and a field message, writing nothing",
    async (_label, change, field, message) => {
      const visitor = new FlowVisitor(server.baseUrl);
      await visitor.start();
      await visitor.answerAllSteps(bank);
      const before = await draftRows();
      const result = await visitor.submitContact({ ...VALID_CONTACT, ...change });
      expect(result.response.status).toBe(400);
      expect(result.text).toContain(`id="${field}-error"`);
      expect(result.text).toContain(message);
      expect(await draftRows()).toEqual(before);
    },
  );

  it("refuses bytes that are not UTF-8 in a contact field, writing nothing", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    await visitor.answerAllSteps(bank);
    const page = await visitor.get("/assess/contact");
    const formStarted = page.text.match(/name="formStarted" value="([^"]+)"/)?.[1] ?? "";
    const fields = new URLSearchParams({ ...VALID_CONTACT, formStarted, website: "" });
    fields.delete("name");
    const body = Buffer.concat([
      Buffer.from("name=Ada"),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`Lovelace&${fields.toString()}`),
    ]);
    const before = await draftRows();
    const result = await visitor.request("/assess/contact", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(result.response.status).toBe(400);
    expect(result.text).toContain('id="name-error"');
    expect(result.text).toContain("could not be read");
    expect(await draftRows()).toEqual(before);
  });

  it("refuses percent-encoded bytes that are not UTF-8 in an answer, writing nothing", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    const before = await draftRows();
    const result = await visitor.request("/assess/company", {
      method: "POST",
      body: "establishments=eu-eea&markets=eu-eea&employees=%FF%FE&turnover=up-to-10m&sectors=other&mainConcern=gdpr",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(result.response.status).toBe(400);
    expect(result.text).toContain('id="employees-error"');
    expect(await draftRows()).toEqual(before);
  });

  it("stores text as typed and shows it escaped", async () => {
    const visitor = await visitorAtReview({
      ...VALID_CONTACT,
      name: "Ada <script>alert('x')</script>",
      email: "xss@analytical.example",
      message: "'; DROP TABLE leads; --",
    });
    const review = await visitor.get("/assess/review");
    expect(review.text).not.toContain("<script>alert('x')</script>");
    expect(review.text).toContain("Ada &lt;script&gt;");
    await visitor.post("/assess/review", {});
    const lead = await db
      .selectFrom("leads")
      .select(["contact_name", "message"])
      .where("contact_email", "=", "xss@analytical.example")
      .executeTakeFirstOrThrow();
    expect(lead).toEqual({ contact_name: "Ada <script>alert('x')</script>", message: "'; DROP TABLE leads; --" });
  });

  it("turns a replayed final post into the same lead, never a second one", async () => {
    const visitor = await visitorAtReview({ ...VALID_CONTACT, email: "replay@analytical.example" });
    const first = await visitor.post("/assess/review", {});
    const second = await visitor.post("/assess/review", {});
    expect(second.location).toBe(first.location);
    const rows = await db
      .selectFrom("leads")
      .select("id")
      .where("contact_email", "=", "replay@analytical.example")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("links a repeat submitter's new lead to the earlier one", async () => {
    const email = "repeat@analytical.example";
    await (await visitorAtReview({ ...VALID_CONTACT, email })).post("/assess/review", {});
    await (
      await visitorAtReview({ ...VALID_CONTACT, email: "Repeat+second@Analytical.example" })
    ).post("/assess/review", {});
    const rows = await db
      .selectFrom("leads")
      .select(["id", "duplicate_of"])
      .where("email_normalized", "=", email)
      .orderBy("id")
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]?.duplicate_of).toBeNull();
    expect(rows[1]?.duplicate_of).toBe(rows[0]?.id);
  });

  it("treats a forged draft cookie as no draft", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    visitor.cookie = "impact_draft=forged-value.signature";
    const before = await draftRows();
    const result = await visitor.post("/assess/company", { employees: "10-49" });
    expect(result.location).toBe("/assess");
    expect(await draftRows()).toEqual(before);
  });

  it("treats an expired draft as no draft", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    await db
      .updateTable("lead_drafts")
      .set({ expires_at: "2000-01-01T00:00:00.000Z" })
      .where("status", "=", "open")
      .execute();
    expect((await visitor.get("/assess/company")).location).toBe("/assess");
  });

  it("answers an unknown summary token with 404", async () => {
    const result = await new FlowVisitor(server.baseUrl).get(
      "/assess/done/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    );
    expect(result.response.status).toBe(404);
  });

  it("refuses a step posted from another site with 403, saving nothing", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    const before = await draftRows();
    const result = await visitor.request("/assess/company", {
      method: "POST",
      body: new URLSearchParams({ employees: "10-49" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
    });
    expect(result.response.status).toBe(403);
    expect(await draftRows()).toEqual(before);
  });

  it("refuses a request body over the size limit", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    const result = await visitor.post("/assess/company", { establishments: "x".repeat(70_000) });
    expect(result.response.status).toBe(413);
  });

  it("refuses the contact step when the honeypot is filled, saving nothing", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    await visitor.answerAllSteps(bank);
    const before = await draftRows();
    const result = await visitor.submitContact(VALID_CONTACT, { overrides: { website: "https://spam.example" } });
    expect(result.response.status).toBe(400);
    expect(result.text).toContain("We could not accept the form");
    expect(await draftRows()).toEqual(before);
  });

  it("refuses the contact step with a forged time stamp", async () => {
    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    await visitor.answerAllSteps(bank);
    const result = await visitor.submitContact(VALID_CONTACT, { overrides: { formStarted: "1.forged" } });
    expect(result.response.status).toBe(400);
  });
});

describe("the per-address submission limit", () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startServer({
      FORM_MIN_FILL_SECONDS: "0",
      SUBMIT_LIMIT_PER_IP: "1000",
      SUBMIT_LIMIT_PER_EMAIL: "1",
    });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it("answers a second submission from the same email address with 429", async () => {
    const atReview = async (email: string) => {
      const visitor = new FlowVisitor(limited.baseUrl);
      await visitor.start();
      await visitor.answerAllSteps(bank);
      await visitor.submitContact({ ...VALID_CONTACT, email });
      return visitor;
    };
    const first = await atReview("same@limit.example");
    const second = await atReview("Same+again@limit.example");
    const other = await atReview("other@limit.example");
    expect((await first.post("/assess/review", {})).response.status).toBe(302);
    const refused = await second.post("/assess/review", {});
    expect(refused.response.status).toBe(429);
    expect(refused.text).toContain("Please try again a little later");
    expect((await other.post("/assess/review", {})).response.status).toBe(302);
  });
});

// The time trap is off here: these limits hold whatever the trap decides, and the trap has tests of
// its own (tests/integration/suspected-automation.test.ts).
describe("limits per address, the honeypot and the time-trap token", () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startServer({
      FORM_MIN_FILL_SECONDS: "0",
      SUBMIT_LIMIT_PER_IP: "2",
      SUBMIT_CEILING_PER_IP: "3",
      SUBMIT_LIMIT_PER_EMAIL: "1000",
    });
  });
  afterAll(async () => {
    await strict?.stop();
  });

  async function atReview(email: string) {
    const visitor = new FlowVisitor(strict.baseUrl);
    await visitor.start();
    await visitor.answerAllSteps(bank);
    const posted = await visitor.submitContact({ ...VALID_CONTACT, email });
    expect(posted.location).toBe("/assess/review");
    return visitor;
  }

  it("still refuses a contact step whose hidden honeypot field was filled", async () => {
    const visitor = new FlowVisitor(strict.baseUrl);
    await visitor.start();
    await visitor.answerAllSteps(bank);
    const result = await visitor.submitContact(VALID_CONTACT, { overrides: { website: "https://spam.example" } });
    expect(result.response.status).toBe(400);
    expect(result.text).toContain("We could not accept the form");
  });

  it("refuses a time-trap token taken from another visitor's draft", async () => {
    const first = new FlowVisitor(strict.baseUrl);
    await first.start();
    await first.answerAllSteps(bank);
    const shown = await first.get("/assess/contact");
    const token = shown.text.match(/name="formStarted" value="([^"]+)"/)?.[1] ?? "";
    expect(token).not.toBe("");

    const replaying = new FlowVisitor(strict.baseUrl);
    await replaying.start();
    await replaying.answerAllSteps(bank);
    const result = await replaying.submitContact(VALID_CONTACT, { overrides: { formStarted: token } });
    expect(result.response.status).toBe(400);
    expect(result.text).toContain("We could not accept the form");
  });

  it("accepts a submission over the per-address limit as a lead, and answers one over the ceiling with 429 and a friendly page", async () => {
    const visitors = [
      await atReview("one@limit.example"),
      await atReview("two@limit.example"),
      await atReview("three@limit.example"),
      await atReview("four@limit.example"),
    ];
    expect((await visitors[0]?.post("/assess/review", {}))?.response.status).toBe(302);
    expect((await visitors[1]?.post("/assess/review", {}))?.response.status).toBe(302);
    expect((await visitors[2]?.post("/assess/review", {}))?.response.status).toBe(302);
    const strictDb = createDatabase(strict.databasePath);
    const statuses = await strictDb.selectFrom("leads").select(["contact_email", "status"]).orderBy("id").execute();
    await strictDb.destroy();
    expect(statuses.filter((lead) => lead.contact_email.endsWith("@limit.example"))).toEqual([
      { contact_email: "one@limit.example", status: "new" },
      { contact_email: "two@limit.example", status: "new" },
      { contact_email: "three@limit.example", status: "unconfirmed" },
    ]);
    const refused = await visitors[3]?.post("/assess/review", {});
    expect(refused?.response.status).toBe(429);
    expect(refused?.response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(refused?.text).toContain("Please try again a little later");
  }, 60_000);
});
