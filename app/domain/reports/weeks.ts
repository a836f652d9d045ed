import {
  type LocalDate,
  addLocalDays,
  compareLocalDates,
  formatLocalDate,
  isoWeekday,
  parseLocalDate,
  startOfLocalDay,
} from "../sla";
import type { ReportPeriod } from "./period";

/** One ISO week of a report, cut to the period where the period starts or ends mid-week. */
export interface ReportWeek {
  /** The ISO week, e.g. "2026-W09". */
  label: string;
  /** First and last day of the week inside the period (YYYY-MM-DD, business time zone). */
  from: string;
  to: string;
  /** The instants (ISO, UTC) that bound the week's days in the business time zone, half-open. */
  start: string;
  end: string;
}

/** The ISO year and week number of a date: the week belongs to the year of its Thursday. */
export function isoWeekOf(date: LocalDate): { year: number; week: number } {
  const thursday = addLocalDays(date, 4 - isoWeekday(date));
  const firstOfYear = Date.UTC(thursday.year, 0, 1);
  const dayOfYear = (Date.UTC(thursday.year, thursday.month - 1, thursday.day) - firstOfYear) / 86_400_000;
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

export function isoWeekLabel(date: LocalDate): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * Every ISO week the period touches, in order, each cut to the period, with the instants its days
 * start and end in the business time zone (so a week across a clock change is still whole days).
 */
export function weeksOfPeriod(period: ReportPeriod, timeZone: string): ReportWeek[] {
  const first = parseLocalDate(period.from);
  const last = parseLocalDate(period.to);
  const weeks: ReportWeek[] = [];
  for (
    let monday = addLocalDays(first, 1 - isoWeekday(first));
    compareLocalDates(monday, last) <= 0;
    monday = addLocalDays(monday, 7)
  ) {
    const sunday = addLocalDays(monday, 6);
    const from = formatLocalDate(compareLocalDates(monday, first) < 0 ? first : monday);
    const to = formatLocalDate(compareLocalDates(sunday, last) > 0 ? last : sunday);
    weeks.push({
      label: isoWeekLabel(monday),
      from,
      to,
      start: startOfLocalDay(from, timeZone),
      end: startOfLocalDay(to, timeZone, 1),
    });
  }
  return weeks;
}
