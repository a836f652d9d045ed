import { describe, expect, it } from "vitest";
import { evaluateCondition, orList, type RoutingCondition } from "~/domain/routing";
import { leadWith, type LeadShape } from "./support";

function outcome(condition: RoutingCondition, shape: LeadShape) {
  return evaluateCondition(condition, leadWith(shape));
}

describe("regime is", () => {
  const aiActLikelyOrPossible: RoutingCondition = {
    field: "regime",
    op: "is",
    value: { regime: "eu-ai-act", status: ["likely", "possible"] },
  };

  it("matches a listed verdict and names the deciding tier", () => {
    expect(
      outcome(aiActLikelyOrPossible, {
        verdicts: {
          "eu-ai-act": {
            status: "likely",
            tier: "high-risk-annex-iii-deployer",
            tierLabel: "High-risk AI system deployer (Annex III)",
          },
        },
      }),
    ).toEqual({ matched: true, reason: "EU AI Act is likely: High-risk AI system deployer (Annex III)" });
  });

  it("does not match a verdict it does not list", () => {
    const likelyOnly: RoutingCondition = {
      field: "regime",
      op: "is",
      value: { regime: "eu-ai-act", status: ["likely"] },
    };
    expect(outcome(likelyOnly, { verdicts: { "eu-ai-act": { status: "possible" } } })).toEqual({
      matched: false,
      failed: "EU AI Act is possible, not likely",
    });
  });

  it("never matches an unlikely regime", () => {
    expect(outcome(aiActLikelyOrPossible, {})).toEqual({
      matched: false,
      failed: "EU AI Act is unlikely, not likely or possible",
    });
  });
});

describe("tier includes", () => {
  const condition: RoutingCondition = { field: "tier", op: "includes", value: "employer" };

  it("matches when any regime is decided by that tier", () => {
    expect(
      outcome(condition, {
        verdicts: {
          "il-hb3773": { status: "likely", tier: "employer", tierLabel: "Employer using AI in employment decisions" },
        },
      }),
    ).toEqual({
      matched: true,
      reason:
        'Illinois HB 3773 (AI in employment)\'s deciding tier is "Employer using AI in employment decisions" (likely)',
    });
  });

  it("names every regime decided by the tier", () => {
    const result = outcome(condition, {
      verdicts: {
        "ca-feha": { status: "possible", tier: "employer" },
        "il-hb3773": { status: "likely", tier: "employer" },
      },
    });
    expect(result.matched && result.reason.split("; ")).toHaveLength(2);
  });

  it("does not match when no regime is decided by it", () => {
    expect(outcome(condition, { verdicts: { "il-hb3773": { status: "likely", tier: "vendor" } } })).toEqual({
      matched: false,
      failed: 'No regime is decided by the tier "employer"',
    });
  });
});

describe("band in", () => {
  const condition: RoutingCondition = { field: "band", op: "in", value: ["High", "Critical"] };

  it("matches a listed band", () => {
    expect(outcome(condition, { band: "Critical" })).toEqual({ matched: true, reason: "Band is Critical" });
  });

  it("does not match another band", () => {
    expect(outcome(condition, { band: "Moderate" })).toEqual({
      matched: false,
      failed: "Band is Moderate, not High or Critical",
    });
  });
});

describe("priority gte / lte", () => {
  it("gte matches at the threshold", () => {
    expect(outcome({ field: "priority", op: "gte", value: 60 }, { priority: 60 })).toEqual({
      matched: true,
      reason: "Priority 60 is at least 60",
    });
  });

  it("gte does not match just below it", () => {
    expect(outcome({ field: "priority", op: "gte", value: 60 }, { priority: 59 })).toEqual({
      matched: false,
      failed: "Priority 59 is below 60",
    });
  });

  it("lte matches at the threshold", () => {
    expect(outcome({ field: "priority", op: "lte", value: 20 }, { priority: 20 })).toEqual({
      matched: true,
      reason: "Priority 20 is at most 20",
    });
  });

  it("lte does not match just above it", () => {
    expect(outcome({ field: "priority", op: "lte", value: 20 }, { priority: 21 })).toEqual({
      matched: false,
      failed: "Priority 21 is above 20",
    });
  });
});

describe("engagement gte / lte (the second axis of decision 019)", () => {
  it("gte matches at the threshold and not just below it", () => {
    expect(outcome({ field: "engagement", op: "gte", value: 60 }, { engagement: 60 })).toEqual({
      matched: true,
      reason: "Engagement value 60 is at least 60",
    });
    expect(outcome({ field: "engagement", op: "gte", value: 60 }, { engagement: 59 })).toEqual({
      matched: false,
      failed: "Engagement value 59 is below 60",
    });
  });

  it("lte matches at the threshold and not just above it", () => {
    expect(outcome({ field: "engagement", op: "lte", value: 20 }, { engagement: 20 })).toMatchObject({ matched: true });
    expect(outcome({ field: "engagement", op: "lte", value: 20 }, { engagement: 21 })).toMatchObject({
      matched: false,
    });
  });

  it("does not match an assessment stored before engagement values existed, and says why", () => {
    const lead = leadWith({});
    const { engagement: _engagement, ...older } = lead.assessment;
    expect(
      evaluateCondition(
        { field: "engagement", op: "gte", value: 0 },
        { ...lead, assessment: older as typeof lead.assessment },
      ),
    ).toEqual({
      matched: false,
      failed: "The assessment has no engagement value (assessed before ruleset 2026.12.1)",
    });
  });
});

describe("needsDiscovery is", () => {
  it('matches a lead whose findings rest on "Not sure" answers', () => {
    expect(outcome({ field: "needsDiscovery", op: "is", value: true }, { needsDiscovery: true })).toEqual({
      matched: true,
      reason: "Findings rest on answers the visitor was not sure about",
    });
  });

  it("does not match a lead with definite answers", () => {
    expect(outcome({ field: "needsDiscovery", op: "is", value: true }, { needsDiscovery: false })).toMatchObject({
      matched: false,
    });
    expect(outcome({ field: "needsDiscovery", op: "is", value: false }, { needsDiscovery: false })).toMatchObject({
      matched: true,
    });
  });
});

describe("redFlag any / includes", () => {
  it("any matches when a red flag is raised, quoting it", () => {
    const result = outcome({ field: "redFlag", op: "any", value: true }, { redFlags: ["texas-banned-practice"] });
    expect(result).toEqual({
      matched: true,
      reason:
        'Red flag "texas-banned-practice" under Texas Responsible AI Governance Act: A system you build or use may serve a purpose the Texas Responsible AI Governance Act bans.',
    });
  });

  it("any does not match without red flags", () => {
    expect(outcome({ field: "redFlag", op: "any", value: true }, {})).toEqual({
      matched: false,
      failed: "No red flag raised",
    });
  });

  it("includes matches that red flag", () => {
    const result = outcome(
      { field: "redFlag", op: "includes", value: "embargoed-country-us-link" },
      { redFlags: ["ai-act-prohibited-practice", "embargoed-country-us-link"] },
    );
    expect(result.matched && result.reason).toMatch(
      /^Red flag "embargoed-country-us-link" under US sanctions \(OFAC\): /,
    );
  });

  it("includes does not match another red flag", () => {
    expect(
      outcome(
        { field: "redFlag", op: "includes", value: "embargoed-country-us-link" },
        { redFlags: ["ai-act-prohibited-practice"] },
      ),
    ).toEqual({ matched: false, failed: 'Red flag "embargoed-country-us-link" not raised' });
  });
});

describe("employees in", () => {
  const condition: RoutingCondition = { field: "employees", op: "in", value: ["250-749", "750-plus"] };

  it("matches a listed company size, in the visitor's words", () => {
    expect(outcome(condition, { answers: { employees: "750-plus" } })).toEqual({
      matched: true,
      reason: "Employees: 750 or more",
    });
  });

  it("does not match another size", () => {
    expect(outcome(condition, { answers: { employees: "10-49" } })).toEqual({
      matched: false,
      failed: "Employees: 10 to 49, not 250 to 749 or 750 or more",
    });
  });
});

describe("markets / sectors / mainConcern includesAny", () => {
  it("markets matches when any listed market was ticked, naming only those", () => {
    const condition: RoutingCondition = { field: "markets", op: "includesAny", value: ["russia", "china", "india"] };
    expect(outcome(condition, { answers: { markets: ["eu-eea", "russia", "india"] } })).toEqual({
      matched: true,
      reason: "Markets: Russia; India",
    });
  });

  it("markets does not match when none was ticked", () => {
    const condition: RoutingCondition = { field: "markets", op: "includesAny", value: ["russia", "india"] };
    expect(outcome(condition, { answers: { markets: ["eu-eea"] } })).toEqual({
      matched: false,
      failed: "Markets: none of Russia or India",
    });
  });

  it("sectors matches a listed sector", () => {
    const condition: RoutingCondition = { field: "sectors", op: "includesAny", value: ["hr-staffing", "education"] };
    expect(outcome(condition, { answers: { sectors: ["education"] } })).toEqual({
      matched: true,
      reason: "Sectors: Education or training",
    });
  });

  it("sectors does not match other sectors", () => {
    const condition: RoutingCondition = { field: "sectors", op: "includesAny", value: ["hr-staffing"] };
    expect(outcome(condition, { answers: { sectors: ["other"] } })).toEqual({
      matched: false,
      failed: "Sectors: none of HR, recruitment or staffing",
    });
  });

  it("mainConcern matches the visitor's stated concern", () => {
    const condition: RoutingCondition = {
      field: "mainConcern",
      op: "includesAny",
      value: ["sanctions", "export-controls"],
    };
    expect(outcome(condition, { answers: { mainConcern: ["gdpr", "export-controls"] } })).toEqual({
      matched: true,
      reason: "Stated concern: Export controls",
    });
  });

  it("mainConcern does not match another concern", () => {
    const condition: RoutingCondition = { field: "mainConcern", op: "includesAny", value: ["sanctions"] };
    expect(outcome(condition, { answers: { mainConcern: ["unsure"] } })).toEqual({
      matched: false,
      failed: "Stated concern: none of Sanctions",
    });
  });

  it("an unanswered question never matches", () => {
    const condition: RoutingCondition = { field: "sectors", op: "includesAny", value: ["other"] };
    const lead = leadWith();
    delete lead.answers.sectors;
    expect(evaluateCondition(condition, lead)).toEqual({ matched: false, failed: "Sectors: not answered" });
  });
});

describe("sourceArticle / sourceTopic in", () => {
  const article: RoutingCondition = { field: "sourceArticle", op: "in", value: ["ai-act-omnibus-delay"] };
  const topic: RoutingCondition = { field: "sourceTopic", op: "in", value: ["sanctions", "export-controls"] };

  it("sourceArticle matches a listed article", () => {
    expect(outcome(article, { source: { article: "ai-act-omnibus-delay" } })).toEqual({
      matched: true,
      reason: 'Came from the article "ai-act-omnibus-delay"',
    });
  });

  it("sourceArticle does not match another article", () => {
    expect(outcome(article, { source: { article: "nis2-transposition" } })).toEqual({
      matched: false,
      failed: 'Came from the article "nis2-transposition", not "ai-act-omnibus-delay"',
    });
  });

  it("sourceArticle does not match a lead that came from no article", () => {
    expect(outcome(article, {})).toEqual({ matched: false, failed: "Did not come from an article" });
  });

  it("sourceTopic matches a listed topic, by its label", () => {
    expect(outcome(topic, { source: { topic: "sanctions" } })).toEqual({
      matched: true,
      reason: "Came from the topic Sanctions",
    });
  });

  it("sourceTopic does not match another topic", () => {
    expect(outcome(topic, { source: { topic: "gdpr" } })).toEqual({
      matched: false,
      failed: "Came from the topic GDPR and privacy, not Sanctions or Export controls",
    });
  });

  it("sourceTopic does not match a lead without a topic", () => {
    expect(outcome(topic, {})).toEqual({ matched: false, failed: "Came without a topic" });
  });
});

describe("orList", () => {
  it('joins with commas and a final "or"', () => {
    expect([orList([]), orList(["a"]), orList(["a", "b"]), orList(["a", "b", "c"])]).toEqual([
      "",
      "a",
      "a or b",
      "a, b or c",
    ]);
  });
});
