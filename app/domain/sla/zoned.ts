// Wall-clock time in an IANA time zone with nothing but Intl: an instant is turned into local
// parts by formatting it, and local parts are turned back into an instant by trying the offsets
// in force a day either side, which covers any single offset change (DST or otherwise).

export interface LocalDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      // h23, not hour12: false, which some engines render as "24" at midnight.
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date and time of an instant (epoch milliseconds) in a time zone. */
export function localDateTime(instant: number, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function wallAsUtc(local: LocalDate & Partial<LocalDateTime>): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0, local.second ?? 0);
}

/** Local time minus UTC at an instant, in milliseconds (e.g. +3 600 000 for CET). */
export function offsetAt(instant: number, timeZone: string): number {
  const wholeSecond = instant - (((instant % 1000) + 1000) % 1000);
  return wallAsUtc(localDateTime(wholeSecond, timeZone)) - wholeSecond;
}

/**
 * The instant a local wall-clock time stands for. A time that occurs twice (clocks going back)
 * gives the earlier instant; a time that does not exist (clocks going forward) is moved forward by
 * the length of the gap, so 02:30 on a spring-forward night in Europe becomes 03:30. These are
 * the "compatible" choices of Temporal and of most calendars.
 */
export function instantOf(local: LocalDate & Partial<LocalDateTime>, timeZone: string): number {
  const wall = wallAsUtc(local);
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const exact = [...new Set([wall - before, wall - after])].filter(
    (candidate) => offsetAt(candidate, timeZone) === wall - candidate,
  );
  if (exact.length > 0) return Math.min(...exact);
  return wall - before;
}

export function localDateOf(instant: number, timeZone: string): LocalDate {
  const { year, month, day } = localDateTime(instant, timeZone);
  return { year, month, day };
}

/** Calendar arithmetic on dates alone, done in UTC where every day has 24 hours. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(wallAsUtc(date) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const weekday = new Date(wallAsUtc(date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A calendar date written YYYY-MM-DD. */
export function formatLocalDate(date: LocalDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** A YYYY-MM-DD date as a calendar date. */
export function parseLocalDate(isoDate: string): LocalDate {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * The instant (ISO) a calendar day starts in a time zone, `addDays` later: with 1, the end of the
 * day as the start of the next, for half-open day ranges.
 */
export function startOfLocalDay(isoDate: string, timeZone: string, addDays = 0): string {
  return new Date(instantOf(addLocalDays(parseLocalDate(isoDate), addDays), timeZone)).toISOString();
}
