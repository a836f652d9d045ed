import { formatCalendarDay } from "../date-format";
import type { DateInfo, Milestone } from "./types";

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Milestone days are parsed on every assessment; remembering them keeps assess cheap. The cache
// only ever holds valid calendar days, so it stays small (a few dozen milestones plus asOf days).
const parsedDays = new Map<string, number>();

/** Days since 1970-01-01 for a real calendar day `YYYY-MM-DD`, or null for anything else. */
export function dayNumber(isoDay: string): number | null {
  const cached = parsedDays.get(isoDay);
  if (cached !== undefined) return cached;
  const parsed = parseDay(isoDay);
  if (parsed !== null && parsedDays.size < 10_000) parsedDays.set(isoDay, parsed);
  return parsed;
}

function parseDay(isoDay: string): number | null {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // Date.UTC rolls 2027-02-30 over into March; a round trip catches it.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time / DAY_MS;
}

export function isIsoDay(value: string): boolean {
  return dayNumber(value) !== null;
}

/**
 * The calendar day of `asOf`. A Date is read in UTC, so the same instant gives the same verdict
 * on every server; a string must already be a `YYYY-MM-DD` day.
 */
export function toIsoDay(asOf: string | Date): string {
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw new RangeError("asOf is an invalid Date");
    return asOf.toISOString().slice(0, 10);
  }
  if (!isIsoDay(asOf)) throw new RangeError(`asOf must be a calendar day YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  return asOf;
}

export function daysBetween(fromIsoDay: string, toIsoDay: string): number {
  const from = dayNumber(fromIsoDay);
  const to = dayNumber(toIsoDay);
  if (from === null || to === null)
    throw new RangeError(`Not a calendar day: ${from === null ? fromIsoDay : toIsoDay}`);
  return to - from;
}

export function addDays(isoDay: string, days: number): string {
  const day = dayNumber(isoDay);
  if (day === null) throw new RangeError(`Not a calendar day: ${isoDay}`);
  return new Date((day + days) * DAY_MS).toISOString().slice(0, 10);
}

/** "applies now" once the day has come; before that "from <date>, in N days". */
export function whenText(isoDay: string, asOf: string, approximate = false): string {
  const days = daysBetween(asOf, isoDay);
  if (days <= 0) return "applies now";
  const date = approximate ? `about ${formatCalendarDay(isoDay)}` : formatCalendarDay(isoDay);
  return `from ${date}, in ${days} ${days === 1 ? "day" : "days"}`;
}

export function dateInfo(milestone: Milestone, asOf: string): DateInfo {
  const daysFromAsOf = daysBetween(asOf, milestone.date);
  return {
    milestoneId: milestone.id,
    date: milestone.date,
    label: milestone.label,
    appliesNow: daysFromAsOf <= 0,
    daysFromAsOf,
    text: whenText(milestone.date, asOf, milestone.approximate === true),
    approximate: milestone.approximate === true,
    basis: milestone.basis,
  };
}
