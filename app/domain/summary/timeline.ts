import { formatCalendarDay } from "../date-format";
import { addDays, daysBetween } from "../exposure";
import type { RegimeTiming } from "./timing";

/**
 * The deadline timeline as plain geometry, drawn by the page as an SVG on the server: from today
 * to the last milestone still to come, one lane per regulation. A lane is solid where the
 * regulation is in force and dashed before it starts; each date still to come is a marker.
 * The same facts are given as text beside it (`entries`), for screen readers and small screens.
 */

export const TIMELINE_WIDTH = 360;
export const LANE_HEIGHT = 44;
export const AXIS_HEIGHT = 28;
const MIN_SPAN_DAYS = 365;

export interface TimelineMarker {
  readonly x: number;
  readonly date: string;
  readonly label: string;
  readonly text: string;
}

export interface TimelineLane {
  readonly regime: string;
  readonly name: string;
  readonly status: "likely" | "possible";
  readonly state: "in-force" | "coming";
  readonly y: number;
  /** Where the solid part starts: 0 when in force today. */
  readonly solidFrom: number;
  readonly markers: readonly TimelineMarker[];
}

export interface TimelineEntry {
  readonly date: string;
  readonly regime: string;
  readonly label: string;
  readonly text: string;
  readonly state: "in-force" | "coming";
  readonly unsure: boolean;
}

export interface Timeline {
  readonly from: string;
  readonly to: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  /** Height of the lanes, above the axis. */
  readonly lanesHeight: number;
  readonly lanes: readonly TimelineLane[];
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  /** The last day shown, e.g. "Dec 2027", written at the right end of the axis. */
  readonly endLabel: string;
  /** In force first (oldest first), then what is coming, soonest first. */
  readonly entries: readonly TimelineEntry[];
}

export function buildTimeline(timings: readonly RegimeTiming[], today: string): Timeline | null {
  if (timings.length === 0) return null;
  const future = timings.flatMap((timing) => timing.steps.filter((step) => step.timing.state === "coming"));
  const last = future.reduce((latest, step) => (step.date > latest ? step.date : latest), today);
  const to = daysBetween(today, last) < MIN_SPAN_DAYS ? addDays(today, MIN_SPAN_DAYS) : last;
  const span = daysBetween(today, to);
  // Leave room at the right edge for a marker on the last day.
  const usable = TIMELINE_WIDTH - 12;
  const xOf = (date: string) => Math.round((Math.max(0, daysBetween(today, date)) / span) * usable * 10) / 10;

  const ordered = [...timings].sort(
    (a, b) =>
      Number(b.state === "in-force") - Number(a.state === "in-force") ||
      a.start.date.localeCompare(b.start.date) ||
      a.name.localeCompare(b.name),
  );
  const lanes = ordered.map((timing, index): TimelineLane => ({
    regime: timing.regime,
    name: timing.name,
    status: timing.status,
    state: timing.state,
    y: index * LANE_HEIGHT,
    solidFrom: timing.state === "in-force" ? 0 : xOf(timing.start.date),
    markers: timing.steps
      .filter((step) => step.timing.state === "coming")
      .map((step) => ({ x: xOf(step.date), date: step.date, label: step.label, text: step.timing.text })),
  }));

  const ticks: { x: number; label: string }[] = [];
  const firstYear = Number(today.slice(0, 4)) + 1;
  for (let year = firstYear; `${year}-01-01` <= to; year += 1) {
    const x = xOf(`${year}-01-01`);
    // Too close to the "Today" label at the left edge to be read apart from it.
    if (x >= 44) ticks.push({ x, label: String(year) });
  }

  const entries: TimelineEntry[] = [];
  for (const timing of ordered) {
    if (timing.state === "in-force") {
      entries.push({
        date: timing.start.date,
        regime: timing.name,
        label: timing.start.label,
        text: timing.start.timing.text,
        state: "in-force",
        unsure: timing.start.unsureAbout.length > 0,
      });
    }
    for (const step of timing.steps) {
      if (step.timing.state !== "coming") continue;
      entries.push({
        date: step.date,
        regime: timing.name,
        label: step.label,
        text: step.timing.text,
        state: "coming",
        unsure: step.unsureAbout.length > 0,
      });
    }
  }
  entries.sort(
    (a, b) =>
      Number(b.state === "in-force") - Number(a.state === "in-force") ||
      a.date.localeCompare(b.date) ||
      a.regime.localeCompare(b.regime),
  );

  return {
    from: today,
    to,
    title: `Deadline timeline from ${formatCalendarDay(today)} to ${formatCalendarDay(to)}`,
    width: TIMELINE_WIDTH,
    height: lanes.length * LANE_HEIGHT + AXIS_HEIGHT,
    lanesHeight: lanes.length * LANE_HEIGHT,
    lanes,
    ticks: ticks.filter((tick) => tick.x <= usable - 60),
    endLabel: formatCalendarDay(to)
      .split(" ")
      .slice(1)
      .map((part, index) => (index === 0 ? part.slice(0, 3) : part))
      .join(" "),
    entries,
  };
}
