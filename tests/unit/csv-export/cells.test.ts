import { describe, expect, it } from "vitest";
import { csvCell, neutraliseCell } from "~/domain/csv-export";

describe("a CSV cell against formula injection", () => {
  it.each(['=HYPERLINK("http://evil.example")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"])(
    "gets an apostrophe in front when it begins like a formula: %j",
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it.each(["Acme BV", "", "1+1", "a=b", " =1", "'quoted", "Ölwerk GmbH"])(
    "stays as it is when it cannot start a formula: %j",
    (value) => {
      expect(neutraliseCell(value)).toBe(value);
    },
  );

  it("is neutralised after a number is written as text", () => {
    expect(csvCell(-5)).toBe("'-5");
    expect(csvCell(42)).toBe("42");
  });

  it("writes absent values as empty cells and yes/no for flags", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("yes");
    expect(csvCell(false)).toBe("no");
  });
});
