import { describe, expect, it } from "vitest";
import { formatCalendarDay } from "~/domain/date-format";
import { MILESTONES, addDays, dateInfo, daysBetween, milestoneById, toIsoDay, whenText } from "~/domain/exposure";

describe("deadline table", () => {
  it.each(MILESTONES.map((milestone) => [milestone.id, milestone] as const))(
    "%s is still in the future on the day before",
    (_id, milestone) => {
      const info = dateInfo(milestone, addDays(milestone.date, -1));
      expect(info.appliesNow).toBe(false);
      expect(info.daysFromAsOf).toBe(1);
      expect(info.text).toBe(
        `from ${milestone.approximate ? "about " : ""}${formatCalendarDay(milestone.date)}, in 1 day`,
      );
    },
  );

  it.each(MILESTONES.map((milestone) => [milestone.id, milestone] as const))(
    "%s applies now on the day itself",
    (_id, milestone) => {
      const info = dateInfo(milestone, milestone.date);
      expect(info.appliesNow).toBe(true);
      expect(info.daysFromAsOf).toBe(0);
      expect(info.text).toBe("applies now");
    },
  );

  it("carries the 2026 AI Act dates: Annex III from 2 December 2027, Annex I from 2 August 2028", () => {
    expect(milestoneById("aia-annex-iii").date).toBe("2027-12-02");
    expect(milestoneById("aia-annex-i").date).toBe("2028-08-02");
  });

  it("carries Colorado's replacement law from 1 January 2027", () => {
    expect(milestoneById("co-sb26-189").date).toBe("2027-01-01");
    expect(milestoneById("co-sb26-189").label).toContain("SB 26-189");
  });
});

describe("calendar arithmetic", () => {
  it("counts calendar days, not 24-hour periods, across daylight-saving changes", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
  });

  it("counts leap days", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  });

  it("is negative for a date already passed", () => {
    expect(daysBetween("2026-11-26", "2025-02-02")).toBe(-662);
  });

  it("spells dates out in words", () => {
    expect(formatCalendarDay("2027-12-02")).toBe("2 December 2027");
  });

  it('says "in N days" in the plural and marks estimated dates', () => {
    expect(whenText("2026-11-28", "2026-11-26")).toBe("from 28 November 2026, in 2 days");
    expect(whenText("2027-05-13", "2026-11-26", true)).toBe("from about 13 May 2027, in 168 days");
  });
});

describe("asOf", () => {
  it("reads a Date as its UTC calendar day, so every server agrees", () => {
    expect(toIsoDay(new Date("2026-11-26T23:30:00-05:00"))).toBe("2026-11-27");
  });

  it("accepts a calendar day as it is", () => {
    expect(toIsoDay("2026-11-26")).toBe("2026-11-26");
  });

  it("rejects days that do not exist and other formats", () => {
    expect(() => toIsoDay("2027-02-30")).toThrow(RangeError);
    expect(() => toIsoDay("26/11/2026")).toThrow(RangeError);
    expect(() => toIsoDay(new Date("not a date"))).toThrow(RangeError);
  });
});
