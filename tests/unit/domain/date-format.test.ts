import { describe, expect, it } from "vitest";
import { seededRandom } from "~/domain/seeded-random";
import {
  ZONED_FIELD_OPTIONS,
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

describe("instants written on a zone's clock, around its changes of offset", () => {
  // Zones with summer time on either hemisphere, a half-hour change (Lord Howe), fractional
  // offsets (Kolkata, St John's, Chatham) and one without changes.
  const ZONES = [
    "Europe/Amsterdam",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "America/St_Johns",
    "Pacific/Chatham",
    "UTC",
  ];
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const DAY = 86_400_000;

  const oracles = new Map<string, Intl.DateTimeFormat>();
  /** "30 Nov 2026, 00:30 CET", read from Intl itself, as the oracle. */
  function expected(ms: number, timeZone: string): string {
    let oracle = oracles.get(timeZone);
    if (!oracle) {
      oracle = new Intl.DateTimeFormat("en-GB", { ...ZONED_FIELD_OPTIONS, timeZone });
      oracles.set(timeZone, oracle);
    }
    const parts = Object.fromEntries(oracle.formatToParts(ms).map((part) => [part.type, part.value]));
    return `${Number(parts.day)} ${MONTHS[Number(parts.month) - 1]} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
  }
  const zoneName = (ms: number, timeZone: string) => expected(ms, timeZone).split(" ").at(-1);
  const written = (ms: number, timeZone: string) => {
    const iso = new Date(ms).toISOString();
    return `${formatInstant(iso, timeZone)} ${formatInstantWithZone(iso, timeZone).split(" ").at(-1)}`;
  };

  /** The UTC days, 2025 to 2027, whose first and last minutes are on different clocks of the zone. */
  function changeDays(timeZone: string): number[] {
    const days: number[] = [];
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2028, 0, 1); ms += DAY)
      if (zoneName(ms, timeZone) !== zoneName(ms + DAY - 60_000, timeZone)) days.push(ms / DAY);
    return days;
  }

  it.each(ZONES)("writes every quarter hour of the days around %s's changes as Intl does", (timeZone) => {
    const days = changeDays(timeZone);
    if (timeZone === "UTC" || timeZone === "Asia/Kolkata") expect(days).toEqual([]);
    else expect(days.length).toBeGreaterThanOrEqual(6);
    for (const day of days) {
      // The day before first, so its state is remembered before the change's own day is asked.
      for (let ms = (day - 1) * DAY; ms < (day + 2) * DAY; ms += 15 * 60_000 + 7_000) {
        expect(written(ms, timeZone), new Date(ms).toISOString()).toBe(expected(ms, timeZone));
      }
    }
  });

  it.each(ZONES)("writes instants spread over three years in %s as Intl does", (timeZone) => {
    const random = seededRandom(20261202);
    for (let i = 0; i < 2_000; i++) {
      const ms = Date.UTC(2025, 0, 1) + Math.floor(random.next() * 3 * 365 * DAY);
      expect(written(ms, timeZone), new Date(ms).toISOString()).toBe(expected(ms, timeZone));
    }
  });
});
