import { describe, expect, it } from "vitest";
import { SCORING, bandOf, exposureOf, urgencyOf, type DateInfo, type RegimeAssessment } from "~/domain/exposure";
import { bucketScores, impactOf, materialUrgency, priorityOf } from "~/domain/exposure/score";

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
  status: RegimeAssessment["status"] = exposure > 0 ? "likely" : "unlikely"
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
        SCORING
      )
    ).toBe(0.5);
  });

  it("falls back to immaterial findings when nothing is material, and is 0 when nothing applies", () => {
    expect(materialUrgency([{ exposure: 0.15, urgency: 1 }], SCORING)).toBe(1);
    expect(materialUrgency([], SCORING)).toBe(0);
  });
});

describe("buckets and impact", () => {
  it("scores a bucket by its most exposed regime plus 0.1 per further likely regime of material exposure", () => {
    const [ai] = bucketScores(
      [
        regime("eu-ai-act", "ai-governance", 0.7),
        regime("nyc-ll144", "ai-governance", 0.4),
        regime("tx-traiga", "ai-governance", 0.2),
      ],
      SCORING
    );
    expect(ai?.score).toBe(0.8);
  });

  it("adds only half the bonus for a further regime that is merely possible", () => {
    const [ai] = bucketScores(
      [regime("eu-ai-act", "ai-governance", 0.7), regime("ca-feha", "ai-governance", 0.35, "possible")],
      SCORING
    );
    expect(ai?.score).toBe(0.75);
  });

  it("adds nothing for a further regime below the material threshold", () => {
    const [ai] = bucketScores([regime("eu-ai-act", "ai-governance", 0.7), regime("tx-traiga", "ai-governance", 0.29)], SCORING);
    expect(ai?.score).toBe(0.7);
  });

  it("caps a bucket at 1", () => {
    const regimes = (["nis2", "dora", "data-act", "cyber-resilience-act"] as const).map((id) => regime(id, "cyber", 0.8));
    expect(bucketScores(regimes, SCORING).find((bucket) => bucket.id === "cyber")?.score).toBe(1);
  });

  it("weighs the buckets 35 / 25 / 20 / 20 and rounds", () => {
    const buckets = bucketScores([regime("eu-ai-act", "ai-governance", 0.7), regime("gdpr", "privacy", 0.6)], SCORING);
    expect(impactOf(buckets, false, SCORING)).toBe(Math.round(35 * 0.7 + 25 * 0.6));
  });

  it("lifts impact to 85 for an overriding red flag, without lowering a higher impact", () => {
    expect(impactOf(bucketScores([regime("us-sanctions", "trade", 1)], SCORING), true, SCORING)).toBe(85);
    const everything = SCORING.buckets.map((bucket, position) =>
      regime(["eu-ai-act", "gdpr", "nis2", "us-sanctions"][position] as RegimeAssessment["regime"], bucket.id, 1)
    );
    expect(impactOf(bucketScores(everything, SCORING), true, SCORING)).toBe(100);
  });

  it("is priority = round(impact × urgency)", () => {
    expect(priorityOf(48, 0.75)).toBe(36);
  });
});

describe("bands", () => {
  it.each([
    [0, "Low"],
    [19, "Low"],
    [20, "Moderate"],
    [39, "Moderate"],
    [40, "High"],
    [69, "High"],
    [70, "Critical"],
    [100, "Critical"],
  ] as const)("impact %s is %s", (impact, band) => {
    expect(bandOf(impact, SCORING)).toBe(band);
  });
});
