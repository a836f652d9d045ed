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
  "us-state-privacy",
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
  "eu-sanctions",
  "eu-dual-use",
  "uk-gdpr",
  "uk-nis",
  "uk-sanctions",
  "uk-export-controls",
  "eu-dsa",
  "eu-product-liability",
  "eu-red-cyber",
  "eu-accessibility",
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
  /**
   * The maximum fine is a share of turnover (GDPR, AI Act, NIS2…), so what is at stake grows
   * with the company: its findings are scaled by size in legal severity.
   */
  readonly finesScaleWithTurnover?: boolean;
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
  /** Practice areas. Since 2026.12.1 the weights no longer make impact; they describe breadth. */
  readonly buckets: ReadonlyArray<{ readonly id: BucketId; readonly label: string; readonly weight: number }>;
  /** Each further regime in a bucket at or above this exposure adds `breadthBonus`. */
  readonly materialExposure: number;
  readonly breadthBonus: number;
  /** Lower bounds of legal severity (impact), highest first. */
  readonly bands: ReadonlyArray<{ readonly band: Band; readonly min: number }>;
  /** A "probable present violation" (an override red flag) lifts impact to at least this. */
  readonly overrideFloor: number;
  /** Findings that rest on an "unsure" answer count for at most this impact (the top of Moderate). */
  readonly unsureCeiling: number;
  /**
   * Multiplier on the exposure of regimes whose fines scale with turnover: micro and small
   * enterprises (known to be under 50 staff and up to €10M), medium, and large (250+ staff or more
   * than €50M). Without an override the result stays below the override floor.
   */
  readonly sizeScale: Readonly<Record<SizeClass, number>>;
  /** Engagement value: how big the company is and how much work its exposure means. */
  readonly engagement: EngagementModel;
  /** Where each band's priorities start; within a band, engagement and urgency order leads. */
  readonly priorityBase: Readonly<Record<Band, number>>;
  /** The width of each band's priority range above its base. */
  readonly priorityWithinBand: number;
  /** Urgency by days until a tier applies; first row whose `maxDays` is not exceeded wins. */
  readonly urgencyByDays: ReadonlyArray<{ readonly maxDays: number; readonly urgency: number }>;
  readonly urgencyOfProposal: number;
}

export type SizeClass = "small" | "medium" | "large";

export interface EngagementModel {
  /** Size from head count and from turnover (the larger counts); an unsure turnover counts for nothing. */
  readonly sizeByEmployees: Readonly<Record<string, number>>;
  readonly sizeByTurnover: Readonly<Record<string, number>>;
  /** Material regimes (verdict-weighted) that fill the "number of regimes" part. */
  readonly regimesForFull: number;
  /** Weights of size, number of regimes and number of practice areas; they sum to 1. */
  readonly weights: { readonly size: number; readonly regimes: number; readonly areas: number };
  /** Within a band: weight of engagement against urgency; they sum to 1. */
  readonly withinBand: { readonly engagement: number; readonly urgency: number };
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

/** What decided the band: the worst single exposure, or the probable present violation behind an override. */
export interface BandReason {
  regime: RegimeId;
  ruleId: string;
  tierLabel: string;
  status: FiredStatus;
  /** The red flag that lifted the band, when one did. */
  redFlag: string | null;
  /** True when the deciding finding rests on an "unsure" answer (and was capped at Moderate). */
  onUnsure: boolean;
}

export interface EngagementValue {
  /** 0–100: size, number of material regimes and practice areas together. */
  score: number;
  /** 0–1 each. */
  size: number;
  regimes: number;
  areas: number;
}

export interface Assessment {
  rulesetVersion: string;
  asOf: string;
  /** Every regime in the ruleset, in ruleset order. */
  regimes: RegimeAssessment[];
  /**
   * 0–100: legal severity, the worst single exposure (100 × exposure), lifted to the override
   * floor by a probable present violation; findings that rest on "unsure" count at most up to
   * Moderate. Decides the band.
   */
  impact: number;
  /** 0–1; how soon the material duties apply. */
  urgency: number;
  /** Consultants' inbox order: the band first, then engagement value and urgency within it. */
  priority: number;
  band: Band;
  /** The finding that decided the band (null when nothing applies). */
  bandReason: BandReason | null;
  /** The second axis: how valuable the engagement is likely to be; ranks leads within a band. */
  engagement: EngagementValue;
  /** Some findings rest only on "unsure" answers: a consultant should ask before judging. */
  needsDiscovery: boolean;
  /** The questions answered "unsure" that findings rest on, in form order. */
  discoveryQuestions: QuestionId[];
  buckets: BucketScore[];
  nextDeadline: NextDeadline | null;
  redFlags: RedFlag[];
  gaps: Gap[];
  /** Topics of the likely and possible regimes, most exposed first; useful for routing. */
  topics: TopicId[];
  disclaimer: string;
}
