import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "~/domain/exposure";
import { parseAnswers } from "~/domain/questionnaire";
import {
  DEMO_ROUTING_RULESET,
  EVERY_LEAD_REASON,
  fallbackReason,
  routeLead,
  type RoutingLead,
  type RoutingRuleset,
} from "~/domain/routing";
import { AS_OF, leadWith } from "./support";

const RULESET: RoutingRuleset = {
  version: "test.1",
  fallbackInbox: "general",
  rules: [
    {
      id: "critical-trade",
      name: "Critical and a sanctions red flag",
      when: [
        { field: "band", op: "in", value: ["Critical"] },
        { field: "redFlag", op: "includes", value: "embargoed-country-us-link" },
      ],
      inbox: "sanctions-export",
    },
    {
      id: "ai-act",
      name: "AI Act likely",
      when: [{ field: "regime", op: "is", value: { regime: "eu-ai-act", status: ["likely"] } }],
      inbox: "ai-governance",
    },
    {
      id: "gdpr",
      name: "GDPR likely",
      when: [{ field: "regime", op: "is", value: { regime: "gdpr", status: ["likely"] } }],
      inbox: "privacy-data",
    },
  ],
};

describe("routeLead", () => {
  it("sends the lead to the inbox of the rule whose conditions hold", () => {
    const decision = routeLead(RULESET, leadWith({ verdicts: { "eu-ai-act": { status: "likely" } } }));
    expect(decision).toMatchObject({
      ruleId: "ai-act",
      ruleName: "AI Act likely",
      inbox: "ai-governance",
      fallbackUsed: false,
    });
  });

  it("lets the first matching rule win when several match", () => {
    const both = leadWith({ verdicts: { "eu-ai-act": { status: "likely" }, gdpr: { status: "likely" } } });
    const [trade, aiAct, gdpr] = RULESET.rules;
    expect(routeLead(RULESET, both).ruleId).toBe("ai-act");
    expect(routeLead({ ...RULESET, rules: [trade!, gdpr!, aiAct!] }, both).ruleId).toBe("gdpr");
  });

  it("gives one reason per condition of the matching rule, in plain words", () => {
    const decision = routeLead(RULESET, leadWith({ band: "Critical", redFlags: ["embargoed-country-us-link"] }));
    expect(decision.ruleId).toBe("critical-trade");
    expect(decision.reasons).toHaveLength(2);
    expect(decision.reasons[0]).toBe("Band is Critical");
    expect(decision.reasons[1]).toMatch(
      /^Red flag "embargoed-country-us-link" under US sanctions \(OFAC\): Dealings with/,
    );
  });

  it("requires every condition of a rule: one failing condition is enough to skip it", () => {
    const decision = routeLead(RULESET, leadWith({ band: "Critical" }));
    expect(decision.evaluated[0]).toEqual({
      ruleId: "critical-trade",
      matched: false,
      failed: 'Red flag "embargoed-country-us-link" not raised',
    });
  });

  it("records the rules tried, with why each failed, and stops at the match", () => {
    const decision = routeLead(RULESET, leadWith({ verdicts: { "eu-ai-act": { status: "likely" } } }));
    expect(decision.evaluated).toEqual([
      { ruleId: "critical-trade", matched: false, failed: "Band is Low, not Critical" },
      { ruleId: "ai-act", matched: true },
    ]);
  });

  it("uses the fallback inbox when no rule matches, and says so", () => {
    const decision = routeLead(RULESET, leadWith());
    expect(decision).toEqual({
      rulesetVersion: "test.1",
      ruleId: null,
      ruleName: null,
      inbox: "general",
      fallbackUsed: true,
      reasons: [fallbackReason("general")],
      evaluated: [
        { ruleId: "critical-trade", matched: false, failed: "Band is Low, not Critical" },
        { ruleId: "ai-act", matched: false, failed: "EU AI Act is unlikely, not likely" },
        { ruleId: "gdpr", matched: false, failed: "GDPR is unlikely, not likely" },
      ],
    });
    expect(decision.reasons[0]).toBe('No routing rule matched, so the lead goes to the fallback inbox "general"');
  });

  it("uses the fallback for every lead when the ruleset has no rules", () => {
    expect(routeLead({ ...RULESET, rules: [] }, leadWith({ band: "Critical" }))).toMatchObject({
      inbox: "general",
      fallbackUsed: true,
      evaluated: [],
    });
  });

  it("matches every lead with a rule that has no conditions", () => {
    const catchAll: RoutingRuleset = {
      ...RULESET,
      rules: [{ id: "everyone", name: "Everyone", when: [], inbox: "privacy-data" }],
    };
    expect(routeLead(catchAll, leadWith())).toMatchObject({
      ruleId: "everyone",
      inbox: "privacy-data",
      reasons: [EVERY_LEAD_REASON],
    });
  });

  it("records the version of the ruleset that routed the lead", () => {
    expect(routeLead({ ...RULESET, version: "2027.1.3" }, leadWith()).rulesetVersion).toBe("2027.1.3");
  });

  it("is deterministic: the same lead and ruleset give the same decision", () => {
    const lead = leadWith({ verdicts: { gdpr: { status: "likely" } }, band: "High" });
    expect(routeLead(DEMO_ROUTING_RULESET, lead)).toEqual(routeLead(DEMO_ROUTING_RULESET, lead));
  });
});

describe("the demo ruleset on realistic leads", () => {
  function fixtureLead(name: string, source: RoutingLead["source"] = { article: null, topic: null }): RoutingLead {
    const parsed = parseAnswers(
      JSON.parse(readFileSync(new URL(`../../fixtures/answers/${name}.json`, import.meta.url), "utf8")),
    );
    if (!parsed.success) throw new Error(`fixture ${name} is not a valid set of answers`);
    return { assessment: assess(parsed.data, AS_OF), answers: parsed.data, source };
  }

  it.each([
    ["uae-distributor-iran-gpus", "embargo-with-us-link", "sanctions-export"],
    ["eu-shop-russian-customers", "russian-data-abroad", "privacy-data"],
    ["eu-bank-credit-scoring", "ai-act-high-risk-deployer-fria", "ai-governance"],
    ["chinese-genai-app-eu-users", "ai-act-general-purpose-model", "ai-governance"],
    ["polish-msp-bank-supplier", "nis2-likely", "cyber-resilience"],
    ["german-iot-maker", "nis2-likely", "cyber-resilience"],
    ["illinois-gym-fingerprints", "biometric-privacy-likely", "privacy-data"],
    ["us-hrtech-cv-screening-nyc", "concern-ai", "ai-governance"],
    ["dutch-saas-no-ai", "concern-privacy", "privacy-data"],
    ["dutch-saas-russian-customers", "russia-services-eu-uk-company", "sanctions-export"],
    ["uk-lender-automated-credit", "uk-gdpr-high-exposure", "privacy-data"],
  ])("routes %s by rule %s to %s", (fixture, ruleId, inbox) => {
    const decision = routeLead(DEMO_ROUTING_RULESET, fixtureLead(fixture));
    expect({ ruleId: decision.ruleId, inbox: decision.inbox, fallbackUsed: decision.fallbackUsed }).toEqual({
      ruleId,
      inbox,
      fallbackUsed: false,
    });
  });

  it("sends a lead the assessment says little about, with no stated concern, to the fallback", () => {
    const lead = leadWith({ answers: { mainConcern: ["unsure"] } });
    expect(routeLead(DEMO_ROUTING_RULESET, lead)).toMatchObject({ inbox: "general", fallbackUsed: true });
  });

  it("sends a lead likely under the US state privacy laws, and under nothing heavier, to the privacy inbox", () => {
    const lead = leadWith({ verdicts: { "us-state-privacy": { status: "likely" } }, band: "Moderate" });
    expect(routeLead(DEMO_ROUTING_RULESET, lead)).toMatchObject({
      ruleId: "us-state-privacy-likely",
      inbox: "privacy-data",
    });
  });

  it("routes on the call-to-action topic when nothing else decides", () => {
    const lead = leadWith({ source: { article: "ofac-russia-update", topic: "sanctions" } });
    expect(routeLead(DEMO_ROUTING_RULESET, lead)).toMatchObject({
      ruleId: "came-from-trade-topic",
      inbox: "sanctions-export",
    });
  });
});
