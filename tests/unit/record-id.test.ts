import { describe, expect, it } from "vitest";
import { parseRecordId } from "~/domain/record-id";

describe("a record's number in an address", () => {
  it("reads a positive whole number", () => {
    expect(parseRecordId("1")).toBe(1);
    expect(parseRecordId("4711")).toBe(4711);
  });

  it("names no record for zero, a sign, a leading zero, a fraction, spaces or letters", () => {
    for (const value of ["0", "-3", "+3", "07", "1.5", " 7", "7 ", "1e3", "0x1f", "seven", ""]) {
      expect(parseRecordId(value)).toBeNull();
    }
  });

  it("names no record beyond what a number holds exactly, or when missing", () => {
    expect(parseRecordId("9007199254740993")).toBeNull();
    expect(parseRecordId("99999999999999999")).toBeNull();
    expect(parseRecordId(undefined)).toBeNull();
  });
});
