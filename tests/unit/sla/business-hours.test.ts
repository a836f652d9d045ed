import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CALENDAR,
  addBusinessHours,
  businessHoursBetween,
  isBusinessTime,
  type BusinessCalendar,
} from "~/domain/sla";

// Instants are written with their Amsterdam offset (+01:00 in winter, +02:00 in summer), so each
// expectation reads as local wall-clock time and does not depend on the code under test.
const at = (iso: string) => new Date(iso);
const add = (start: string, hours: number, calendar: BusinessCalendar = DEFAULT_CALENDAR) =>
  addBusinessHours(at(start), hours, calendar).toISOString();
const iso = (value: string) => at(value).toISOString();

const ALWAYS_OPEN: BusinessCalendar = {
  timeZone: "Europe/Amsterdam",
  workingDays: [1, 2, 3, 4, 5, 6, 7],
  startHour: 0,
  endHour: 24,
};

describe("addBusinessHours in the default calendar (Europe/Amsterdam, Monday–Friday 09–17)", () => {
  it("adds hours within one working day", () => {
    expect(add("2026-11-24T10:00:00+01:00", 4)).toBe(iso("2026-11-24T14:00:00+01:00"));
  });

  it("ends at closing time when the budget runs out exactly then", () => {
    expect(add("2026-11-24T13:00:00+01:00", 4)).toBe(iso("2026-11-24T17:00:00+01:00"));
  });

  it("carries what is left on Friday afternoon over to Monday morning", () => {
    expect(add("2026-11-27T15:00:00+01:00", 4)).toBe(iso("2026-11-30T11:00:00+01:00"));
  });

  it("starts counting at opening time for a lead that arrives before it", () => {
    expect(add("2026-11-24T07:30:00+01:00", 4)).toBe(iso("2026-11-24T13:00:00+01:00"));
  });

  it("starts counting the next morning for a lead that arrives after closing", () => {
    expect(add("2026-11-24T18:00:00+01:00", 1)).toBe(iso("2026-11-25T10:00:00+01:00"));
  });

  it("starts counting on Monday for a lead that arrives at the weekend", () => {
    expect(add("2026-11-28T11:00:00+01:00", 4)).toBe(iso("2026-11-30T13:00:00+01:00"));
    expect(add("2026-11-29T23:30:00+01:00", 4)).toBe(iso("2026-11-30T13:00:00+01:00"));
  });

  it("counts fractions of an hour", () => {
    expect(add("2026-11-24T16:45:00+01:00", 0.5)).toBe(iso("2026-11-25T09:15:00+01:00"));
  });

  it("returns the start itself for zero hours", () => {
    expect(add("2026-11-28T11:00:00+01:00", 0)).toBe(iso("2026-11-28T11:00:00+01:00"));
  });

  it("keeps local opening hours across the spring-forward weekend (29 March 2026)", () => {
    // Friday 16:00 CET plus 4 hours: 1 on Friday, 3 on Monday, which is on CEST (+02:00).
    expect(add("2026-03-27T16:00:00+01:00", 4)).toBe(iso("2026-03-30T12:00:00+02:00"));
  });

  it("counts a full week of business days across the spring-forward weekend", () => {
    expect(add("2026-03-27T09:00:00+01:00", 40)).toBe(iso("2026-04-02T17:00:00+02:00"));
  });

  it("keeps local opening hours across the fall-back weekend (25 October 2026)", () => {
    expect(add("2026-10-23T16:00:00+02:00", 4)).toBe(iso("2026-10-26T12:00:00+01:00"));
  });

  it("counts the real length of a day with a clock change when the office is open all day", () => {
    expect(add("2026-03-29T00:00:00+01:00", 23, ALWAYS_OPEN)).toBe(iso("2026-03-30T00:00:00+02:00"));
    expect(add("2026-10-25T00:00:00+02:00", 25, ALWAYS_OPEN)).toBe(iso("2026-10-26T00:00:00+01:00"));
  });

  it("refuses negative or non-finite hours", () => {
    expect(() => add("2026-11-24T10:00:00+01:00", -1)).toThrow(RangeError);
    expect(() => add("2026-11-24T10:00:00+01:00", Number.NaN)).toThrow(RangeError);
  });

  it("refuses an invalid start date", () => {
    expect(() => addBusinessHours(new Date("not a date"), 1, DEFAULT_CALENDAR)).toThrow(
      new RangeError("start is not a valid date"),
    );
  });
});

describe("addBusinessHours in other calendars", () => {
  it("follows the time zone and its own DST dates (New York, 8 March 2026)", () => {
    const newYork: BusinessCalendar = { ...DEFAULT_CALENDAR, timeZone: "America/New_York" };
    expect(add("2026-03-06T16:00:00-05:00", 4, newYork)).toBe(iso("2026-03-09T12:00:00-04:00"));
  });

  it("follows the working days, e.g. a Sunday-to-Thursday week", () => {
    const jerusalem: BusinessCalendar = {
      timeZone: "Asia/Jerusalem",
      workingDays: [7, 1, 2, 3, 4],
      startHour: 9,
      endHour: 17,
    };
    // Thursday 26 November 2026, 16:00 → Sunday 29 November.
    expect(add("2026-11-26T16:00:00+02:00", 4, jerusalem)).toBe(iso("2026-11-29T12:00:00+02:00"));
  });

  it("follows the opening hours, up to midnight", () => {
    const lateShift: BusinessCalendar = { ...DEFAULT_CALENDAR, startHour: 14, endHour: 24 };
    expect(add("2026-11-24T22:00:00+01:00", 4, lateShift)).toBe(iso("2026-11-25T16:00:00+01:00"));
  });

  it("moves an opening hour that falls in the spring-forward gap to just after it", () => {
    const nightShift: BusinessCalendar = { timeZone: "Europe/Amsterdam", workingDays: [7], startHour: 2, endHour: 6 };
    // 02:00 does not exist on 29 March 2026; the shift opens at 03:00 CEST and lasts 3 real hours.
    expect(add("2026-03-29T00:00:00+01:00", 1, nightShift)).toBe(iso("2026-03-29T04:00:00+02:00"));
    expect(businessHoursBetween(at("2026-03-29T00:00:00+01:00"), at("2026-03-30T00:00:00+02:00"), nightShift)).toBe(3);
  });

  it.each([
    [{ ...DEFAULT_CALENDAR, workingDays: [] }, "workingDays: At least one working day is required"],
    [{ ...DEFAULT_CALENDAR, workingDays: [0, 1] }, "workingDays.0: Weekdays run from 1 (Monday) to 7 (Sunday)"],
    [{ ...DEFAULT_CALENDAR, startHour: 17, endHour: 9 }, "endHour: Closing hour must be after the opening hour"],
    [{ ...DEFAULT_CALENDAR, timeZone: "Europe/Atlantis" }, 'timeZone: Unknown time zone "Europe/Atlantis"'],
  ])("refuses an invalid calendar %#", (calendar, problem) => {
    expect(() => addBusinessHours(at("2026-11-24T10:00:00+01:00"), 1, calendar)).toThrow(
      new RangeError(`Invalid business calendar: ${problem}`),
    );
  });
});

describe("businessHoursBetween", () => {
  it("counts only open hours", () => {
    expect(
      businessHoursBetween(at("2026-11-27T15:00:00+01:00"), at("2026-11-30T11:00:00+01:00"), DEFAULT_CALENDAR),
    ).toBe(4);
  });

  it("counts a working week as 40 hours, including the spring-forward week", () => {
    expect(
      businessHoursBetween(at("2026-11-23T00:00:00+01:00"), at("2026-11-30T00:00:00+01:00"), DEFAULT_CALENDAR),
    ).toBe(40);
    expect(
      businessHoursBetween(at("2026-03-28T00:00:00+01:00"), at("2026-04-04T00:00:00+02:00"), DEFAULT_CALENDAR),
    ).toBe(40);
  });

  it("counts nothing over a weekend", () => {
    expect(
      businessHoursBetween(at("2026-11-27T17:00:00+01:00"), at("2026-11-30T09:00:00+01:00"), DEFAULT_CALENDAR),
    ).toBe(0);
  });

  it("is negative when the end comes first", () => {
    expect(
      businessHoursBetween(at("2026-11-24T14:00:00+01:00"), at("2026-11-24T10:00:00+01:00"), DEFAULT_CALENDAR),
    ).toBe(-4);
  });

  it("counts 23 and 25 hours on the clock-change Sundays when open all day", () => {
    expect(businessHoursBetween(at("2026-03-29T00:00:00+01:00"), at("2026-03-30T00:00:00+02:00"), ALWAYS_OPEN)).toBe(
      23,
    );
    expect(businessHoursBetween(at("2026-10-25T00:00:00+02:00"), at("2026-10-26T00:00:00+01:00"), ALWAYS_OPEN)).toBe(
      25,
    );
  });
});

describe("isBusinessTime", () => {
  it("is open from opening time up to, not including, closing time", () => {
    expect(isBusinessTime(at("2026-11-24T09:00:00+01:00"), DEFAULT_CALENDAR)).toBe(true);
    expect(isBusinessTime(at("2026-11-24T16:59:59+01:00"), DEFAULT_CALENDAR)).toBe(true);
    expect(isBusinessTime(at("2026-11-24T17:00:00+01:00"), DEFAULT_CALENDAR)).toBe(false);
    expect(isBusinessTime(at("2026-11-28T12:00:00+01:00"), DEFAULT_CALENDAR)).toBe(false);
  });
});

describe("business-hour arithmetic properties", () => {
  // Any instant in 2026, so both clock changes are crossed, and budgets up to two weeks in minutes.
  const instants = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms));
  const minutes = fc.integer({ min: 0, max: 80 * 60 });

  it("the hours between a start and start + h business hours are h", () => {
    fc.assert(
      fc.property(instants, minutes, (start, budget) => {
        const end = addBusinessHours(start, budget / 60, DEFAULT_CALENDAR);
        expect(businessHoursBetween(start, end, DEFAULT_CALENDAR) * 60).toBeCloseTo(budget, 6);
      }),
      { numRuns: 200 },
    );
  });

  it("adding a then b is adding a + b", () => {
    fc.assert(
      fc.property(instants, minutes, minutes, (start, a, b) => {
        const stepwise = addBusinessHours(addBusinessHours(start, a / 60, DEFAULT_CALENDAR), b / 60, DEFAULT_CALENDAR);
        expect(stepwise.getTime()).toBe(addBusinessHours(start, (a + b) / 60, DEFAULT_CALENDAR).getTime());
      }),
      { numRuns: 200 },
    );
  });

  it("a positive budget always ends inside opening hours or exactly at closing", () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 80 * 60 }), (start, budget) => {
        const end = addBusinessHours(start, budget / 60, DEFAULT_CALENDAR);
        const justBefore = new Date(end.getTime() - 1);
        expect(isBusinessTime(justBefore, DEFAULT_CALENDAR)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
