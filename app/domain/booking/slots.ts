import { formatClockTime, formatWeekdayAndDate, formatWeekdayAndDay } from "../date-format";
import {
  type BusinessCalendar,
  addLocalDays,
  formatLocalDate,
  instantOf,
  isoWeekday,
  localDateOf,
  localDateTime,
} from "../sla";

/**
 * Call slots a visitor may book: the business calendar's working days and opening hours, in
 * 30-minute steps, from a little notice ahead to a couple of weeks out, minus the host's days out
 * of office and the calls already booked with them. Pure: the caller brings "now" and the facts.
 */

export const CALL_MINUTES = 30;
const CALL_MS = CALL_MINUTES * 60_000;
/** Nobody can prepare for a call that starts in ten minutes. */
export const MIN_NOTICE_HOURS = 2;
/** How many working days ahead a call can be booked. */
export const BOOKING_WORKING_DAYS = 10;

export interface SlotRules {
  readonly calendar: BusinessCalendar;
  /** Half-open ranges (ISO instants) during which the host is away. */
  readonly away: readonly { readonly from: string; readonly until: string }[];
  /** Start instants (ISO) of calls already booked with the host. */
  readonly taken: readonly string[];
  readonly now: Date;
}

export type SlotProblem = "malformed" | "past" | "out-of-hours" | "too-far" | "away" | "taken";

/** What a visitor is told for each refusal; nothing changes in any case. */
export const SLOT_PROBLEM_MESSAGES: Record<SlotProblem, string> = {
  malformed: "That is not one of the times we offered. Please choose a time from the list.",
  past: "That time has passed, or is too soon for us to prepare. Please choose a later time.",
  "out-of-hours": "That time is outside our working hours. Please choose a time from the list.",
  "too-far": "That time is further ahead than we book calls. Please choose a time from the list.",
  away: "Your consultant is out of the office then. Please choose another time.",
  taken: "That time has just been booked by someone else. Please choose another time.",
};

const SLOT_ID = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/;

/** The working days a call can fall on, starting with today (in the business time zone). */
function bookableDays(calendar: BusinessCalendar, now: Date): string[] {
  const days: string[] = [];
  let date = localDateOf(now.getTime(), calendar.timeZone);
  for (let guard = 0; days.length < BOOKING_WORKING_DAYS + 1 && guard < 60; guard += 1, date = addLocalDays(date, 1)) {
    if (calendar.workingDays.includes(isoWeekday(date))) days.push(formatLocalDate(date));
  }
  return days;
}

/** Every slot within opening hours on the bookable days, before notice, absences and bookings. */
function openingSlots(calendar: BusinessCalendar, now: Date): number[] {
  const slots: number[] = [];
  for (const day of bookableDays(calendar, now)) {
    const [year, month, dayOfMonth] = day.split("-").map(Number) as [number, number, number];
    const open = instantOf({ year, month, day: dayOfMonth, hour: calendar.startHour }, calendar.timeZone);
    const close =
      calendar.endHour === 24
        ? instantOf(addLocalDays({ year, month, day: dayOfMonth }, 1), calendar.timeZone)
        : instantOf({ year, month, day: dayOfMonth, hour: calendar.endHour }, calendar.timeZone);
    for (let start = open; start + CALL_MS <= close; start += CALL_MS) slots.push(start);
  }
  return slots;
}

function overlapsAway(start: number, away: SlotRules["away"]): boolean {
  return away.some(({ from, until }) => Date.parse(from) < start + CALL_MS && start < Date.parse(until));
}

/** The slots still free, earliest first, as ISO instants (which are also their ids). */
export function availableSlots(rules: SlotRules): string[] {
  const earliest = rules.now.getTime() + MIN_NOTICE_HOURS * 3_600_000;
  const taken = new Set(rules.taken.map((slot) => Date.parse(slot)));
  return openingSlots(rules.calendar, rules.now)
    .filter((start) => start >= earliest && !taken.has(start) && !overlapsAway(start, rules.away))
    .map((start) => new Date(start).toISOString());
}

/** Why a slot id cannot be booked, or null when it can. */
export function slotProblem(slotId: string, rules: SlotRules): SlotProblem | null {
  if (!SLOT_ID.test(slotId) || Number.isNaN(Date.parse(slotId))) return "malformed";
  const start = Date.parse(slotId);
  if (start < rules.now.getTime() + MIN_NOTICE_HOURS * 3_600_000) return "past";
  const open = openingSlots(rules.calendar, rules.now);
  if (!open.includes(start)) {
    const local = localDateTime(start, rules.calendar.timeZone);
    const inHours =
      rules.calendar.workingDays.includes(isoWeekday(local)) &&
      local.hour >= rules.calendar.startHour &&
      local.hour < rules.calendar.endHour &&
      local.minute % CALL_MINUTES === 0;
    return inHours ? "too-far" : "out-of-hours";
  }
  if (overlapsAway(start, rules.away)) return "away";
  if (rules.taken.some((slot) => Date.parse(slot) === start)) return "taken";
  return null;
}

export interface SlotDay {
  /** "Wednesday 2 December" in the visitor's time zone. */
  readonly label: string;
  readonly slots: readonly { readonly id: string; readonly time: string }[];
}

/** Slots grouped by day and written in the visitor's time zone ("14:30"). */
export function slotsByDay(slots: readonly string[], timeZone: string): SlotDay[] {
  const days: { label: string; slots: { id: string; time: string }[] }[] = [];
  for (const id of slots) {
    const label = formatWeekdayAndDay(id, timeZone);
    const last = days.at(-1);
    const entry = { id, time: formatClockTime(id, timeZone) };
    if (last && last.label === label) last.slots.push(entry);
    else days.push({ label, slots: [entry] });
  }
  return days;
}

/** "Wednesday 2 December 2026, 14:30–15:00 (Europe/London)": a call's time in one zone. */
export function callTimeText(startsAt: string, timeZone: string): string {
  const start = Date.parse(startsAt);
  const day = formatWeekdayAndDate(start, timeZone);
  return `${day}, ${formatClockTime(start, timeZone)}–${formatClockTime(start + CALL_MS, timeZone)} (${timeZone.replace(/_/g, " ")})`;
}

export function callEnd(startsAt: string): string {
  return new Date(Date.parse(startsAt) + CALL_MS).toISOString();
}
