import { describe, expect, it } from "vitest";
import {
  formatCalendarDay,
  formatClockTime,
  formatInstant,
  formatInstantWithZone,
  formatWeekdayAndDate,
  formatWeekdayAndDay,
} from "~/domain/date-format";

// 23:30 UTC on Sunday 29 November 2026 is already Monday 30 November in Amsterdam (UTC+1 in winter).
const LATE_SUNDAY_UTC = "2026-11-29T23:30:00.000Z";

describe("one way of writing dates and times", () => {
  it("writes an admin page's instant on the business time zone's clock, not UTC", () => {
    expect(formatInstant(LATE_SUNDAY_UTC, "Europe/Amsterdam")).toBe("30 Nov 2026, 00:30");
    expect(formatInstant(LATE_SUNDAY_UTC, "UTC")).toBe("29 Nov 2026, 23:30");
  });

  it("follows summer time in the business time zone", () => {
    expect(formatInstant("2026-07-01T10:00:00.000Z", "Europe/Amsterdam")).toBe("1 Jul 2026, 12:00");
  });

  it("shows an unreadable instant as it is rather than failing the page", () => {
    expect(formatInstant("not a date", "Europe/Amsterdam")).toBe("not a date");
  });

  it("names the clock of a deadline written in an email", () => {
    expect(formatInstantWithZone("2026-03-03T13:00:00.000Z", "Europe/Berlin")).toBe("Tue 3 March 2026, 14:00 CET");
  });

  it("refuses to write an unreadable deadline into an email", () => {
    expect(() => formatInstantWithZone("soon", "Europe/Berlin")).toThrow(RangeError);
  });

  it("names the weekday of the local day, not of the UTC day", () => {
    expect(formatWeekdayAndDay(LATE_SUNDAY_UTC, "Europe/Amsterdam")).toBe("Monday 30 November");
    expect(formatWeekdayAndDate(LATE_SUNDAY_UTC, "America/New_York")).toBe("Sunday 29 November 2026");
    expect(formatClockTime(LATE_SUNDAY_UTC, "America/New_York")).toBe("18:30");
  });

  it("writes a calendar day as the day it names, whatever the time zone", () => {
    expect(formatCalendarDay("2027-12-02")).toBe("2 December 2027");
    expect(formatCalendarDay("2026-01-31T00:00:00Z")).toBe("31 January 2026");
  });
});
