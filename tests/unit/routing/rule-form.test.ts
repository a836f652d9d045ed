import { describe, expect, it } from "vitest";
import {
  DEMO_INBOX_SLUGS,
  DEMO_ROUTING_RULESET,
  RED_FLAG_IDS,
  TIER_IDS,
  applyDraftEdit,
  conditionKey,
  draftFromForm,
  draftToFormEntries,
  draftToRulesetInput,
  editIntent,
  formName,
  parseEditIntent,
  parseRoutingRuleset,
  problemsByField,
  routingFormCatalogue,
  rulesetToDraft,
  type RoutingRuleset,
  type RulesetDraft,
} from "~/domain/routing";

const INBOXES = [...DEMO_INBOX_SLUGS];
const catalogue = routingFormCatalogue(INBOXES.map((slug) => ({ slug, name: slug })));

/** What the JSON editor stores for a text. */
function fromJson(ruleset: RoutingRuleset) {
  const parsed = parseRoutingRuleset(JSON.parse(JSON.stringify(ruleset)), INBOXES);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

/** What the builder stores for the fields a browser posts. */
function fromForm(entries: [string, string][]) {
  return parseRoutingRuleset(draftToRulesetInput(draftFromForm(entries), catalogue), INBOXES);
}

/** One rule per field/operator pair the rules accept. */
const EVERY_CONDITION: RoutingRuleset = {
  version: "2027.1.1",
  fallbackInbox: "general",
  rules: [
    {
      id: "regime",
      name: "Regime",
      when: [{ field: "regime", op: "is", value: { regime: "eu-ai-act", status: ["likely", "possible"] } }],
      inbox: "ai-governance",
    },
    { id: "tier", name: "Tier", when: [{ field: "tier", op: "includes", value: TIER_IDS[1] }], inbox: "ai-governance" },
    { id: "band", name: "Band", when: [{ field: "band", op: "in", value: ["High", "Critical"] }], inbox: "general" },
    {
      id: "numbers",
      name: "Numbers",
      when: [
        { field: "priority", op: "gte", value: 40 },
        { field: "priority", op: "lte", value: 95.5 },
        { field: "engagement", op: "gte", value: 0 },
        { field: "engagement", op: "lte", value: 100 },
      ],
      inbox: "general",
    },
    { id: "sure", name: "Sure", when: [{ field: "needsDiscovery", op: "is", value: false }], inbox: "general" },
    { id: "unsure", name: "Unsure", when: [{ field: "needsDiscovery", op: "is", value: true }], inbox: "general" },
    {
      id: "flags",
      name: "Flags",
      when: [
        { field: "redFlag", op: "any", value: true },
        { field: "redFlag", op: "includes", value: RED_FLAG_IDS[0] },
      ],
      inbox: "sanctions-export",
    },
    {
      id: "answers",
      name: "Answers",
      when: [
        { field: "employees", op: "in", value: ["250-749", "750-plus"] },
        { field: "markets", op: "includesAny", value: ["eu-eea", "uk"] },
        { field: "sectors", op: "includesAny", value: ["financial-services"] },
        { field: "mainConcern", op: "includesAny", value: ["gdpr"] },
      ],
      inbox: "privacy-data",
    },
    {
      id: "source",
      name: "Source",
      when: [
        { field: "sourceArticle", op: "in", value: ["credit-scoring-gdpr-ai-act-dora", "nis2-in-practice"] },
        { field: "sourceTopic", op: "in", value: ["gdpr"] },
      ],
      inbox: "privacy-data",
    },
    { id: "everyone", name: "Everyone else", when: [], inbox: "general" },
  ],
} as RoutingRuleset;

describe("the rule builder's choices", () => {
  it("offer every field and operator the ruleset schema accepts, and nothing else", () => {
    const used = EVERY_CONDITION.rules.flatMap((rule) => rule.when.map(conditionKey));
    expect(new Set(catalogue.conditions.map(conditionKey))).toEqual(new Set(used));
  });

  it("offer the values of a field as the schema lists them", () => {
    const band = catalogue.conditions.find((choice) => conditionKey(choice) === "band:in");
    expect(band?.widget).toEqual({
      kind: "choices",
      options: ["Low", "Moderate", "High", "Critical"].map((value) => ({ value, label: value })),
    });
    const priority = catalogue.conditions.find((choice) => conditionKey(choice) === "priority:gte");
    expect(priority?.widget).toEqual({ kind: "number", min: 0, max: 100 });
  });

  it("offer the inboxes that exist", () => {
    expect(catalogue.inboxes.map((inbox) => inbox.value)).toEqual(INBOXES);
  });
});

describe("a ruleset built with the form", () => {
  it("is the ruleset the equivalent JSON gives, for every kind of condition", () => {
    const parsed = fromForm(draftToFormEntries(rulesetToDraft(EVERY_CONDITION), catalogue));
    expect(parsed.success && parsed.data).toEqual(fromJson(EVERY_CONDITION));
  });

  it("is the ruleset the equivalent JSON gives, for the demo rules", () => {
    const parsed = fromForm(draftToFormEntries(rulesetToDraft(DEMO_ROUTING_RULESET), catalogue));
    expect(parsed.success && parsed.data).toEqual(fromJson(DEMO_ROUTING_RULESET));
  });

  it("reads article slugs separated by commas, spaces or new lines", () => {
    const entries = draftToFormEntries(rulesetToDraft(EVERY_CONDITION), catalogue).map(
      ([name, value]): [string, string] =>
        value === "credit-scoring-gdpr-ai-act-dora, nis2-in-practice"
          ? [name, " credit-scoring-gdpr-ai-act-dora,\n nis2-in-practice  "]
          : [name, value],
    );
    const parsed = fromForm(entries);
    expect(parsed.success && parsed.data.rules.find((rule) => rule.id === "source")?.when[0]?.value).toEqual([
      "credit-scoring-gdpr-ai-act-dora",
      "nis2-in-practice",
    ]);
  });
});

describe("a tampered builder form", () => {
  const entries = () => draftToFormEntries(rulesetToDraft(EVERY_CONDITION), catalogue);
  const replace = (name: string, value: string) =>
    entries().map(([key, old]): [string, string] => [key, key === name ? value : old]);
  const refusedFields = (posted: [string, string][]) => {
    const parsed = fromForm(posted);
    if (parsed.success) throw new Error("expected the form to be refused");
    return problemsByField(parsed.error.issues);
  };

  it("is refused at the condition's field when the field is unknown", () => {
    expect(refusedFields(replace(formName.condition(2, 0, "field"), "salary"))).toEqual({
      "rules.2.when.0.field": expect.stringContaining('Unknown field "salary"'),
    });
  });

  it("is refused at the condition's operator when the field does not take it", () => {
    expect(refusedFields(replace(formName.condition(2, 0, "op"), "gte"))).toEqual({
      "rules.2.when.0.op": expect.stringContaining('Operator "gte" is not allowed for field "band"'),
    });
  });

  it("is refused at the value when an option is not one the field has", () => {
    expect(refusedFields(replace(formName.value(2, 0), "Severe"))).toEqual({
      "rules.2.when.0.value": expect.stringContaining('Unknown band "Severe"'),
    });
    expect(refusedFields(replace(formName.value(0, 0, "status"), "unlikely"))).toEqual({
      "rules.0.when.0.value.status": expect.stringContaining('Unknown status "unlikely"'),
    });
  });

  it("is refused at the value when a number is out of range or not a number", () => {
    expect(refusedFields(replace(formName.value(3, 0), "101"))).toEqual({
      "rules.3.when.0.value": "Expected a priority from 0 to 100",
    });
    expect(refusedFields(replace(formName.value(3, 0), "lots"))).toEqual({
      "rules.3.when.0.value": "Expected a priority from 0 to 100",
    });
  });

  it("is refused at the inbox when the inbox does not exist", () => {
    expect(refusedFields(replace(formName.rule(0, "inbox"), "legal"))).toEqual({
      "rules.0.inbox": expect.stringContaining('Unknown inbox "legal"'),
    });
  });

  it("does not read rule indexes beyond any real ruleset", () => {
    const draft = draftFromForm([...entries(), ["rules.999.id", "far"], ["rules.1.when.99.field", "band"]]);
    expect(draft.rules).toHaveLength(EVERY_CONDITION.rules.length);
    expect(draft.rules[1]?.when).toHaveLength(1);
  });
});

describe("editing the draft", () => {
  const draft: RulesetDraft = rulesetToDraft(EVERY_CONDITION);
  const ids = (edited: RulesetDraft) => edited.rules.map((rule) => rule.id);
  const edit = (intent: string, newCondition = "") => {
    const parsed = parseEditIntent(intent, draft, () => newCondition);
    if (!parsed) throw new Error(`${intent} is not an edit`);
    return applyDraftEdit(draft, parsed, catalogue);
  };

  it("moves a rule up and down, and not past either end", () => {
    expect(ids(edit("rule-up.1")).slice(0, 3)).toEqual(["tier", "regime", "band"]);
    expect(ids(edit("rule-down.0")).slice(0, 3)).toEqual(["tier", "regime", "band"]);
    expect(edit("rule-up.0")).toEqual(draft);
    expect(edit(`rule-down.${draft.rules.length - 1}`)).toEqual(draft);
  });

  it("adds a rule with an id not yet taken, and removes one", () => {
    const added = edit("add-rule");
    expect(added.rules.at(-1)).toEqual({ id: "rule-11", name: "", inbox: INBOXES[0], when: [] });
    expect(ids(edit("remove-rule.0"))).toEqual(ids(draft).slice(1));
  });

  it("adds a condition the catalogue offers, and removes one", () => {
    expect(edit("add-condition.2", "priority:gte").rules[2]?.when.at(-1)).toEqual({
      field: "priority",
      op: "gte",
      value: {},
    });
    expect(edit("add-condition.2", "salary:gte")).toEqual(draft);
    expect(edit("remove-condition.3.0").rules[3]?.when.map((condition) => condition.op)).toEqual(["lte", "gte", "lte"]);
  });

  it("refuses button values that name no edit or a rule that is not there", () => {
    expect(parseEditIntent("rule-up.99", draft, () => "")).toBeNull();
    expect(parseEditIntent("remove-condition.0.5", draft, () => "")).toBeNull();
    expect(parseEditIntent("drop-table", draft, () => "")).toBeNull();
  });

  it("names each edit by the button value that asks for it", () => {
    expect(editIntent({ edit: "rule-down", rule: 4 })).toBe("rule-down.4");
    expect(editIntent({ edit: "remove-condition", rule: 1, condition: 2 })).toBe("remove-condition.1.2");
  });
});
