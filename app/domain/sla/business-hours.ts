import { assertCalendar, type BusinessCalendar } from "./calendar";
import { addLocalDays, compareLocalDates, instantOf, isoWeekday, localDateOf, type LocalDate } from "./zoned";

export const HOUR_MS = 3_600_000;

interface OpenWindow {
  start: number;
  end: number;
}

/**
 * The instants a working day opens and closes. Both ends are converted from wall-clock time on
 * their own, so a window keeps its local hours across a DST change and its length is the real
 * time that passes (a 00–24 window on a spring-forward Sunday is 23 hours long).
 */
function windowOn(date: LocalDate, calendar: BusinessCalendar): OpenWindow | null {
  if (!calendar.workingDays.includes(isoWeekday(date))) return null;
  const start = instantOf({ ...date, hour: calendar.startHour }, calendar.timeZone);
  const end =
    calendar.endHour === 24
      ? instantOf({ ...addLocalDays(date, 1), hour: 0 }, calendar.timeZone)
      : instantOf({ ...date, hour: calendar.endHour }, calendar.timeZone);
  return end > start ? { start, end } : null;
}

// A day's window depends only on the date and the calendar, and finding it asks Intl a dozen times
// or so; every new lead's deadline and reminder walk the same few weeks of days. Bounded, and
// emptied when full rather than tracked least-recently-used: refilling it is cheap.
const knownWindows = new Map<string, OpenWindow | null>();
const KNOWN_WINDOWS_LIMIT = 5_000;

function openWindow(date: LocalDate, calendar: BusinessCalendar): OpenWindow | null {
  const key = `${calendar.timeZone}|${calendar.workingDays.join(",")}|${calendar.startHour}|${calendar.endHour}|${date.year}-${date.month}-${date.day}`;
  const known = knownWindows.get(key);
  if (known !== undefined) return known;
  const window = windowOn(date, calendar);
  if (knownWindows.size >= KNOWN_WINDOWS_LIMIT) knownWindows.clear();
  knownWindows.set(key, window);
  return window;
}

function assertInstant(date: Date, what: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not a valid date`);
  return ms;
}

/**
 * The instant `hours` business hours after `start`. Time before opening, after closing and on
 * non-working days does not count; a start outside business hours begins counting at the next
 * opening. A budget that runs out exactly at closing time ends then, not at the next opening.
 * Zero hours returns `start` unchanged.
 */
export function addBusinessHours(start: Date, hours: number, calendar: BusinessCalendar): Date {
  assertCalendar(calendar);
  const from = assertInstant(start, "start");
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Business hours must be zero or more, got ${hours}`);
  let remaining = Math.round(hours * HOUR_MS);
  if (remaining === 0) return new Date(from);

  // Every calendar validated above has a working day each week, so this loop ends.
  for (let day = localDateOf(from, calendar.timeZone); ; day = addLocalDays(day, 1)) {
    const window = openWindow(day, calendar);
    if (!window) continue;
    const counting = Math.max(from, window.start);
    if (counting >= window.end) continue;
    const available = window.end - counting;
    if (remaining <= available) return new Date(counting + remaining);
    remaining -= available;
  }
}

/** Business hours from `a` to `b`; negative when `b` is before `a`. */
export function businessHoursBetween(a: Date, b: Date, calendar: BusinessCalendar): number {
  assertCalendar(calendar);
  const from = assertInstant(a, "a");
  const to = assertInstant(b, "b");
  if (to < from) return -businessHoursBetween(b, a, calendar);

  let total = 0;
  const lastDay = localDateOf(to, calendar.timeZone);
  for (
    let day = localDateOf(from, calendar.timeZone);
    compareLocalDates(day, lastDay) <= 0;
    day = addLocalDays(day, 1)
  ) {
    const window = openWindow(day, calendar);
    if (window) total += Math.max(0, Math.min(to, window.end) - Math.max(from, window.start));
  }
  return total / HOUR_MS;
}

/** Whether the office is open at an instant (opening time included, closing time not). */
export function isBusinessTime(at: Date, calendar: BusinessCalendar): boolean {
  assertCalendar(calendar);
  const instant = assertInstant(at, "at");
  const window = openWindow(localDateOf(instant, calendar.timeZone), calendar);
  return window !== null && window.start <= instant && instant < window.end;
}
