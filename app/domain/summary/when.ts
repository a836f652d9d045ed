import { formatCalendarDay } from "../date-format";
import { daysBetween } from "../exposure";

/**
 * "When" wording for the visitor's summary, worked out for the day the page is read.
 *
 * A stored assessment carries sentences written on the day it was made ("from …, in 371 days");
 * read a month later they are false. Everything here starts again from the milestone's calendar
 * day and `today`, so each sentence is true on the day it is shown.
 */

/** The parts of a milestone's date this module reads; an assessment's `DateInfo` has them all. */
export interface DatedMilestone {
  /** Calendar day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly label: string;
  readonly approximate?: boolean;
  /** `proposal`: not law yet, so never "in force" even once its day has passed. */
  readonly basis?: "law" | "proposal";
}

export type Timing =
  | { readonly state: "in-force"; readonly date: string; readonly daysSince: number; readonly text: string }
  | { readonly state: "coming"; readonly date: string; readonly daysUntil: number; readonly text: string }
  | { readonly state: "proposed"; readonly date: string; readonly daysUntil: number; readonly text: string };

function dayText(milestone: DatedMilestone): string {
  return milestone.approximate ? `about ${formatCalendarDay(milestone.date)}` : formatCalendarDay(milestone.date);
}

function inDays(days: number, approximate: boolean | undefined): string {
  return `in ${approximate ? "about " : ""}${days} ${days === 1 ? "day" : "days"}`;
}

/**
 * One milestone seen from `today`:
 * - on its day and after: "applies now (since 2 February 2025)", "since today" on the day itself;
 * - before it: "from 2 August 2027 (in 609 days)";
 * - a proposal: "proposed for … (in N days), not yet law", and never "applies now".
 */
export function timingOf(milestone: DatedMilestone, today: string): Timing {
  const days = daysBetween(today, milestone.date);
  if (milestone.basis === "proposal") {
    const when = days > 0 ? ` (${inDays(days, milestone.approximate)})` : "";
    return {
      state: "proposed",
      date: milestone.date,
      daysUntil: days,
      text: `proposed for ${dayText(milestone)}${when}, not yet law`,
    };
  }
  if (days <= 0) {
    const since = days === 0 ? `today, ${dayText(milestone)}` : dayText(milestone);
    return {
      state: "in-force",
      date: milestone.date,
      daysSince: days === 0 ? 0 : -days,
      text: `applies now (since ${since})`,
    };
  }
  return {
    state: "coming",
    date: milestone.date,
    daysUntil: days,
    text: `from ${dayText(milestone)} (${inDays(days, milestone.approximate)})`,
  };
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
