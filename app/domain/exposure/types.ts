import type { Condition, QuestionId } from "../questionnaire";
import type { TopicId } from "../topics";

export const REGIME_IDS = [
  "eu-ai-act",
  "gdpr",
  "nis2",
  "dora",
  "data-act",
  "cyber-resilience-act",
  "nyc-ll144",
  "colorado-ai",
  "ca-ccpa",
  "ca-admt",
  "ca-feha",
  "il-hb3773",
  "il-bipa",
  "tx-traiga",
  "us-sanctions",
  "us-export-controls",
  "ru-localisation",
  "cn-pipl",
  "in-dpdp",
] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export const BUCKET_IDS = ["ai-governance", "privacy", "cyber", "trade"] as const;
export type BucketId = (typeof BUCKET_IDS)[number];

export type Status = "likely" | "possible" | "unlikely";
export type FiredStatus = Exclude<Status, "unlikely">;
export type Band = "Low" | "Moderate" | "High" | "Critical";
export type Confidence = "high" | "medium" | "low";

// ── Ruleset (data) ───────────────────────────────────────────────────────────────────────

export interface Milestone {
  readonly id: string;
  /** Calendar day (UTC), `YYYY-MM-DD`. */
  readonly date: string;
  readonly label: string;
  /** `law`: adopted and dated; `proposal`: not law yet, counted with low urgency. */
  readonly basis: "law" | "proposal";
  /** The date is an estimate (e.g. "18 months after the rules were notified"). */
  readonly approximate?: boolean;
  readonly source: string;
}

export interface RegimeDefinition {
  readonly id: RegimeId;
  readonly name: string;
  readonly law: string;
  /** The article topic consultants route this regime under. */
  readonly topic: TopicId;
  readonly bucket: BucketId;
  readonly maxPenalty: string;
  readonly sources: readonly string[];
}

export interface RuleDefinition {
  /** Stable id, quoted in every verdict it decides (e.g. `AIA-HR3-DEPLOYER`). */
  readonly id: string;
  readonly regime: RegimeId;
  /** Machine-readable tier, e.g. `high-risk-annex-iii-deployer`. */
  readonly tier: string;
  readonly tierLabel: string;
  readonly when: Condition;
  /** The verdict when the condition definitely holds; an "unsure" answer downgrades likely to possible. */
  readonly status: FiredStatus;
  /** How heavy the duties of this tier are, 0–1 (see the scoring section of the ruleset). */
  readonly severity: number;
  /** When this tier's duties apply. */
  readonly appliesFrom: string;
  /** Later milestones that change what this tier requires. */
  readonly alsoDates?: readonly string[];
  readonly obligations: readonly string[];
  /** How firm the verdict is when the condition definitely holds; defaults to high. */
  readonly confidence?: Exclude<Confidence, "low">;
  readonly note?: string;
}

export interface RedFlagDefinition {
  readonly id: string;
  /** Raised when any of these rules comes out "likely". */
  readonly rules: readonly string[];
  readonly message: string;
  /** Lifts impact to the override floor and asks for counsel now. */
  readonly override: boolean;
}

export interface GapDefinition {
  /** A value of the `controls` question. */
  readonly control: string;
  /** Raised when any of these rules comes out "likely" and the visitor said the control is missing. */
  readonly rules: readonly string[];
  readonly message: string;
}

export interface ScoringModel {
  readonly statusWeight: Readonly<Record<Status, number>>;
  readonly buckets: ReadonlyArray<{ readonly id: BucketId; readonly label: string; readonly weight: number }>;
  /** Each further regime in a bucket at or above this exposure adds `breadthBonus`. */
  readonly materialExposure: number;
  readonly breadthBonus: number;
  /** Lower bounds, highest first. */
  readonly bands: ReadonlyArray<{ readonly band: Band; readonly min: number }>;
  readonly overrideFloor: number;
  /** Urgency by days until a tier applies; first row whose `maxDays` is not exceeded wins. */
  readonly urgencyByDays: ReadonlyArray<{ readonly maxDays: number; readonly urgency: number }>;
  readonly urgencyOfProposal: number;
}

export interface Ruleset {
  readonly version: string;
  readonly regimes: readonly RegimeDefinition[];
  readonly rules: readonly RuleDefinition[];
  readonly milestones: readonly Milestone[];
  readonly redFlags: readonly RedFlagDefinition[];
  readonly gaps: readonly GapDefinition[];
  readonly scoring: ScoringModel;
  readonly disclaimer: string;
}

// ── Assessment (result) ──────────────────────────────────────────────────────────────────

export interface DateInfo {
  milestoneId: string;
  date: string;
  label: string;
  appliesNow: boolean;
  /** `date − asOf` in calendar days: 0 on the day, negative once it has passed. */
  daysFromAsOf: number;
  /** "applies now", or "from 2 December 2027, in 371 days". */
  text: string;
  approximate: boolean;
  basis: Milestone["basis"];
}

/** The answers that fired a rule: for each question, the values that mattered. */
export type FiredBy = Partial<Record<QuestionId, string | string[]>>;

export interface Finding {
  ruleId: string;
  tier: string;
  tierLabel: string;
  status: FiredStatus;
  severity: number;
  /** status weight × severity. */
  exposure: number;
  firedBy: FiredBy;
  obligations: string[];
  appliesFrom: DateInfo;
  alsoDates: DateInfo[];
  urgency: number;
  confidence: Confidence;
  confidenceNote: string;
  /** The questions answered "unsure" that this finding rests on (empty when it rests on none). */
  unsureAbout: QuestionId[];
}

export interface RegimeAssessment {
  regime: RegimeId;
  name: string;
  law: string;
  topic: TopicId;
  bucket: BucketId;
  /** The strongest verdict among the findings. */
  status: Status;
  /** Tier, rule and answers of the heaviest finding that carries `status` (null when unlikely). */
  tier: string | null;
  tierLabel: string | null;
  ruleId: string | null;
  firedBy: FiredBy;
  /** Severity of the headline finding. */
  severity: number;
  /** The highest exposure among all findings, possible ones included; this is what is scored. */
  exposure: number;
  /** Plain-words duties of every finding, heaviest first. */
  obligations: string[];
  maxPenalty: string;
  /** When the headline tier applies. */
  appliesFrom: DateInfo | null;
  /** The nearest future date among all findings, or null when everything already applies. */
  nextDate: DateInfo | null;
  urgency: number;
  sources: string[];
  confidence: Confidence;
  confidenceNote: string;
  /** Every rule that fired for this regime, heaviest first. */
  findings: Finding[];
}

export interface BucketScore {
  id: BucketId;
  label: string;
  weight: number;
  /** 0–1. */
  score: number;
  regimes: RegimeId[];
}

export interface NextDeadline {
  date: string;
  daysFromAsOf: number;
  text: string;
  milestoneIds: string[];
  labels: string[];
  regimes: RegimeId[];
}

export interface RedFlag {
  id: string;
  regime: RegimeId;
  ruleIds: string[];
  message: string;
  override: boolean;
}

export interface Gap {
  control: string;
  controlLabel: string;
  regimes: RegimeId[];
  ruleIds: string[];
  message: string;
}

export interface Assessment {
  rulesetVersion: string;
  asOf: string;
  /** Every regime in the ruleset, in ruleset order. */
  regimes: RegimeAssessment[];
  /** 0–100; how much is at stake, regardless of timing. */
  impact: number;
  /** 0–1; how soon the material duties apply. */
  urgency: number;
  /** round(impact × urgency); consultants' inbox order. */
  priority: number;
  band: Band;
  buckets: BucketScore[];
  nextDeadline: NextDeadline | null;
  redFlags: RedFlag[];
  gaps: Gap[];
  /** Topics of the likely and possible regimes, most exposed first; useful for routing. */
  topics: TopicId[];
  disclaimer: string;
}
