import { describe, expect, it } from "vitest";
import { topicById } from "~/domain/topics";
import { DEMO_ROUTING_RULESET, describeCondition, describeRule, suggestNextVersion } from "~/domain/routing";

describe("routing rules in words", () => {
  it("name the regime and the verdicts a condition asks for", () => {
    expect(
      describeCondition({ field: "regime", op: "is", value: { regime: "gdpr", status: ["likely", "possible"] } }),
    ).toBe("GDPR is likely or possible");
  });

  it("name the engagement value and the need for discovery", () => {
    expect(describeCondition({ field: "engagement", op: "gte", value: 60 })).toBe(
      "the engagement value is at least 60",
    );
    expect(describeCondition({ field: "needsDiscovery", op: "is", value: true })).toBe(
      "findings rest on answers the visitor was not sure about",
    );
  });

  it("use the questionnaire's own labels for answers", () => {
    expect(describeCondition({ field: "mainConcern", op: "includesAny", value: ["eu-ai-act", "unsure"] })).toBe(
      `the visitor's main concern is ${topicById("eu-ai-act").label} or Not sure yet: a general review`,
    );
  });

  it("describe a rule without conditions as taking every lead", () => {
    expect(describeRule({ id: "all", name: "All", when: [], inbox: "general" })).toBe("Every lead");
  });

  it("describe every rule of the seeded ruleset", () => {
    for (const rule of DEMO_ROUTING_RULESET.rules) expect(describeRule(rule), rule.id).toMatch(/^When .+/);
  });
});

describe("the version offered for new rules", () => {
  it("raises the last number, skipping versions already stored", () => {
    expect(suggestNextVersion("2026.11.1", [])).toBe("2026.11.2");
    expect(suggestNextVersion("2026.11.1", ["2026.11.2", "2026.11.3"])).toBe("2026.11.4");
    expect(suggestNextVersion("spring", [])).toBe("spring.1");
  });
});
