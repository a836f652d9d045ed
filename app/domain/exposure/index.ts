export { assess } from "./assess";
export { RULESET, RULESET_VERSION, SCORING, DISCLAIMER } from "./ruleset";
export { REGIMES } from "./regimes";
export { RULES, type RuleId } from "./rules";
export { MILESTONES, milestoneById, type MilestoneId } from "./deadlines";
export { RED_FLAGS, GAPS } from "./flags";
export { dateInfo, daysBetween, addDays, whenText, toIsoDay, isIsoDay } from "./dates";
export { fireRule, fireRules, type FiredRule } from "./evaluate";
export { urgencyOf, bandOf, exposureOf, sizeClassOf } from "./score";
export {
  REGIME_IDS,
  BUCKET_IDS,
  type Assessment,
  type Band,
  type BucketId,
  type BandReason,
  type BucketScore,
  type EngagementValue,
  type Confidence,
  type DateInfo,
  type Finding,
  type FiredBy,
  type FiredStatus,
  type Gap,
  type GapDefinition,
  type Milestone,
  type NextDeadline,
  type RedFlag,
  type RedFlagDefinition,
  type RegimeAssessment,
  type RegimeDefinition,
  type RegimeId,
  type RuleDefinition,
  type Ruleset,
  type ScoringModel,
  type Status,
} from "./types";
export { reasonLines } from "./reasons";
export { readStoredAssessment, type StoredAssessment } from "./stored";
export { reassessment, type Reassessment, type VerdictChange } from "./reassess";
