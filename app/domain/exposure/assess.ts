import { QUESTION_IDS, UNSURE, optionLabel, toAnswerSets, type Answers, type QuestionId } from "../questionnaire";
import { dateInfo, toIsoDay } from "./dates";
import { fireRules, unsureQuestions, type FiredRule } from "./evaluate";
import { RULESET } from "./ruleset";
import {
  bandOf,
  bucketScores,
  engagementOf,
  exposureOf,
  legalSeverity,
  materialUrgency,
  sizeClassOf,
  priorityOf,
  urgencyOf,
} from "./score";
import type {
  Assessment,
  DateInfo,
  Finding,
  Gap,
  Milestone,
  NextDeadline,
  RedFlag,
  RegimeAssessment,
  RegimeDefinition,
  RegimeId,
  RuleDefinition,
  Ruleset,
  Status,
} from "./types";

const STATUS_RANK: Record<Status, number> = { likely: 2, possible: 1, unlikely: 0 };

interface Index {
  milestones: Map<string, Milestone>;
  regimeOfRule: Map<string, RegimeId>;
  scaledByTurnover: Set<RegimeId>;
}

// Built once per ruleset object; assess stays a pure function of (answers, asOf, ruleset).
const indexes = new WeakMap<Ruleset, Index>();

function indexOf(ruleset: Ruleset): Index {
  let index = indexes.get(ruleset);
  if (!index) {
    index = {
      milestones: new Map(ruleset.milestones.map((milestone) => [milestone.id, milestone])),
      regimeOfRule: new Map(ruleset.rules.map((rule) => [rule.id, rule.regime])),
      scaledByTurnover: new Set(
        ruleset.regimes.filter((regime) => regime.finesScaleWithTurnover).map((regime) => regime.id),
      ),
    };
    indexes.set(ruleset, index);
  }
  return index;
}

/** Dates seen from one `asOf`; each milestone is worked out once per assessment. */
interface DateBook {
  asOf: string;
  index: Index;
  seen: Map<string, DateInfo>;
}

function dateOf(milestoneId: string, book: DateBook): DateInfo {
  let info = book.seen.get(milestoneId);
  if (!info) {
    const milestone = book.index.milestones.get(milestoneId);
    if (!milestone) throw new Error(`Ruleset refers to unknown milestone ${milestoneId}`);
    info = dateInfo(milestone, book.asOf);
    book.seen.set(milestoneId, info);
  }
  return info;
}

function confidenceOf(fired: FiredRule): { confidence: Finding["confidence"]; note: string } {
  if (fired.onUnsure) {
    return { confidence: "low", note: "Depends on answers you were not sure about; a short conversation settles it." };
  }
  const rule: RuleDefinition = fired.rule;
  if (fired.status === "possible") {
    return {
      confidence: "medium",
      note: rule.note ?? "Your answers fit, but the outcome turns on facts the questionnaire does not ask.",
    };
  }
  return { confidence: rule.confidence ?? "high", note: rule.note ?? "Your answers meet this rule's conditions." };
}

function toFinding(fired: FiredRule, ruleset: Ruleset, book: DateBook): Finding {
  const { rule } = fired;
  const appliesFrom = dateOf(rule.appliesFrom, book);
  const { confidence, note } = confidenceOf(fired);
  return {
    ruleId: rule.id,
    tier: rule.tier,
    tierLabel: rule.tierLabel,
    status: fired.status,
    severity: rule.severity,
    exposure: exposureOf(fired.status, rule.severity, ruleset.scoring),
    firedBy: fired.firedBy,
    obligations: rule.obligations.slice(),
    appliesFrom,
    alsoDates: (rule.alsoDates ?? []).map((id) => dateOf(id, book)),
    urgency: urgencyOf(appliesFrom, ruleset.scoring),
    confidence,
    confidenceNote: note,
    unsureAbout: fired.onUnsure ? unsureQuestions(fired.firedBy) : [],
  };
}

/** Heaviest first; on a tie, likely before possible, then ruleset order (which lists specific tiers first). */
function byWeight(a: Finding, b: Finding): number {
  return b.exposure - a.exposure || STATUS_RANK[b.status] - STATUS_RANK[a.status];
}

/**
 * A "possible" reading of a tier adds nothing once the same tier is likely (e.g. "may count as
 * an AEDT" next to "uses an AEDT"), so it is left out of the explanation.
 */
function withoutSubsumed(sorted: Finding[]): Finding[] {
  return sorted.filter(
    (finding, position) =>
      !sorted.some(
        (other, otherPosition) =>
          otherPosition < position && other.tier === finding.tier && other.exposure >= finding.exposure,
      ),
  );
}

function nearestFuture(dates: readonly DateInfo[]): DateInfo | null {
  let nearest: DateInfo | null = null;
  for (const date of dates)
    if (date.daysFromAsOf > 0 && (!nearest || date.daysFromAsOf < nearest.daysFromAsOf)) nearest = date;
  return nearest;
}

function datesOf(findings: readonly Finding[]): DateInfo[] {
  const dates: DateInfo[] = [];
  for (const finding of findings) {
    dates.push(finding.appliesFrom);
    for (const date of finding.alsoDates) dates.push(date);
  }
  return dates;
}

function obligationsOf(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  for (const finding of findings) for (const obligation of finding.obligations) seen.add(obligation);
  return Array.from(seen);
}

// Built as plain literals: object spread here made assess several times slower.
function regimeAssessment(regime: RegimeDefinition, findings: Finding[], ruleset: Ruleset): RegimeAssessment {
  // The verdict is the strongest among the findings, and the headline is the heaviest finding
  // with that verdict: "likely: transparency duties" rather than "likely: high-risk" when the
  // high-risk reading is only possible. The heavier possible reading still sets the exposure
  // and is listed among the findings.
  const status: Status =
    findings.length === 0
      ? "unlikely"
      : findings.some((finding) => finding.status === "likely")
        ? "likely"
        : "possible";
  const primary = findings.find((finding) => finding.status === status);
  const exposure = findings[0]?.exposure ?? 0;
  return {
    regime: regime.id,
    name: regime.name,
    law: regime.law,
    topic: regime.topic,
    bucket: regime.bucket,
    status,
    tier: primary ? primary.tier : null,
    tierLabel: primary ? primary.tierLabel : null,
    ruleId: primary ? primary.ruleId : null,
    firedBy: primary ? primary.firedBy : {},
    severity: primary ? primary.severity : 0,
    exposure,
    obligations: primary ? obligationsOf(findings) : [],
    maxPenalty: regime.maxPenalty,
    appliesFrom: primary ? primary.appliesFrom : null,
    nextDate: primary ? nearestFuture(datesOf(findings)) : null,
    urgency: primary ? materialUrgency(findings, ruleset.scoring) : 0,
    sources: regime.sources.slice(),
    confidence: primary ? primary.confidence : "high",
    confidenceNote: primary ? primary.confidenceNote : "None of this regime's triggers matches your answers.",
    findings,
  };
}

function nextDeadlineOf(regimes: readonly RegimeAssessment[]): NextDeadline | null {
  const candidates = regimes.flatMap((regime) =>
    datesOf(regime.findings).map((date) => ({ date, regime: regime.regime })),
  );
  const nearest = nearestFuture(candidates.map((candidate) => candidate.date));
  if (!nearest) return null;
  const sameDay = candidates.filter((candidate) => candidate.date.date === nearest.date);
  const unique = <T>(values: T[]) => [...new Set(values)];
  return {
    date: nearest.date,
    daysFromAsOf: nearest.daysFromAsOf,
    text: nearest.text,
    milestoneIds: unique(sameDay.map((candidate) => candidate.date.milestoneId)),
    labels: unique(sameDay.map((candidate) => candidate.date.label)),
    regimes: unique(sameDay.map((candidate) => candidate.regime)),
  };
}

function redFlagsOf(likelyRules: ReadonlySet<string>, ruleset: Ruleset, index: Index): RedFlag[] {
  const flags: RedFlag[] = [];
  for (const definition of ruleset.redFlags) {
    const ruleIds = definition.rules.filter((id) => likelyRules.has(id));
    const first = ruleIds[0];
    if (first === undefined) continue;
    flags.push({
      id: definition.id,
      regime: index.regimeOfRule.get(first) ?? "eu-ai-act",
      ruleIds,
      message: definition.message,
      override: definition.override,
    });
  }
  return flags;
}

/** Gaps only where the visitor told us a control is missing: "unsure" about controls raises none. */
function gapsOf(answers: Answers, likelyRules: ReadonlySet<string>, ruleset: Ruleset, index: Index): Gap[] {
  const controls = answers.controls;
  if (!controls || (controls as readonly string[]).includes(UNSURE)) return [];
  const inPlace = new Set<string>(controls);
  const gaps: Gap[] = [];
  for (const definition of ruleset.gaps) {
    if (inPlace.has(definition.control)) continue;
    const ruleIds = definition.rules.filter((id) => likelyRules.has(id));
    if (ruleIds.length === 0) continue;
    gaps.push({
      control: definition.control,
      controlLabel: optionLabel("controls", definition.control),
      regimes: [
        ...new Set(ruleIds.map((id) => index.regimeOfRule.get(id)).filter((id): id is RegimeId => id !== undefined)),
      ],
      ruleIds,
      message: definition.message,
    });
  }
  return gaps;
}

/** The "unsure" answers any finding rests on, in form order: what a consultant should ask first. */
function discoveryQuestionsOf(regimes: readonly RegimeAssessment[]): QuestionId[] {
  const asked = new Set<QuestionId>();
  for (const regime of regimes)
    for (const finding of regime.findings) for (const id of finding.unsureAbout) asked.add(id);
  return QUESTION_IDS.filter((id) => asked.has(id));
}

/**
 * Which technology regulations likely apply, why, how much it matters and how soon.
 *
 * Pure and deterministic: the same answers, day and ruleset always give the same result, and the
 * current date is never read — `asOf` is the day the verdict speaks for (a `YYYY-MM-DD` string,
 * or a Date read in UTC). Call it only with answers from `parseAnswers`.
 */
export function assess(answers: Answers, asOf: string | Date, ruleset: Ruleset = RULESET): Assessment {
  const day = toIsoDay(asOf);
  const index = indexOf(ruleset);
  const fired = fireRules(ruleset.rules, toAnswerSets(answers as Record<string, unknown>));

  const book: DateBook = { asOf: day, index, seen: new Map() };
  const findingsByRegime = new Map<RegimeId, Finding[]>();
  for (const result of fired) {
    const finding = toFinding(result, ruleset, book);
    const list = findingsByRegime.get(result.rule.regime);
    if (list) list.push(finding);
    else findingsByRegime.set(result.rule.regime, [finding]);
  }

  const regimes = ruleset.regimes.map((regime) =>
    regimeAssessment(regime, withoutSubsumed((findingsByRegime.get(regime.id) ?? []).sort(byWeight)), ruleset),
  );

  const likelyRules = new Set(fired.filter((result) => result.status === "likely").map((result) => result.rule.id));
  const redFlags = redFlagsOf(likelyRules, ruleset, index);
  const buckets = bucketScores(regimes, ruleset.scoring);
  const { impact, reason } = legalSeverity(
    regimes,
    redFlags,
    { sizeClass: sizeClassOf(answers), scaled: index.scaledByTurnover },
    ruleset.scoring,
  );
  const band = bandOf(impact, ruleset.scoring);
  const urgency = materialUrgency(
    regimes.flatMap((regime) => regime.findings),
    ruleset.scoring,
  );
  const engagement = engagementOf(answers, regimes, ruleset.scoring);
  const discoveryQuestions = discoveryQuestionsOf(regimes);

  const exposed = regimes.filter((regime) => regime.status !== "unlikely");
  const topics = [...new Set([...exposed].sort((a, b) => b.exposure - a.exposure).map((regime) => regime.topic))];

  return {
    rulesetVersion: ruleset.version,
    asOf: day,
    regimes,
    impact,
    urgency,
    priority: priorityOf(band, impact, engagement.score, urgency, ruleset.scoring),
    band,
    bandReason: reason,
    engagement,
    needsDiscovery: discoveryQuestions.length > 0,
    discoveryQuestions,
    buckets,
    nextDeadline: nextDeadlineOf(regimes),
    redFlags,
    gaps: gapsOf(answers, likelyRules, ruleset, index),
    topics,
    disclaimer: ruleset.disclaimer,
  };
}
