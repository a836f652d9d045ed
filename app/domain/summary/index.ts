export { timingOf, capitalise, type DatedMilestone, type Timing } from "./when";
export {
  regimeTiming,
  regimeWhenSentence,
  timeOverview,
  unsureNote,
  type DatedStep,
  type FindingDates,
  type NextObligation,
  type RegimeDates,
  type RegimeTiming,
  type TimeOverview,
} from "./timing";
export { bandInWords } from "./band";
export { penaltyScale, parseFixedAndShare, formatEuros, type PenaltyScale } from "./penalty";
export { scopeNotice, type ScopeNotice } from "./scope";
export { actionsThisQuarter, ACTIONS_THIS_QUARTER } from "./actions";
export {
  buildTimeline,
  TIMELINE_WIDTH,
  LANE_HEIGHT,
  AXIS_HEIGHT,
  type Timeline,
  type TimelineLane,
  type TimelineEntry,
} from "./timeline";
export { buildSummaryView, type SummaryView, type RegimeView } from "./view";
export { emailDomain, isColleagueAddress } from "./colleague";
