import { describe, expect, it } from "vitest";
import { NEUTRAL, assessProfile, profile } from "./profiles";

describe("test profiles", () => {
  it("the neutral company is itself a valid submission", () => {
    expect(profile()).toEqual(NEUTRAL);
  });

  it("no regime reaches the neutral company", () => {
    const assessment = assessProfile();
    expect(assessment.regimes.every((regime) => regime.status === "unlikely")).toBe(true);
    expect(assessment.impact).toBe(0);
  });
});
