import { describe, expect, it } from "vitest";
import { percentile } from "../../../bench/lib/percentile";

describe("percentile (nearest rank)", () => {
  it("picks the sample at the rank, whatever the order of the samples", () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
  });

  it("gives the only sample for any percentile, and NaN without samples", () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});
