import { describe, expect, it } from "vitest";
import { RULES } from "~/domain/exposure";
import { AI_ACT_SPECS } from "./ai-act.spec-table";
import { EU_CYBER_SPECS } from "./eu-cyber.spec-table";
import { EU_PRODUCT_SPECS, EU_TRADE_SPECS, UK_SPECS } from "./eu-uk.spec-table";
import { GDPR_SPECS } from "./gdpr.spec-table";
import { runRuleSpecs } from "./rule-spec";
import { LOCALISATION_SPECS, TRADE_SPECS } from "./trade-and-localisation.spec-table";
import { US_STATE_PRIVACY_SPECS, US_STATE_SPECS } from "./us-state.spec-table";

const ALL_SPECS = [
  ...AI_ACT_SPECS,
  ...GDPR_SPECS,
  ...EU_CYBER_SPECS,
  ...US_STATE_SPECS,
  ...TRADE_SPECS,
  ...LOCALISATION_SPECS,
  ...EU_TRADE_SPECS,
  ...UK_SPECS,
  ...EU_PRODUCT_SPECS,
  ...US_STATE_PRIVACY_SPECS,
];

describe("EU AI Act rules", () => runRuleSpecs(AI_ACT_SPECS));
describe("GDPR rules", () => runRuleSpecs(GDPR_SPECS));
describe("NIS2, DORA, Data Act and Cyber Resilience Act rules", () => runRuleSpecs(EU_CYBER_SPECS));
describe("US state rules", () => runRuleSpecs(US_STATE_SPECS));
describe("US sanctions and export control rules", () => runRuleSpecs(TRADE_SPECS));
describe("data localisation rules", () => runRuleSpecs(LOCALISATION_SPECS));
describe("EU sanctions and dual-use rules", () => runRuleSpecs(EU_TRADE_SPECS));
describe("UK rules", () => runRuleSpecs(UK_SPECS));
describe("EU platform and product rules", () => runRuleSpecs(EU_PRODUCT_SPECS));
describe("US state privacy rules", () => runRuleSpecs(US_STATE_PRIVACY_SPECS));

describe("rule specifications", () => {
  it("specify every rule of the ruleset, each with a case where it fires and one where it does not", () => {
    const specified = new Map<string, (typeof ALL_SPECS)[number]>(ALL_SPECS.map((spec) => [spec.rule, spec]));
    for (const rule of RULES) {
      const spec = specified.get(rule.id);
      expect(spec, `${rule.id} has no specification`).toBeDefined();
      expect(spec?.fires.length, rule.id).toBeGreaterThan(0);
      expect(spec?.doesNotFire.length, rule.id).toBeGreaterThan(0);
    }
    expect(specified.size).toBe(RULES.length);
  });
});
