import { describe, expect, it } from "vitest";
import {
  SCORING,
  bandOf,
  exposureOf,
  urgencyOf,
  type DateInfo,
  type Finding,
  type RegimeAssessment,
  type RegimeId,
} from "~/domain/exposure";
import { bucketScores, legalSeverity, materialUrgency, priorityOf, sizeClassOf } from "~/domain/exposure/score";
import type { Answers } from "~/domain/questionnaire";

function dueIn(days: number, basis: DateInfo["basis"] = "law"): DateInfo {
  return {
    milestoneId: "x",
    date: "2026-01-01",
    label: "x",
    appliesNow: days <= 0,
    daysFromAsOf: days,
    text: "",
    approximate: false,
    basis,
  };
}

function regime(
  id: RegimeAssessment["regime"],
  bucket: RegimeAssessment["bucket"],
  exposure: number,
  status: RegimeAssessment["status"] = exposure > 0 ? "likely" : "unlikely",
): RegimeAssessment {
  return { regime: id, bucket, exposure, status } as RegimeAssessment;
}

describe("exposure", () => {
  it("is the severity for a likely finding and half of it for a possible one", () => {
    expect(exposureOf("likely", 0.7, SCORING)).toBe(0.7);
    expect(exposureOf("possible", 0.7, SCORING)).toBe(0.35);
    expect(exposureOf("unlikely", 0.7, SCORING)).toBe(0);
  });
});

describe("urgency", () => {
  it.each([
    [-400, 1],
    [0, 1],
    [1, 0.9],
    [180, 0.9],
    [181, 0.75],
    [365, 0.75],
    [366, 0.5],
    [730, 0.5],
    [731, 0.3],
  ])("is %s days away → %s", (days, urgency) => {
    expect(urgencyOf(dueIn(days), SCORING)).toBe(urgency);
  });

  it("is low for a proposal that is not law yet, however close its date", () => {
    expect(urgencyOf(dueIn(-10, "proposal"), SCORING)).toBe(SCORING.urgencyOfProposal);
  });

  it("ignores immaterial findings when a material one exists", () => {
    expect(
      materialUrgency(
        [
          { exposure: 0.15, urgency: 1 },
          { exposure: 0.7, urgency: 0.5 },
        ],
        SCORING,
      ),
    ).toBe(0.5);
  });

  it("falls back to immaterial findings when nothing is material, and is 0 when nothing applies", () => {
    expect(materialUrgency([{ exposure: 0.15, urgency: 1 }], SCORING)).toBe(1);
    expect(materialUrgency([], SCORING)).toBe(0);
  });
});

describe("practice-area breadth (buckets)", () => {
  it("scores a bucket by its most exposed regime plus 0.1 per further likely regime of material exposure", () => {
    const [ai] = bucketScores(
      [
        regime("eu-ai-act", "ai-governance", 0.7),
        regime("nyc-ll144", "ai-governance", 0.4),
        regime("tx-traiga", "ai-governance", 0.2),
      ],
      SCORING,
    );
    expect(ai?.score).toBe(0.8);
  });

  it("adds only half the bonus for a further regime that is merely possible", () => {
    const [ai] = bucketScores(
      [regime("eu-ai-act", "ai-governance", 0.7), regime("ca-feha", "ai-governance", 0.35, "possible")],
      SCORING,
    );
    expect(ai?.score).toBe(0.75);
  });

  it("adds nothing for a further regime below the material threshold", () => {
    const [ai] = bucketScores(
      [regime("eu-ai-act", "ai-governance", 0.7), regime("tx-traiga", "ai-governance", 0.29)],
      SCORING,
    );
    expect(ai?.score).toBe(0.7);
  });

  it("caps a bucket at 1", () => {
    const regimes = (["nis2", "dora", "data-act", "cyber-resilience-act"] as const).map((id) =>
      regime(id, "cyber", 0.8),
    );
    expect(bucketScores(regimes, SCORING).find((bucket) => bucket.id === "cyber")?.score).toBe(1);
  });
});

function finding(ruleId: string, exposure: number, unsureAbout: Finding["unsureAbout"] = []): Finding {
  return {
    ruleId,
    tier: ruleId,
    tierLabel: ruleId,
    status: exposure >= 0.6 ? "likely" : "possible",
    exposure,
    unsureAbout,
  } as Finding;
}

function withFindings(id: RegimeAssessment["regime"], findings: Finding[]): RegimeAssessment {
  return {
    regime: id,
    findings,
    exposure: findings[0]?.exposure ?? 0,
    status: findings[0]?.status ?? "unlikely",
  } as RegimeAssessment;
}

const MEDIUM = { sizeClass: "medium", scaled: new Set<RegimeId>(["gdpr", "nis2"]) } as const;

describe("legal severity", () => {
  it("is the worst single exposure, not a sum over practice areas", () => {
    const regimes = [
      withFindings("il-bipa", [finding("IL-BIPA", 0.9)]),
      withFindings("gdpr", [finding("GDPR-APPLIES", 0.6)]),
      withFindings("ca-ccpa", [finding("CCPA-BUSINESS", 0.5)]),
    ];
    expect(legalSeverity(regimes, [], MEDIUM, SCORING)).toMatchObject({
      impact: 90,
      reason: { ruleId: "IL-BIPA", redFlag: null },
    });
  });

  it("scales regimes with turnover-based fines by company size, and no others", () => {
    const regimes = [
      withFindings("gdpr", [finding("GDPR-APPLIES", 0.6)]),
      withFindings("ca-ccpa", [finding("CCPA-BUSINESS", 0.5)]),
    ];
    expect(legalSeverity(regimes, [], { ...MEDIUM, sizeClass: "small" }, SCORING).impact).toBe(50);
    expect(legalSeverity(regimes, [], { ...MEDIUM, sizeClass: "large" }, SCORING).impact).toBe(66);
  });

  it("keeps every regular finding below the override floor, however large the company", () => {
    const regimes = [withFindings("nis2", [finding("NIS2-ESSENTIAL", 0.9)])];
    expect(legalSeverity(regimes, [], { ...MEDIUM, sizeClass: "large" }, SCORING).impact).toBe(
      SCORING.overrideFloor - 1,
    );
  });

  it("counts a finding that rests on an unsure answer at most up to the top of Moderate", () => {
    const regimes = [withFindings("gdpr", [finding("GDPR-ART22", 0.8, ["decisionRole"])])];
    const { impact, reason } = legalSeverity(regimes, [], MEDIUM, SCORING);
    expect(impact).toBe(SCORING.unsureCeiling);
    expect(bandOf(impact, SCORING)).toBe("Moderate");
    expect(reason?.onUnsure).toBe(true);
  });

  it("lifts impact to the override floor for a probable present violation and names it as the reason", () => {
    const regimes = [withFindings("us-sanctions", [finding("OFAC-EMBARGO", 1)])];
    const flag = {
      id: "embargoed-country-us-link",
      regime: "us-sanctions",
      ruleIds: ["OFAC-EMBARGO"],
      message: "",
      override: true,
    } as const;
    const { impact, reason } = legalSeverity(regimes, [{ ...flag, ruleIds: [...flag.ruleIds] }], MEDIUM, SCORING);
    expect(impact).toBeGreaterThanOrEqual(SCORING.overrideFloor);
    expect(bandOf(impact, SCORING)).toBe("Critical");
    expect(reason).toMatchObject({ ruleId: "OFAC-EMBARGO", redFlag: "embargoed-country-us-link" });
  });

  it("is 0 with no reason when nothing applies", () => {
    expect(legalSeverity([withFindings("gdpr", [])], [], MEDIUM, SCORING)).toEqual({ impact: 0, reason: null });
  });
});

describe("priority", () => {
  it("puts every lead of a higher band before every lead of a lower one", () => {
    const topOfHigh = priorityOf("High", 94, 100, 1, SCORING);
    const bottomOfCritical = priorityOf("Critical", 95, 0, 0, SCORING);
    expect(bottomOfCritical).toBeGreaterThan(topOfHigh);
    expect(priorityOf("High", 75, 0, 0, SCORING)).toBeGreaterThan(priorityOf("Moderate", 74, 100, 1, SCORING));
  });

  it("ranks a bigger engagement first within a band", () => {
    expect(priorityOf("High", 80, 90, 1, SCORING)).toBeGreaterThan(priorityOf("High", 90, 20, 1, SCORING));
  });

  it("is 0 when nothing is at stake", () => {
    expect(priorityOf("Low", 0, 80, 0, SCORING)).toBe(0);
  });
});

describe("company size", () => {
  it.each([
    [{ employees: "under-10", turnover: "up-to-10m" }, "small"],
    [{ employees: "10-49", turnover: "unsure" }, "small"],
    [{ employees: "10-49", turnover: "25m-50m" }, "medium"],
    [{ employees: "50-249", turnover: "up-to-10m" }, "medium"],
    [{ employees: "250-749", turnover: "up-to-10m" }, "large"],
    [{ employees: "10-49", turnover: "over-150m" }, "large"],
  ] as const)("%o is %s", (answers, sizeClass) => {
    expect(sizeClassOf(answers as Answers)).toBe(sizeClass);
  });
});

describe("bands", () => {
  it.each([
    [0, "Low"],
    [49, "Low"],
    [50, "Moderate"],
    [74, "Moderate"],
    [75, "High"],
    [94, "High"],
    [95, "Critical"],
    [100, "Critical"],
  ] as const)("impact %s is %s", (impact, band) => {
    expect(bandOf(impact, SCORING)).toBe(band);
  });
});
