import { describe, expect, it } from "vitest";
import { assess, readStoredAssessment } from "~/domain/exposure";
import type { Answers } from "~/domain/questionnaire";
import { answersFixture } from "../../../support/flow-client";

describe("reading a stored assessment", () => {
  it("reads back an assessment as the engine stores it", () => {
    const assessment = assess(answersFixture("eu-bank-credit-scoring") as Answers, "2026-11-26");
    expect(readStoredAssessment(JSON.stringify(assessment))).toEqual(assessment);
  });

  it("gives nothing for an assessment missing parts the lead page shows", () => {
    const { regimes: _regimes, ...withoutRegimes } = assess(
      answersFixture("eu-bank-credit-scoring") as Answers,
      "2026-11-26",
    );
    expect(readStoredAssessment(JSON.stringify(withoutRegimes))).toBeNull();
    expect(
      readStoredAssessment(
        JSON.stringify({ rulesetVersion: "old", band: "High", regimes: [{ regime: "gdpr", status: "likely" }] }),
      ),
    ).toBeNull();
  });

  it("gives nothing for text that is not JSON, or no text", () => {
    expect(readStoredAssessment("{ not json")).toBeNull();
    expect(readStoredAssessment(null)).toBeNull();
  });
});
