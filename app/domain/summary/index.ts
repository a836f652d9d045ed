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
