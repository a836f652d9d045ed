import { describe, expect, it } from "vitest";
import {
  DEMO_INBOX_SLUGS,
  DEMO_ROUTING_RULESET,
  ROUTING_FIELDS,
  ROUTING_MESSAGES,
  parseRoutingRuleset,
  routingIssueLines,
  type RoutingRuleset,
} from "~/domain/routing";

const INBOXES = [...DEMO_INBOX_SLUGS];

/** A valid one-rule ruleset whose single condition (or other parts) a test replaces. */
function rulesetWith(condition: unknown, overrides: Record<string, unknown> = {}): unknown {
  return {
    version: "2026.11.1",
    rules: [{ id: "the-rule", name: "The rule", when: [condition], inbox: "ai-governance" }],
    fallbackInbox: "general",
    ...overrides,
  };
}

/** `path: message` lines of a refused ruleset; fails the test when the ruleset is accepted. */
function problems(input: unknown): string[] {
  const result = parseRoutingRuleset(input, INBOXES);
  if (result.success) throw new Error("expected the ruleset to be refused");
  return routingIssueLines(result.error);
}

describe("parseRoutingRuleset: valid rulesets", () => {
  it("accepts the demo ruleset and returns it unchanged", () => {
    const result = parseRoutingRuleset(DEMO_ROUTING_RULESET, INBOXES);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(DEMO_ROUTING_RULESET);
  });

  it("accepts a ruleset with no rules: every lead goes to the fallback", () => {
    expect(parseRoutingRuleset({ version: "1", rules: [], fallbackInbox: "general" }, INBOXES).success).toBe(true);
  });

  it("accepts a rule with no conditions, which matches every lead", () => {
    const ruleset: RoutingRuleset = {
      version: "1",
      rules: [{ id: "everything", name: "Everything", when: [], inbox: "general" }],
      fallbackInbox: "general",
    };
    expect(parseRoutingRuleset(ruleset, INBOXES).success).toBe(true);
  });

  it.each([
    { field: "regime", op: "is", value: { regime: "eu-ai-act", status: ["likely", "possible"] } },
    { field: "tier", op: "includes", value: "high-risk-annex-iii-deployer" },
    { field: "band", op: "in", value: ["High", "Critical"] },
    { field: "priority", op: "gte", value: 0 },
    { field: "priority", op: "lte", value: 100 },
    { field: "engagement", op: "gte", value: 60 },
    { field: "engagement", op: "lte", value: 100 },
    { field: "needsDiscovery", op: "is", value: true },
    { field: "redFlag", op: "any", value: true },
    { field: "redFlag", op: "includes", value: "embargoed-country-us-link" },
    { field: "employees", op: "in", value: ["250-749", "750-plus"] },
    { field: "markets", op: "includesAny", value: ["russia", "unsure"] },
    { field: "sectors", op: "includesAny", value: ["financial-services"] },
    { field: "mainConcern", op: "includesAny", value: ["sanctions", "unsure"] },
    { field: "sourceArticle", op: "in", value: ["ai-act-omnibus-delay"] },
    { field: "sourceTopic", op: "in", value: ["export-controls"] },
  ])("accepts $field $op $value", (condition) => {
    expect(parseRoutingRuleset(rulesetWith(condition), INBOXES).success).toBe(true);
  });
});

describe("parseRoutingRuleset: refused rulesets say what and where", () => {
  it("refuses an unknown field, listing the fields there are", () => {
    expect(problems(rulesetWith({ field: "revenue", op: "gte", value: 10 }))).toEqual([
      `rules.0.when.0.field: ${ROUTING_MESSAGES.unknownField("revenue")}`,
    ]);
    expect(ROUTING_MESSAGES.unknownField("revenue")).toBe(
      `Unknown field "revenue"; expected one of: ${ROUTING_FIELDS.join(", ")}`,
    );
  });

  it("refuses an operator the field does not have", () => {
    expect(problems(rulesetWith({ field: "band", op: "gte", value: "High" }))).toEqual([
      'rules.0.when.0.op: Operator "gte" is not allowed for field "band"; expected: in',
    ]);
  });

  it("refuses a red-flag operator other than any and includes", () => {
    expect(problems(rulesetWith({ field: "redFlag", op: "in", value: ["x"] }))).toEqual([
      'rules.0.when.0.op: Operator "in" is not allowed for field "redFlag"; expected: any, includes',
    ]);
  });

  it("refuses an option value the question does not offer, pointing at the value", () => {
    const [line] = problems(rulesetWith({ field: "markets", op: "includesAny", value: ["russia", "mars"] }));
    expect(line).toMatch(/^rules\.0\.when\.0\.value\.1: Unknown "markets" option "mars"; expected one of: eu-eea, /);
  });

  it("refuses an employees value from another question", () => {
    const [line] = problems(rulesetWith({ field: "employees", op: "in", value: ["over-150m"] }));
    expect(line).toMatch(/^rules\.0\.when\.0\.value\.0: Unknown "employees" option "over-150m"/);
  });

  it("refuses an unknown regime", () => {
    const [line] = problems(
      rulesetWith({ field: "regime", op: "is", value: { regime: "ch-fadp", status: ["likely"] } }),
    );
    expect(line).toMatch(/^rules\.0\.when\.0\.value\.regime: Unknown regime "ch-fadp"; expected one of: eu-ai-act, /);
  });

  it('refuses routing on an "unlikely" verdict', () => {
    const [line] = problems(
      rulesetWith({ field: "regime", op: "is", value: { regime: "gdpr", status: ["unlikely"] } }),
    );
    expect(line).toBe('rules.0.when.0.value.status.0: Unknown status "unlikely"; expected one of: likely, possible');
  });

  it("refuses a tier the exposure ruleset does not have", () => {
    const [line] = problems(rulesetWith({ field: "tier", op: "includes", value: "high-risk" }));
    expect(line).toMatch(/^rules\.0\.when\.0\.value: Unknown tier "high-risk"; expected one of: /);
  });

  it("refuses an unknown red flag", () => {
    const [line] = problems(rulesetWith({ field: "redFlag", op: "includes", value: "anything-odd" }));
    expect(line).toMatch(/^rules\.0\.when\.0\.value: Unknown red flag "anything-odd"/);
  });

  it('refuses "any red flag" with a value other than true', () => {
    expect(problems(rulesetWith({ field: "redFlag", op: "any", value: false }))).toEqual([
      'rules.0.when.0.value: Expected true ("any red flag at all")',
    ]);
  });

  it("refuses an unknown band", () => {
    const [line] = problems(rulesetWith({ field: "band", op: "in", value: ["Severe"] }));
    expect(line).toBe('rules.0.when.0.value.0: Unknown band "Severe"; expected one of: Low, Moderate, High, Critical');
  });

  it("refuses an empty list, which could never match", () => {
    expect(problems(rulesetWith({ field: "band", op: "in", value: [] }))).toEqual([
      "rules.0.when.0.value: List at least one band",
    ]);
  });

  it("refuses a priority outside 0–100", () => {
    expect(problems(rulesetWith({ field: "priority", op: "gte", value: 120 }))).toEqual([
      "rules.0.when.0.value: Expected a priority from 0 to 100",
    ]);
  });

  it("refuses an unknown topic", () => {
    const [line] = problems(rulesetWith({ field: "sourceTopic", op: "in", value: ["crypto"] }));
    expect(line).toMatch(/^rules\.0\.when\.0\.value\.0: Unknown topic "crypto"; expected one of: eu-ai-act, /);
  });

  it("refuses an article value that is not a slug", () => {
    expect(problems(rulesetWith({ field: "sourceArticle", op: "in", value: ["/insights/AI Act"] }))).toEqual([
      "rules.0.when.0.value.0: Expected an article slug: lowercase words joined by hyphens",
    ]);
  });

  it("refuses extra keys on a condition", () => {
    const condition = { field: "band", op: "in", value: ["High"], negate: true };
    expect(problems(rulesetWith(condition))).toEqual(['rules.0.when.0: Unrecognized key: "negate"']);
  });

  it("refuses a rule whose inbox does not exist, naming the inbox", () => {
    const input = {
      version: "1",
      rules: [{ id: "r", name: "R", when: [], inbox: "ai-govrnance" }],
      fallbackInbox: "general",
    };
    expect(problems(input)).toEqual([
      `rules.0.inbox: Unknown inbox "ai-govrnance"; known inboxes: ${INBOXES.join(", ")}`,
    ]);
  });

  it("refuses a ruleset without a fallback inbox", () => {
    expect(problems({ version: "1", rules: [] })).toEqual([`fallbackInbox: ${ROUTING_MESSAGES.fallbackRequired}`]);
    expect(problems({ version: "1", rules: [], fallbackInbox: "  " })).toEqual([
      `fallbackInbox: ${ROUTING_MESSAGES.fallbackRequired}`,
    ]);
  });

  it("refuses a fallback inbox that does not exist", () => {
    expect(problems({ version: "1", rules: [], fallbackInbox: "archive" })).toEqual([
      `fallbackInbox: Unknown inbox "archive"; known inboxes: ${INBOXES.join(", ")}`,
    ]);
  });

  it("refuses duplicate rule ids", () => {
    const rule = { id: "twice", name: "Twice", when: [], inbox: "general" };
    expect(problems({ version: "1", rules: [rule, rule], fallbackInbox: "general" })).toEqual([
      'rules.1.id: Duplicate rule id "twice"; rule ids must be unique',
    ]);
  });

  it("refuses a ruleset without a version", () => {
    expect(problems({ rules: [], fallbackInbox: "general" })).toEqual(["version: A ruleset needs a version"]);
  });

  it("reports every problem of a ruleset at once", () => {
    const input = {
      version: "1",
      rules: [
        { id: "a", name: "A", when: [{ field: "revenue", op: "gte", value: 1 }], inbox: "nowhere" },
        { id: "a", name: "A again", when: [], inbox: "general" },
      ],
    };
    expect(problems(input).map((line) => line.split(":")[0])).toEqual([
      "rules.0.when.0.field",
      "fallbackInbox",
      "rules.0.inbox",
      "rules.1.id",
    ]);
  });

  it("knows no inbox when none is given, and says so", () => {
    const result = parseRoutingRuleset({ version: "1", rules: [], fallbackInbox: "general" }, []);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Unknown inbox "general"; known inboxes: (none)');
  });
});

describe("parseRoutingRuleset: shapes that are not rulesets", () => {
  it("refuses something that is not an object", () => {
    expect(problems(null)).toEqual(["(root): Expected a ruleset { version, rules, fallbackInbox }"]);
  });

  it("refuses a condition that is not an object", () => {
    expect(problems(rulesetWith("band is High"))).toEqual([
      "rules.0.when.0: Expected a condition { field, op, value }",
    ]);
  });

  it("refuses a rule id that is not a slug", () => {
    const input = {
      version: "1",
      rules: [{ id: "Rule 1", name: "R", when: [], inbox: "general" }],
      fallbackInbox: "general",
    };
    expect(problems(input)).toEqual([
      "rules.0.id: A rule id is lowercase words joined by hyphens, e.g. ai-act-high-risk",
    ]);
  });
});
