import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ROUTING_RULESET, type RoutingRuleset } from "~/domain/routing";
import type { DB } from "~/server/storage/db.server";
import { postForm, readable, startAdminServer, stopAdminServer } from "../support/admin-client";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import type { TestServer } from "../support/server";

let server: TestServer;
let db: DB;
let cookie: string;

const versions = () => db.selectFrom("routing_rulesets").select(["version", "active"]).orderBy("version").execute();
const activeVersion = async () =>
  (await db.selectFrom("routing_rulesets").select("version").where("active", "=", 1).executeTakeFirstOrThrow()).version;
const save = (rules: string, activate = true) =>
  postForm(
    server.baseUrl,
    "/admin/routing",
    new URLSearchParams({ intent: "save", rules, ...(activate ? { activate: "on", confirm: "on" } : {}) }),
    cookie,
  );
const activate = (version: string, { confirmed = true } = {}) =>
  postForm(
    server.baseUrl,
    "/admin/routing",
    new URLSearchParams({ intent: "activate", version, ...(confirmed ? { confirm: "on" } : {}) }),
    cookie,
  );

/** The demo rules with a new version and some change. */
const edited = (version: string, change: (ruleset: RoutingRuleset) => RoutingRuleset = (ruleset) => ruleset) =>
  JSON.stringify(change({ ...structuredClone(DEMO_ROUTING_RULESET), version }), null, 2);

beforeAll(async () => {
  ({ server, db, adminCookie: cookie } = await startAdminServer({ FORM_MIN_FILL_SECONDS: "0" }));
});
afterAll(() => stopAdminServer({ server, db }));

describe("the routing rules page", () => {
  it("shows the rules in force in words, with their inboxes and the fallback", async () => {
    const page = await readable(await fetch(`${server.baseUrl}/admin/routing`, { headers: { Cookie: cookie } }));
    expect(page).toContain(`In force: version ${DEMO_ROUTING_RULESET.version}`);
    expect(page).toContain("Dealings with an embargoed country and a US link");
    expect(page).toContain("Otherwise, to the fallback inbox: <strong>General</strong>");
    // The editor starts from the rules in force, under the next version.
    expect(page).toContain("&quot;version&quot;: &quot;2026.11.2&quot;");
  });

  it("stores a new version and puts it in force, and new leads follow it", async () => {
    // Every lead to the privacy inbox, whatever it is about.
    const saved = await save(
      edited("2026.11.5", (ruleset) => ({
        ...ruleset,
        rules: [{ id: "everything", name: "Everything", when: [], inbox: "privacy-data" }],
      })),
    );
    expect(saved.status).toBe(302);
    expect(saved.location).toBe("/admin/routing");
    const confirmed = await readable(await fetch(`${server.baseUrl}/admin/routing`, { headers: { Cookie: cookie } }));
    expect(confirmed).toContain("Routing rules updated: version 2026.11.5 is stored.");
    expect(await activeVersion()).toBe("2026.11.5");

    const visitor = new FlowVisitor(server.baseUrl);
    await visitor.start();
    await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
    await visitor.submitContact({ ...VALID_CONTACT, email: "routed@bank.example" });
    await visitor.post("/assess/review", {});
    const lead = await db
      .selectFrom("leads")
      .innerJoin("inboxes", "inboxes.id", "leads.inbox_id")
      .select(["inboxes.slug", "leads.routing_version"])
      .where("contact_email", "=", "routed@bank.example")
      .executeTakeFirstOrThrow();
    expect(lead).toEqual({ slug: "privacy-data", routing_version: "2026.11.5" });

    expect((await activate(DEMO_ROUTING_RULESET.version)).status).toBe(302);
    expect(await activeVersion()).toBe(DEMO_ROUTING_RULESET.version);
  });

  it("can store a version without putting it in force", async () => {
    expect((await save(edited("2026.11.6"), false)).status).toBe(302);
    expect(await activeVersion()).toBe(DEMO_ROUTING_RULESET.version);
    expect((await versions()).map((row) => row.version)).toContain("2026.11.6");
  });
});

describe("rules that are refused, storing nothing", () => {
  it.each([
    ["text that is not JSON", '{ "version": "2026.12.1", ', "The rules are not valid JSON"],
    [
      "an unknown inbox",
      edited("2026.12.1", (ruleset) => ({ ...ruleset, fallbackInbox: "legal" })),
      'fallbackInbox: Unknown inbox "legal"',
    ],
    [
      "an operator a field does not take",
      edited("2026.12.1", (ruleset) => ({
        ...ruleset,
        rules: [{ id: "x", name: "X", when: [{ field: "band", op: "gte", value: "High" }] as never, inbox: "general" }],
      })),
      'Operator "gte" is not allowed for field "band"',
    ],
    ["a version already stored", edited(DEMO_ROUTING_RULESET.version), "already exists"],
    ["nothing at all", "   ", "Please write the rules"],
  ])("refuses %s with a message saying where", async (_label, rules, message) => {
    const before = await versions();
    const refused = await save(rules);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("The rules were not saved");
    expect(refused.text).toContain(message.replaceAll('"', "&quot;"));
    expect(await versions()).toEqual(before);
  });

  it("keeps the refused text in the editor", async () => {
    const refused = await save('{ "version": "2026.12.9", ');
    expect(refused.text).toContain("{ &quot;version&quot;: &quot;2026.12.9&quot;, </textarea>");
  });

  it("refuses to put back a version that does not exist or is already in force", async () => {
    const before = await versions();
    expect((await activate("1999.1.1")).status).toBe(400);
    expect((await activate(DEMO_ROUTING_RULESET.version)).text).toContain("already in force");
    expect(await versions()).toEqual(before);
  });

  it("puts a stored version back in force only once that is confirmed", async () => {
    expect((await save(edited("2026.11.7"), false)).status).toBe(302);

    // The page asks for the tick: nothing in the version's form confirms on the administrator's behalf.
    const page = await readable(await fetch(`${server.baseUrl}/admin/routing`, { headers: { Cookie: cookie } }));
    expect(page).not.toMatch(/type="hidden" name="confirm"/);
    expect(page).toContain("Yes, put version 2026.11.7 back in force");

    const before = await versions();
    const message = "Tick the box to confirm that this version should be put back in force";
    for (const tampered of [null, "", "yes", "true"]) {
      const unconfirmed = await postForm(
        server.baseUrl,
        "/admin/routing",
        new URLSearchParams({
          intent: "activate",
          version: "2026.11.7",
          ...(tampered === null ? {} : { confirm: tampered }),
        }),
        cookie,
      );
      expect(unconfirmed.status).toBe(400);
      // The message stands beside the checkbox of the version asked for, whose confirmation is open again.
      expect(unconfirmed.text).toMatch(/<details open="">\s*<summary[^>]*>Put version 2026\.11\.7 back in force/);
      expect(unconfirmed.text).toMatch(
        /name="confirm" aria-invalid="true" aria-describedby="(version-\d+-confirm)-error"/,
      );
      const errorId = /aria-describedby="(version-\d+-confirm-error)"/.exec(unconfirmed.text)?.[1];
      expect(unconfirmed.text).toContain(`<p id="${errorId}"`);
      expect(unconfirmed.text).toContain(message);
      expect(await versions()).toEqual(before);
    }

    expect((await activate("2026.11.7")).status).toBe(302);
    expect(await activeVersion()).toBe("2026.11.7");
    expect((await activate(DEMO_ROUTING_RULESET.version)).status).toBe(302);
  });
});
