import { z } from "zod";
import { addLocalDays, formatLocalDate, localDateOf, parseLocalDate } from "../sla";

/**
 * A lead that has been at one of these has been qualified by a consultant, and stays counted as
 * qualified when it is lost later (the database keeps when it got there: decision 034).
 */
export const QUALIFIED_STATUSES = ["qualified", "proposal", "won"] as const;

export const DEFAULT_PERIOD_DAYS = 90;
export const MAX_PERIOD_DAYS = 3 * 366;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const day = (what: string) =>
  z.preprocess(
    blankToUndefined,
    z.iso.date({ error: `The ${what} date must be a calendar date written YYYY-MM-DD` }).optional(),
  );

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** The report's period as the address gives it: both days optional, the first not after the last. */
export const ReportPeriodSchema = z
  .object({ from: day("from"), to: day("to") })
  .refine((period) => !period.from || !period.to || period.from <= period.to, {
    path: ["to"],
    message: "The from date must not be after the to date",
  })
  .refine((period) => !period.from || !period.to || daysBetween(period.from, period.to) < MAX_PERIOD_DAYS, {
    path: ["to"],
    message: `A report covers at most ${MAX_PERIOD_DAYS} days`,
  });

export interface ReportPeriod {
  /** First day, YYYY-MM-DD, in the business time zone. */
  from: string;
  /** Last day, included. */
  to: string;
}

/**
 * Fills in what the address left out: the period ends today (in the business time zone) and,
 * by default, covers the 90 days up to it.
 */
export function resolvePeriod(period: { from?: string; to?: string }, now: Date, timeZone: string): ReportPeriod {
  const to = period.to ?? (period.from && period.from > today(now, timeZone) ? period.from : today(now, timeZone));
  const from = period.from ?? formatLocalDate(addLocalDays(parseLocalDate(to), -(DEFAULT_PERIOD_DAYS - 1)));
  return { from, to };
}

function today(now: Date, timeZone: string): string {
  return formatLocalDate(localDateOf(now.getTime(), timeZone));
}

/** Part of a whole as a whole percentage, or null when there is no whole to speak of. */
export function percentage(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** One line of a breakdown: how many leads, how many a consultant qualified, how many were won. */
export interface OutcomeRow {
  key: string;
  label: string;
  leads: number;
  qualified: number;
  won: number;
  spam: number;
}

/** Lines with the most qualified leads first, then the most leads, then by name. */
export function byQualified(a: OutcomeRow, b: OutcomeRow): number {
  return b.qualified - a.qualified || b.leads - a.leads || a.label.localeCompare(b.label);
}
