import { describe, expect, it } from "vitest";
import { RULESET_VERSION, assess, readStoredAssessment, reassessment, type StoredAssessment } from "~/domain/exposure";
import { profile } from "../support/profiles";

/** A US SaaS company with Russian customers, as ruleset 2026.11.1 stored it: Low, no red flag, answers of that bank. */
const OLD_ANSWERS = {
  establishments: ["us"],
  markets: ["us-other", "russia"],
  employees: "50-249",
  turnover: "10m-25m",
  sectors: ["software-saas"],
  mainConcern: ["unsure"],
  aiRoles: ["none"],
  personalData: ["customers"],
  dataSubjects: "10k-100k",
  biometricData: "no",
  dataLocation: ["none"],
  financialIctSupplier: "no",
  controls: ["none"],
  tradeCountries: ["russia"],
  // Retired in 2026.12.1: "sell, ship or rely on US-origin items".
  usNexus: ["us-entity", "us-origin-items"],
  sensitiveExports: ["none"],
};

const regime = (id: string, name: string, status: string) => ({
  regime: id,
  name,
  law: "",
  status,
  tierLabel: null,
  obligations: [],
  maxPenalty: "",
  appliesFrom: null,
  nextDate: null,
  confidenceNote: "",
});

const OLD_STORED = readStoredAssessment({
  rulesetVersion: "2026.11.1",
  asOf: "2026-11-26",
  band: "Low",
  impact: 19,
  priority: 19,
  regimes: [
    regime("us-sanctions", "US sanctions (OFAC)", "likely"),
    regime("us-export-controls", "US export controls (EAR)", "possible"),
  ],
  nextDeadline: null,
  redFlags: [],
  gaps: [],
}) as StoredAssessment;

describe("a lead assessed again under the current ruleset", () => {
  it("is not reassessed when it was assessed under the current ruleset", () => {
    const answers = profile({ establishments: ["eu-eea"], markets: ["eu-eea"], personalData: ["customers"] });
    expect(reassessment(answers, assess(answers, "2026-11-26"))).toBeNull();
  });

  it("shows an older lead's band and verdicts under the current ruleset, on the same day", () => {
    const result = reassessment(OLD_ANSWERS, OLD_STORED);
    expect(result).toMatchObject({
      kind: "changed",
      fromVersion: "2026.11.1",
      toVersion: RULESET_VERSION,
      asOf: "2026-11-26",
      bandBefore: "Low",
      bandAfter: "Critical",
      impactBefore: 19,
    });
    if (result?.kind !== "changed") return;
    expect(result.redFlagsAdded).toContain("russia-it-services-us-person");
    // Regimes the stored assessment does not list count as unlikely before.
    expect(result.verdicts).toContainEqual(
      expect.objectContaining({ regime: "ru-localisation", before: "unlikely", after: "likely" }),
    );
    expect(result.verdicts.map((change) => change.regime)).not.toContain("us-sanctions");
  });

  it('reads an option retired since as "Not sure" and says so', () => {
    const result = reassessment(OLD_ANSWERS, OLD_STORED);
    expect(result?.kind === "changed" && result.retiredAnswers).toEqual(["usNexus"]);
  });

  it('reads a question added since as "Not sure" and says so, so the finding it feeds stays possible', () => {
    // The older lead has consumers in "other US states" but was never asked how many.
    const result = reassessment(OLD_ANSWERS, OLD_STORED);
    if (result?.kind !== "changed") throw new Error("expected a changed reassessment");
    expect(result.unaskedQuestions).toEqual(["usStateConsumers"]);
    expect(result.verdicts).toContainEqual(
      expect.objectContaining({ regime: "us-state-privacy", before: "unlikely", after: "possible" }),
    );
  });

  it("says it cannot reassess answers it cannot read", () => {
    expect(reassessment("not answers", OLD_STORED)).toMatchObject({ kind: "impossible" });
  });

  it("has nothing to say without a readable stored assessment", () => {
    expect(reassessment(OLD_ANSWERS, null)).toBeNull();
  });
});
