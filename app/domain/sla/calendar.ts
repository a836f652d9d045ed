import { z } from "zod";

/** When the firm answers leads: a time zone, working days and opening hours on those days. */
export interface BusinessCalendar {
  /** IANA time zone, e.g. `Europe/Amsterdam`; opening hours are wall-clock times there. */
  timeZone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingDays: number[];
  /** Opening hour, 0–23, local time. */
  startHour: number;
  /** Closing hour, 1–24 (24 = midnight at the end of the day), after `startHour`. */
  endHour: number;
}

export const DEFAULT_CALENDAR: BusinessCalendar = {
  timeZone: "Europe/Amsterdam",
  workingDays: [1, 2, 3, 4, 5],
  startHour: 9,
  endHour: 17,
};

// Making an Intl formatter is the only way to ask, and it is slow; the answer for a name never changes.
const knownTimeZones = new Map<string, boolean>();

export function isTimeZone(value: string): boolean {
  const known = knownTimeZones.get(value);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    valid = true;
  } catch {
    valid = false;
  }
  if (knownTimeZones.size < 1000) knownTimeZones.set(value, valid);
  return valid;
}

/** For a calendar read from configuration; the same checks guard every calculation. */
export const BusinessCalendarSchema = z
  .strictObject({
    timeZone: z
      .string({ error: "Expected an IANA time zone, e.g. Europe/Amsterdam" })
      .refine(isTimeZone, { error: (issue) => `Unknown time zone ${JSON.stringify(issue.input)}` }),
    workingDays: z
      .array(
        z
          .number()
          .int()
          .min(1, "Weekdays run from 1 (Monday) to 7 (Sunday)")
          .max(7, "Weekdays run from 1 (Monday) to 7 (Sunday)"),
      )
      .min(1, "At least one working day is required")
      .refine((days) => new Set(days).size === days.length, "Each working day can be listed only once"),
    startHour: z.number().int().min(0, "Opening hour must be 0–23").max(23, "Opening hour must be 0–23"),
    endHour: z.number().int().min(1, "Closing hour must be 1–24").max(24, "Closing hour must be 1–24"),
  })
  .refine((calendar) => calendar.endHour > calendar.startHour, {
    path: ["endHour"],
    message: "Closing hour must be after the opening hour",
  });

/** Hours in one business day, the unit of the day-based SLA budgets. */
export function businessDayHours(calendar: BusinessCalendar): number {
  return calendar.endHour - calendar.startHour;
}

/**
 * Refuses a calendar that would make the arithmetic meaningless (no working day would loop for
 * ever looking for open hours), naming every problem at once.
 */
export function assertCalendar(calendar: BusinessCalendar): void {
  // A calendar (the one from the settings) is checked once, not on every deadline computed with it.
  const signature = JSON.stringify(calendar);
  if (validCalendars.has(signature)) return;
  const result = BusinessCalendarSchema.safeParse(calendar);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(calendar)"}: ${issue.message}`);
    throw new RangeError(`Invalid business calendar: ${problems.join("; ")}`);
  }
  if (validCalendars.size < 100) validCalendars.add(signature);
}

const validCalendars = new Set<string>();
