import { formatCalendarDay } from "../date-format";
import { type StoredAssessment, reasonLines } from "../exposure";
import { ACTIONS_THIS_QUARTER, actionsThisQuarter } from "./actions";
import { bandInWords } from "./band";
import { penaltyScale } from "./penalty";
import { scopeNotice, type ScopeNotice } from "./scope";
import { type Timeline, buildTimeline } from "./timeline";
import { type RegimeTiming, regimeWhenSentence, timeOverview } from "./timing";

/**
 * Everything the visitor's summary page shows, as plain text and numbers, built on the server
 * from the stored assessment, the answers and the day it is read. The page only lays it out, so
 * it ships no rules, no questionnaire and no date arithmetic to the browser.
 */

export interface RegimeView {
  readonly id: string;
  readonly name: string;
  readonly law: string;
  readonly status: "likely" | "possible";
  readonly tierLabel: string | null;
  readonly state: "in-force" | "coming";
  readonly when: string;
  readonly reasons: readonly string[];
  readonly obligations: readonly string[];
  readonly maxPenalty: string;
  readonly confidenceNote: string;
}

export interface SummaryView {
  readonly today: string;
  readonly todayText: string;
  readonly band: string;
  readonly bandWords: string;
  readonly headline: string;
  readonly inForceToday: readonly string[];
  readonly nextObligation: string;
  readonly nextRestsOnUnsure: boolean;
  readonly penalty: string | null;
  readonly actions: readonly string[];
  readonly timeline: Timeline | null;
  readonly likely: readonly RegimeView[];
  readonly possible: readonly RegimeView[];
  readonly unlikely: readonly string[];
  readonly redFlags: readonly string[];
  readonly gaps: readonly string[];
  readonly scope: ScopeNotice | null;
  readonly assessedOn: string;
  readonly rulesetVersion: string;
  readonly disclaimer: string;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function safeReasons(regime: StoredAssessment["regimes"][number]): string[] {
  try {
    return reasonLines(regime);
  } catch {
    // An answer the current questionnaire no longer knows: leave the reasons to the consultant.
    return [];
  }
}

export function buildSummaryView(assessment: StoredAssessment, answers: unknown, today: string): SummaryView {
  const given = (answers ?? {}) as Record<string, unknown>;
  const time = timeOverview(assessment.regimes, today);
  const timingById = new Map<string, RegimeTiming>(time.concerned.map((timing) => [timing.regime, timing]));
  const concerned = [...assessment.regimes]
    .filter((regime) => timingById.has(regime.regime))
    .sort((a, b) => (b.exposure ?? 0) - (a.exposure ?? 0));
  const view = (regime: (typeof concerned)[number]): RegimeView => {
    const timing = timingById.get(regime.regime)!;
    return {
      id: regime.regime,
      name: regime.name,
      law: regime.law,
      status: timing.status,
      tierLabel: regime.tierLabel,
      state: timing.state,
      when: regimeWhenSentence(timing),
      reasons: safeReasons(regime),
      obligations: regime.obligations,
      maxPenalty: regime.maxPenalty,
      confidenceNote: regime.confidenceNote,
    };
  };
  const scope = scopeNotice({ establishments: stringList(given.establishments), markets: stringList(given.markets) });
  const actions = actionsThisQuarter({
    redFlags: assessment.redFlags,
    gaps: assessment.gaps,
    regimes: concerned,
    timings: time.concerned,
  });
  // Where the tool cannot speak, the useful step is to ask someone who can.
  if (scope && actions.length < ACTIONS_THIS_QUARTER)
    actions.push(
      "Talk to us about the laws of the other countries where you operate, which this summary does not cover.",
    );
  return {
    today,
    todayText: formatCalendarDay(today),
    band: assessment.band,
    bandWords: bandInWords(assessment.band),
    headline: time.headline,
    inForceToday: time.inForce.map((timing) => timing.name),
    nextObligation: time.nextSentence,
    nextRestsOnUnsure: (time.next?.unsureAbout.length ?? 0) > 0,
    penalty:
      penaltyScale(concerned, { employees: stringOf(given.employees), turnover: stringOf(given.turnover) })?.sentence ??
      null,
    actions,
    timeline: buildTimeline(time.concerned, today),
    likely: concerned.filter((regime) => regime.status === "likely").map(view),
    possible: concerned.filter((regime) => regime.status === "possible").map(view),
    unlikely: assessment.regimes.filter((regime) => !timingById.has(regime.regime)).map((regime) => regime.name),
    redFlags: assessment.redFlags.map((flag) => flag.message),
    gaps: assessment.gaps.map((gap) => gap.message),
    scope,
    assessedOn: formatCalendarDay(assessment.asOf),
    rulesetVersion: assessment.rulesetVersion,
    disclaimer: assessment.disclaimer,
  };
}
