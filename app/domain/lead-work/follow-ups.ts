import type { BusinessCalendar } from "../sla/calendar";
import { addLocalDays, formatLocalDate, instantOf, localDateOf, parseLocalDate } from "../sla/zoned";

/** A calendar day written YYYY-MM-DD. */
export type DayString = string;

/** Today's date in the business time zone: follow-ups are due on the firm's days, not the server's. */
export function businessToday(now: Date, timeZone: string): DayString {
  return formatLocalDate(localDateOf(now.getTime(), timeZone));
}

export function addDays(day: DayString, days: number): DayString {
  return formatLocalDate(addLocalDays(parseLocalDate(day), days));
}

/** True for a YYYY-MM-DD string that names a real day (not 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = parseLocalDate(value);
  return formatLocalDate(addLocalDays(date, 0)) === value && date.month >= 1 && date.month <= 12;
}

export type DueState = "overdue" | "today" | "upcoming";

/** Where an open follow-up stands on a given business day. */
export function dueState(dueOn: DayString, today: DayString): DueState {
  if (dueOn < today) return "overdue";
  return dueOn === today ? "today" : "upcoming";
}

/**
 * When a follow-up's reminder is sent: the opening hour of its day in the business calendar, so
 * the owner finds it at the start of the day the follow-up is due. A follow-up set for today after
 * opening time is reminded at once.
 */
export function reminderInstant(dueOn: DayString, calendar: BusinessCalendar, now: Date): Date {
  const opening = instantOf(
    { ...parseLocalDate(dueOn), hour: calendar.startHour, minute: 0, second: 0 },
    calendar.timeZone,
  );
  return new Date(Math.max(opening, now.getTime()));
}

/** "Today", "Tomorrow", "2 days overdue", or the date, for a list of follow-ups. */
export function dueLabel(dueOn: DayString, today: DayString): string {
  if (dueOn === today) return "Due today";
  if (dueOn === addDays(today, 1)) return "Due tomorrow";
  if (dueOn < today) {
    const days = Math.round((Date.parse(today) - Date.parse(dueOn)) / 86_400_000);
    return days === 1 ? "1 day overdue" : `${days} days overdue`;
  }
  return `Due ${dueOn}`;
}
