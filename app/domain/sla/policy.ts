import type { Band } from "../exposure";
import { addBusinessHours } from "./business-hours";
import { businessDayHours, type BusinessCalendar } from "./calendar";

/** A first-response budget; days are business days, so they follow the calendar's opening hours. */
export type SlaBudget = { businessHours: number } | { businessDays: number };

export type SlaPolicy = Readonly<Record<Band, SlaBudget>>;

/** First-response budgets by band, the most urgent leads first. */
export const SLA_POLICY: SlaPolicy = {
  Critical: { businessHours: 4 },
  High: { businessDays: 1 },
  Moderate: { businessDays: 2 },
  Low: { businessDays: 5 },
};

/** The owner is reminded when this share of the budget has passed. */
export const REMINDER_SHARE = 0.75;

export interface SlaDeadline {
  /** The first-response deadline; the inbox is told when it passes. */
  dueAt: Date;
  /** When the owner is reminded, at 75 % of the budget. */
  reminderAt: Date;
  /** The budget in business hours. */
  businessHours: number;
}

export function budgetHours(budget: SlaBudget, calendar: BusinessCalendar): number {
  return "businessHours" in budget ? budget.businessHours : budget.businessDays * businessDayHours(calendar);
}

/** The first-response deadline and reminder of a lead created at `createdAt` with `band`. */
export function slaFor(
  band: Band,
  createdAt: Date,
  calendar: BusinessCalendar,
  policy: SlaPolicy = SLA_POLICY,
): SlaDeadline {
  const businessHours = budgetHours(policy[band], calendar);
  return {
    dueAt: addBusinessHours(createdAt, businessHours, calendar),
    reminderAt: addBusinessHours(createdAt, businessHours * REMINDER_SHARE, calendar),
    businessHours,
  };
}
