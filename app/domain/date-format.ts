// Every date and time the portal shows is written here. Instants are shown in a named time zone
// (the business time zone on the admin pages and in the team's emails, the visitor's own for a
// call), never in the server's or the browser's; calendar days (an article's date, an assessment's
// day, a report's period) have no zone and are written as the day they name.
//
// Month and weekday names come from the tables below rather than from Intl: ICU versions disagree
// (one engine writes "Sept" where another writes "Sep", or puts a comma after the weekday), and a
// hydrated page must render the same text as the server did.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** An instant's wall-clock fields in a time zone, as numbers. */
interface ZonedFields {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: string;
  minute: string;
  zoneName: string;
}

/** What is read of an instant from `Intl` (with the zone added): numbers, a 24-hour clock and the zone's short name. */
export const ZONED_FIELD_OPTIONS: Readonly<Intl.DateTimeFormatOptions> = {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
};

// Making a formatter costs far more than formatting with one, and a deployment uses a time zone or two.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { ...ZONED_FIELD_OPTIONS, timeZone });
    if (formatters.size < 100) formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The fields of an instant as the formatter writes them: the reference the faster path below must match. */
function formattedFields(ms: number, timeZone: string): ZonedFields {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return {
    year,
    month,
    day,
    // The weekday of the local calendar day, computed rather than named by Intl.
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    hour: parts.hour ?? "00",
    minute: parts.minute ?? "00",
    zoneName: parts.timeZoneName ?? timeZone,
  };
}

/** A time zone's offset from UTC and its short name over a stretch of time in which neither changes. */
interface ZoneState {
  offsetMs: number;
  zoneName: string;
}

const DAY_LENGTH_MS = 86_400_000;
const MINUTE_LENGTH_MS = 60_000;

function zoneStateAt(ms: number, timeZone: string): ZoneState {
  const f = formattedFields(ms, timeZone);
  const wallClock = Date.UTC(f.year, f.month - 1, f.day, Number(f.hour), Number(f.minute));
  return { offsetMs: wallClock - ms, zoneName: f.zoneName };
}

// formatToParts costs some 10 µs a call, and a page of the inbox or a CSV export writes hundreds
// or many thousands of instants. A zone's offset changes a few times a year at most, so the state
// found at the start and at the last minute of a UTC day serves every instant of that day when
// the two agree; a day that holds a change (null here) has each instant formatted on its own.
const zoneDays = new Map<string, ZoneState | null>();
const MAX_ZONE_DAYS = 20_000;

function zoneStateOfDay(ms: number, timeZone: string): ZoneState | null {
  const day = Math.floor(ms / DAY_LENGTH_MS);
  const key = `${timeZone} ${day}`;
  let state = zoneDays.get(key);
  if (state === undefined) {
    const start = zoneStateAt(day * DAY_LENGTH_MS, timeZone);
    const end = zoneStateAt((day + 1) * DAY_LENGTH_MS - MINUTE_LENGTH_MS, timeZone);
    state = start.offsetMs === end.offsetMs && start.zoneName === end.zoneName ? start : null;
    if (zoneDays.size >= MAX_ZONE_DAYS) zoneDays.clear();
    zoneDays.set(key, state);
  }
  return state;
}

const twoDigits = (value: number) => String(value).padStart(2, "0");

function zonedFields(ms: number, timeZone: string): ZonedFields {
  const state = zoneStateOfDay(ms, timeZone);
  if (!state) return formattedFields(ms, timeZone);
  const local = new Date(ms + state.offsetMs);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: twoDigits(local.getUTCHours()),
    minute: twoDigits(local.getUTCMinutes()),
    zoneName: state.zoneName,
  };
}

const shortMonth = (month: number) => MONTHS[month - 1]!.slice(0, 3);
const longMonth = (month: number) => MONTHS[month - 1]!;
const weekdayName = (weekday: number) => WEEKDAYS[weekday]!;

function toMs(iso: string | number): number {
  return typeof iso === "number" ? iso : Date.parse(iso);
}

/** "26 Nov 2026, 11:00": an instant on an admin page, in the given time zone. An unreadable value is shown as it is. */
export function formatInstant(iso: string, timeZone: string): string {
  const ms = toMs(iso);
  if (Number.isNaN(ms)) return iso;
  const f = zonedFields(ms, timeZone);
  return `${f.day} ${shortMonth(f.month)} ${f.year}, ${f.hour}:${f.minute}`;
}

/**
 * "Tue 3 March 2026, 14:00 CET": a deadline in an email. A consultant reading it in another office
 * must still see which clock it is on, so the zone's name is part of the text.
 */
export function formatInstantWithZone(iso: string, timeZone: string): string {
  const ms = toMs(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid instant: ${iso}`);
  const f = zonedFields(ms, timeZone);
  return `${weekdayName(f.weekday).slice(0, 3)} ${f.day} ${longMonth(f.month)} ${f.year}, ${f.hour}:${f.minute} ${f.zoneName}`;
}

/** "Wednesday 2 December": the day of an instant in a time zone, for a list of bookable slots. */
export function formatWeekdayAndDay(instant: string | number, timeZone: string): string {
  const f = zonedFields(toMs(instant), timeZone);
  return `${weekdayName(f.weekday)} ${f.day} ${longMonth(f.month)}`;
}

/** "Wednesday 2 December 2026": as above, with the year. */
export function formatWeekdayAndDate(instant: string | number, timeZone: string): string {
  const f = zonedFields(toMs(instant), timeZone);
  return `${weekdayName(f.weekday)} ${f.day} ${longMonth(f.month)} ${f.year}`;
}

/** "14:30": the wall-clock time of an instant in a time zone. */
export function formatClockTime(instant: string | number, timeZone: string): string {
  const f = zonedFields(toMs(instant), timeZone);
  return `${f.hour}:${f.minute}`;
}

/** "2 December 2027" for a YYYY-MM-DD calendar day (spelled out so nobody reads 02/12 the American way). */
export function formatCalendarDay(isoDay: string): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return isoDay;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "3 h 20 min", "2 d 4 h", "45 min": a duration rounded to what a person acts on. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE_MS);
  if (minutes < 60) return `${minutes} min`;
  if (Math.abs(ms) < DAY_MS) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/** "overdue by 3 h" or "in 2 d 4 h" (wall-clock time, not business hours). */
export function dueText(dueAt: string, now: string): string {
  const left = Date.parse(dueAt) - Date.parse(now);
  return left < 0 ? `overdue by ${formatDuration(left)}` : `in ${formatDuration(left)}`;
}
