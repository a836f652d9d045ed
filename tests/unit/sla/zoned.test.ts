import { describe, expect, it } from "vitest";
import { addLocalDays, instantOf, isoWeekday, localDateTime, offsetAt } from "~/domain/sla";

const AMSTERDAM = "Europe/Amsterdam";
const iso = (ms: number) => new Date(ms).toISOString();

describe("wall-clock time in a time zone", () => {
  it("reads the local date and time of an instant", () => {
    expect(localDateTime(Date.parse("2026-11-24T23:30:00Z"), AMSTERDAM)).toEqual({
      year: 2026,
      month: 11,
      day: 25,
      hour: 0,
      minute: 30,
      second: 0,
    });
  });

  it("knows the offset in winter and in summer", () => {
    expect(offsetAt(Date.parse("2026-01-15T12:00:00Z"), AMSTERDAM)).toBe(3_600_000);
    expect(offsetAt(Date.parse("2026-07-15T12:00:00Z"), AMSTERDAM)).toBe(7_200_000);
  });

  it("turns an ordinary local time into its instant", () => {
    expect(iso(instantOf({ year: 2026, month: 11, day: 24, hour: 9 }, AMSTERDAM))).toBe("2026-11-24T08:00:00.000Z");
    expect(iso(instantOf({ year: 2026, month: 7, day: 15, hour: 9 }, AMSTERDAM))).toBe("2026-07-15T07:00:00.000Z");
  });

  it("moves a local time in the spring-forward gap forward by the gap", () => {
    expect(iso(instantOf({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, AMSTERDAM))).toBe(
      "2026-03-29T01:30:00.000Z",
    );
  });

  it("takes the earlier of a local time that occurs twice at fall-back", () => {
    expect(iso(instantOf({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, AMSTERDAM))).toBe(
      "2026-10-25T00:30:00.000Z",
    );
  });

  it("counts calendar days and ISO weekdays without clock changes getting in the way", () => {
    expect(addLocalDays({ year: 2026, month: 3, day: 28 }, 2)).toEqual({ year: 2026, month: 3, day: 30 });
    expect(addLocalDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(isoWeekday({ year: 2026, month: 11, day: 29 })).toBe(7);
    expect(isoWeekday({ year: 2026, month: 11, day: 30 })).toBe(1);
  });
});
