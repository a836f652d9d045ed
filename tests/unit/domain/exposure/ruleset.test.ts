import { describe, expect, it } from "vitest";
import {
  GAPS,
  MILESTONES,
  RED_FLAGS,
  REGIMES,
  REGIME_IDS,
  RULES,
  RULESET,
  RULESET_VERSION,
  isIsoDay,
} from "~/domain/exposure";
import { questionById, questionsIn, valuesIn, type Condition } from "~/domain/questionnaire";
import { TOPIC_IDS } from "~/domain/topics";

const milestoneIds = new Set<string>(MILESTONES.map((milestone) => milestone.id));
const ruleIds = new Set<string>(RULES.map((rule) => rule.id));

describe("ruleset", () => {
  it("has a version string of the form year.month.revision", () => {
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(RULESET.version).toBe(RULESET_VERSION);
  });

  it("covers every regime the practice audits", () => {
    expect(REGIMES.map((regime) => regime.id)).toEqual([...REGIME_IDS]);
    expect(REGIME_IDS).toEqual(
      expect.arrayContaining([
        "eu-ai-act",
        "gdpr",
        "nis2",
        "dora",
        "data-act",
        "cyber-resilience-act",
        "nyc-ll144",
        "colorado-ai",
        "ca-ccpa",
        "ca-admt",
        "ca-feha",
        "il-hb3773",
        "il-bipa",
        "tx-traiga",
        "us-sanctions",
        "us-export-controls",
        "ru-localisation",
        "cn-pipl",
        "in-dpdp",
      ]),
    );
  });

  it("routes every regime under an existing article topic", () => {
    for (const regime of REGIMES) expect(TOPIC_IDS, regime.id).toContain(regime.topic);
  });

  it("gives every regime a maximum penalty, sources and at least one rule that can make it likely", () => {
    for (const regime of REGIMES) {
      expect(regime.maxPenalty.length, regime.id).toBeGreaterThan(10);
      expect(regime.sources.length, regime.id).toBeGreaterThan(0);
      expect(
        RULES.some((rule) => rule.regime === regime.id && rule.status === "likely"),
        regime.id,
      ).toBe(true);
    }
  });

  it("has unique rule ids", () => {
    expect(ruleIds.size).toBe(RULES.length);
  });

  it("gives every rule a known regime, dated milestones, a severity between 0 and 1 and plain-words obligations", () => {
    for (const rule of RULES) {
      expect(REGIME_IDS, rule.id).toContain(rule.regime);
      expect(milestoneIds.has(rule.appliesFrom), `${rule.id} → ${rule.appliesFrom}`).toBe(true);
      for (const id of rule.alsoDates ?? []) expect(milestoneIds.has(id), `${rule.id} → ${id}`).toBe(true);
      expect(rule.severity, rule.id).toBeGreaterThan(0);
      expect(rule.severity, rule.id).toBeLessThanOrEqual(1);
      expect(rule.obligations.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("refers only to existing questions and options", () => {
    for (const rule of RULES) {
      for (const { question, value } of valuesIn(rule.when)) {
        expect(
          questionById(question).options.map((option) => option.value),
          `${rule.id}: ${question}`,
        ).toContain(value);
      }
    }
  });

  it("never lets the routing question or the controls question change a verdict", () => {
    for (const rule of RULES) {
      expect(questionsIn(rule.when), rule.id).not.toContain("mainConcern");
      expect(questionsIn(rule.when), rule.id).not.toContain("controls");
    }
  });

  it("never negates markets or AI uses, so adding one can only add exposure", () => {
    const negated = (condition: Condition, inside: boolean): string[] => {
      if ("question" in condition) return inside ? [condition.question] : [];
      if ("not" in condition) return negated(condition.not, true);
      if ("means" in condition) return negated(condition.means, inside);
      return ("all" in condition ? condition.all : condition.any).flatMap((part) => negated(part, inside));
    };
    for (const rule of RULES) {
      expect(negated(rule.when, false), rule.id).not.toContain("markets");
      expect(negated(rule.when, false), rule.id).not.toContain("aiUses");
    }
  });

  it("keeps the deadline table in date order with unique ids and real dates", () => {
    expect(milestoneIds.size).toBe(MILESTONES.length);
    for (const milestone of MILESTONES) expect(isIsoDay(milestone.date), milestone.id).toBe(true);
    const dates = MILESTONES.map((milestone) => milestone.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("raises red flags and gaps only from existing rules and controls", () => {
    const controls = questionById("controls").options.map((option) => option.value);
    for (const flag of RED_FLAGS) for (const id of flag.rules) expect(ruleIds.has(id), `${flag.id} → ${id}`).toBe(true);
    for (const gap of GAPS) {
      expect(controls, gap.control).toContain(gap.control);
      for (const id of gap.rules) expect(ruleIds.has(id), `${gap.control} → ${id}`).toBe(true);
    }
  });

  it("dates the AI Act high-risk tiers by the 2026 amendment", () => {
    const annexIII = RULES.filter((rule) => rule.id.startsWith("AIA-HR3"));
    const annexI = RULES.filter((rule) => rule.id.startsWith("AIA-HR1"));
    expect(annexIII.every((rule) => rule.appliesFrom === "aia-annex-iii")).toBe(true);
    expect(annexI.every((rule) => rule.appliesFrom === "aia-annex-i")).toBe(true);
  });

  it("judges Colorado under SB 26-189, the law that replaced SB 24-205", () => {
    expect(REGIMES.find((regime) => regime.id === "colorado-ai")?.law).toMatch(/SB 26-189, replacing SB 24-205/);
    expect(
      RULES.filter((rule) => rule.regime === "colorado-ai").every((rule) => rule.appliesFrom === "co-sb26-189"),
    ).toBe(true);
  });
});
