import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  DEMO_INBOX_SLUGS,
  DEMO_ROUTING_RULESET,
  draftToFormEntries,
  formName,
  routingFormCatalogue,
  rulesetToDraft,
  type RoutingRuleset,
} from "~/domain/routing";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, startAdminServer, stopAdminServer } from "../support/admin-client";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let cookie: string;

const catalogue = routingFormCatalogue(DEMO_INBOX_SLUGS.map((slug) => ({ slug, name: slug })));

/** The builder's fields for a ruleset, as a browser posts them, with the button pressed. */
const builderPost = (ruleset: RoutingRuleset, intent: string, extra: [string, string][] = []) =>
  new URLSearchParams([...draftToFormEntries(rulesetToDraft(ruleset), catalogue), ["intent", intent], ...extra]);

const post = (body: URLSearchParams) => postForm(server.baseUrl, "/admin/routing", body, cookie);

/** Everything a dry run or a refused save must leave as it was. */
async function snapshot() {
  return {
    rulesets: await db.selectFrom("routing_rulesets").selectAll().orderBy("version").execute(),
    leads: await db.selectFrom("leads").select(["id", "inbox_id", "owner_id", "updated_at"]).orderBy("id").execute(),
    events: (
      await db
        .selectFrom("lead_events")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst()
    )?.n,
    dictionaries: (
      await db
        .selectFrom("lead_document_dictionaries")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst()
    )?.n,
  };
}

/** A draft that sends every lead to one inbox. */
const everythingTo = (inbox: string, version = "2027.1.1"): RoutingRuleset => ({
  version,
  fallbackInbox: "general",
  rules: [{ id: "everything", name: "Everything", when: [], inbox }],
});

/** The dry run's table as { inbox name: [in force, draft] }. */
function dryRunCounts(page: string): Record<string, [number, number]> {
  const table = /data-testid="dry-run-inboxes"[\s\S]*?<\/table>/.exec(page)?.[0] ?? "";
  return Object.fromEntries(
    [...table.matchAll(/<th scope="row"[^>]*>([^<]+)<\/th><td[^>]*>(\d+)<\/td><td[^>]*>(\d+)<\/td>/g)].map((m) => [
      (m[1] ?? "").replaceAll("&amp;", "&"),
      [Number(m[2]), Number(m[3])],
    ]),
  );
}

beforeAll(async () => {
  ({ server, db, adminCookie: cookie } = await startAdminServer({ FORM_MIN_FILL_SECONDS: "0" }));
});
afterAll(() => stopAdminServer({ server, db }));

describe("a dry run on an empty database", () => {
  it("says plainly that there are no leads to try the rules on, and stores nothing", async () => {
    const before = await snapshot();
    const answer = await post(builderPost(everythingTo("privacy-data"), "dry-run"));
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("There are no leads yet, so there is nothing to try the rules on.");
    expect(await snapshot()).toEqual(before);
  });
});

describe("a tampered rule form", () => {
  const draft = { ...structuredClone(DEMO_ROUTING_RULESET), version: "2027.2.1" };
  const tampered = (name: string, value: string) => {
    const body = builderPost(draft, "build-save");
    body.set(name, value);
    return body;
  };

  it.each([
    ["a field", formName.condition(0, 0, "field"), "salary", 'Unknown field "salary"'],
    ["an operator", formName.condition(0, 0, "op"), "gte", 'Operator "gte" is not allowed for field "redFlag"'],
    ["a value", formName.value(0, 0), "no-such-flag", 'Unknown red flag "no-such-flag"'],
    ["an inbox id", formName.rule(0, "inbox"), "legal", 'Unknown inbox "legal"'],
  ])("is refused with 400 and a message beside %s, storing nothing", async (_what, name, value, message) => {
    const before = await snapshot();
    const refused = await post(tampered(name, value));
    expect(refused.status).toBe(400);
    const beside = new RegExp(
      `id="rb-${name.replaceAll(".", "-")}-error"[^>]*>.*?${message.replaceAll('"', "&quot;")}`,
    );
    expect(refused.text).toMatch(beside);
    expect(await snapshot()).toEqual(before);
  });

  it("is shown back as it was sent", async () => {
    const body = tampered(formName.rule(0, "inbox"), "legal");
    body.set(formName.rule(0, "name"), "A renamed rule");
    const refused = await post(body);
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/name="rules\.0\.name"[^>]*value="A renamed rule"/);
  });
});

describe("saving from the builder", () => {
  it("stores the ruleset the equivalent JSON stores, not in force unless asked", async () => {
    const ruleset = { ...structuredClone(DEMO_ROUTING_RULESET), version: "2027.3.1" };
    const saved = await post(builderPost(ruleset, "build-save"));
    expect(saved.status).toBe(302);
    const viaJson = await post(
      new URLSearchParams({ intent: "save", rules: JSON.stringify({ ...ruleset, version: "2027.3.2" }) }),
    );
    expect(viaJson.status).toBe(302);
    const stored = await db
      .selectFrom("routing_rulesets")
      .select(["version", "ruleset", "active"])
      .where("version", "in", ["2027.3.1", "2027.3.2"])
      .orderBy("version")
      .execute();
    expect(stored.map((row) => row.active)).toEqual([0, 0]);
    const [fromForm, fromJson] = stored.map((row) => ({ ...(JSON.parse(row.ruleset) as RoutingRuleset), version: "" }));
    expect(fromForm).toEqual(fromJson);
  });

  it("puts a version in force only when the choice is confirmed", async () => {
    const before = await snapshot();
    const unconfirmed = await post(
      builderPost(everythingTo("general", "2027.4.1"), "build-save", [["activate", "on"]]),
    );
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.text).toContain("to confirm");
    expect(await snapshot()).toEqual(before);

    const confirmed = await post(
      builderPost(everythingTo("general", "2027.4.1"), "build-save", [
        ["activate", "on"],
        ["confirm", "on"],
      ]),
    );
    expect(confirmed.status).toBe(302);
    const active = await db.selectFrom("routing_rulesets").select("version").where("active", "=", 1).executeTakeFirst();
    expect(active?.version).toBe("2027.4.1");
    // Back to the demo rules for the tests that follow.
    expect(
      (await post(new URLSearchParams({ intent: "activate", version: DEMO_ROUTING_RULESET.version, confirm: "on" })))
        .status,
    ).toBe(302);
  });

  it("moves a rule up without JavaScript by answering with the edited form", async () => {
    const answer = await post(builderPost(DEMO_ROUTING_RULESET, "rule-up.1"));
    expect(answer.status).toBe(200);
    const names = [...answer.text.matchAll(/name="rules\.(\d+)\.id"[^>]*value="([^"]+)"/g)].map((m) => m[2]);
    expect(names.slice(0, 2)).toEqual([DEMO_ROUTING_RULESET.rules[1]?.id, DEMO_ROUTING_RULESET.rules[0]?.id]);
  });
});

describe("a dry run on recent leads", () => {
  const FIXTURES = [
    "eu-bank-credit-scoring",
    "uae-distributor-iran-gpus",
    "dutch-saas-no-ai",
    "us-hrtech-cv-screening-nyc",
  ];

  beforeAll(async () => {
    for (const [index, fixture] of FIXTURES.entries()) {
      const visitor = new FlowVisitor(server.baseUrl);
      await visitor.start();
      await visitor.answerAllSteps(answersFixture(fixture));
      await visitor.submitContact({ ...VALID_CONTACT, email: `dry-run-${index}@example.com` });
      await visitor.post("/assess/review", {});
    }
    // The mail worker notes each email it sends on the lead's timeline: wait until it has sent
    // them all, so that the snapshots below change only if the dry run changed something.
    const emailsDue = async () =>
      (
        await db
          .selectFrom("outbox")
          .select("id")
          .where("status", "in", ["pending", "sending"])
          .where("next_attempt_at", "<=", new Date().toISOString())
          .execute()
      ).length;
    await vi.waitFor(async () => expect(await emailsDue()).toBe(0), { timeout: 30_000, interval: 100 });
  }, 60_000);

  it("counts each inbox's leads under the rules in force and the draft, as the submit routed them", async () => {
    // The submit routed each lead by the rules in force, so the stored inboxes are the expected "now".
    const stored = await db
      .selectFrom("leads")
      .innerJoin("inboxes", "inboxes.id", "leads.inbox_id")
      .select(["leads.public_ref", "inboxes.name", "inboxes.slug"])
      .execute();
    expect(stored).toHaveLength(FIXTURES.length);
    const inboxes = await db.selectFrom("inboxes").select(["slug", "name"]).execute();
    const expected = Object.fromEntries(
      inboxes.map((inbox) => [
        inbox.name,
        [stored.filter((lead) => lead.slug === inbox.slug).length, inbox.slug === "privacy-data" ? FIXTURES.length : 0],
      ]),
    );

    const before = await snapshot();
    const answer = await post(builderPost(everythingTo("privacy-data"), "dry-run"));
    expect(answer.status).toBe(200);
    expect(dryRunCounts(answer.text)).toEqual(expected);
    const moving = stored.filter((lead) => lead.slug !== "privacy-data");
    expect(answer.text).toContain(`${moving.length} of ${FIXTURES.length} leads would go to another inbox.`);
    for (const lead of moving) expect(answer.text).toContain(lead.public_ref);
    expect(await snapshot()).toEqual(before);
  });

  it("reads only as many recent leads as asked, and refuses a number out of bounds", async () => {
    const two = await post(builderPost(everythingTo("privacy-data"), "dry-run", [["sample", "2"]]));
    expect(two.text).toContain("on the last 2 leads");
    for (const sample of ["0", "5001", "many"]) {
      const refused = await post(builderPost(everythingTo("privacy-data"), "dry-run", [["sample", sample]]));
      expect(refused.status).toBe(400);
      expect(refused.text).toContain("Choose how many recent leads to try, from 1 to 5,000");
    }
  });

  it("works from the JSON editor too", async () => {
    const answer = await post(
      new URLSearchParams({ intent: "json-dry-run", rules: JSON.stringify(everythingTo("privacy-data")) }),
    );
    expect(answer.status).toBe(200);
    expect(dryRunCounts(answer.text)["Privacy & data"]?.[1]).toBe(FIXTURES.length);
    expect(answer.text).toContain(`on the last ${FIXTURES.length} leads`);
  });
});

describe("the difference between two versions", () => {
  it("is shown in words for two versions picked from the history", async () => {
    await post(
      new URLSearchParams({ intent: "save", rules: JSON.stringify(everythingTo("cyber-resilience", "2027.5.1")) }),
    );
    const page = await readable(
      await fetch(`${server.baseUrl}/admin/routing?from=${DEMO_ROUTING_RULESET.version}&to=2027.5.1`, {
        headers: { Cookie: cookie },
      }),
    );
    expect(page).toContain(`From ${DEMO_ROUTING_RULESET.version} to 2027.5.1`);
    expect(page).toContain("Added “Everything” (everything) as rule 1: Every lead, to Cyber &amp; resilience.");
    expect(page).toContain(`Removed “${DEMO_ROUTING_RULESET.rules[0]?.name}”`);
  });

  it("ignores a version that is not stored", async () => {
    const page = await readable(
      await fetch(`${server.baseUrl}/admin/routing?from=1999.1.1&to=${DEMO_ROUTING_RULESET.version}`, {
        headers: { Cookie: cookie },
      }),
    );
    expect(page).not.toContain('data-testid="version-diff"');
  });
});
