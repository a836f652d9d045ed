import { NONE, QUESTIONS, UNSURE, parseAnswers, visibleQuestions, type QuestionId } from "../questionnaire";
import { assess } from "./assess";
import { RULESET } from "./ruleset";
import type { StoredAssessment } from "./stored";
import type { Band, Ruleset, Status } from "./types";

export interface VerdictChange {
  /** A regime id of either ruleset: one the current ruleset has dropped is kept as it was stored. */
  regime: string;
  name: string;
  /** "unlikely" also stands for a regime the earlier ruleset did not have. */
  before: Status;
  after: Status;
}

export type Reassessment =
  | {
      kind: "changed" | "unchanged";
      fromVersion: string;
      toVersion: string;
      asOf: string;
      bandBefore: string;
      bandAfter: Band;
      impactBefore: number | null;
      impactAfter: number;
      verdicts: VerdictChange[];
      redFlagsAdded: string[];
      redFlagsRemoved: string[];
      /** Questions whose stored answer used an option the current bank no longer offers, read as "Not sure". */
      retiredAnswers: QuestionId[];
      /** Questions added since that these answers make relevant; the visitor was never asked them, so they read as "Not sure". */
      unaskedQuestions: QuestionId[];
    }
  | { kind: "impossible"; fromVersion: string; toVersion: string; reason: string };

const OPTIONS = new Map(QUESTIONS.map((question) => [question.id as string, question]));

/**
 * Stored answers with options retired since (for example "rely on US-origin items", split in
 * 2026.12.1 into "supply" and "use") read as "Not sure": the visitor's answer no longer says
 * which current option applies, and "unsure" never lowers a verdict.
 */
function withRetiredOptionsAsUnsure(answers: Record<string, unknown>): {
  answers: Record<string, unknown>;
  retired: QuestionId[];
} {
  const result: Record<string, unknown> = {};
  const retired: QuestionId[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = OPTIONS.get(id);
    if (!question) continue;
    const known = new Set(question.options.map((option) => option.value));
    const fallback = known.has(UNSURE) ? UNSURE : known.has("other") ? "other" : null;
    if (Array.isArray(value)) {
      const kept = value.filter((item) => typeof item === "string" && known.has(item)) as string[];
      if (kept.length !== value.length) {
        retired.push(question.id);
        const withFallback =
          fallback && !kept.includes(fallback) ? [...kept.filter((item) => item !== NONE), fallback] : kept;
        result[id] = withFallback;
        continue;
      }
      result[id] = value;
    } else if (typeof value === "string" && !known.has(value)) {
      retired.push(question.id);
      if (fallback) result[id] = fallback;
    } else {
      result[id] = value;
    }
  }
  return { answers: result, retired };
}

/**
 * Questions added since (for example the consumer count for the US state privacy laws in
 * 2026.12.1) that the stored answers now make visible read as "Not sure": the visitor was never
 * asked, and "unsure" never lowers a verdict nor, alone, raises the band above Moderate.
 */
function withUnaskedQuestionsAsUnsure(answers: Record<string, unknown>): {
  answers: Record<string, unknown>;
  unasked: QuestionId[];
} {
  const result = { ...answers };
  const unasked: QuestionId[] = [];
  // Filling one answer can make a later question visible, so repeat until nothing changes.
  for (let added = true; added;) {
    added = false;
    for (const question of visibleQuestions(result)) {
      if (result[question.id] !== undefined || question.optional) continue;
      if (!question.options.some((option) => option.value === UNSURE)) continue;
      result[question.id] = question.kind === "multi" ? [UNSURE] : UNSURE;
      unasked.push(question.id);
      added = true;
    }
  }
  return { answers: result, unasked };
}

/**
 * What the current ruleset says about a lead assessed under an earlier one, on the same day, so a
 * consultant can see what changed. Null when the lead was assessed under the current ruleset, or
 * has no readable stored assessment.
 */
export function reassessment(
  storedAnswers: unknown,
  stored: StoredAssessment | null,
  ruleset: Ruleset = RULESET,
): Reassessment | null {
  if (!stored || stored.rulesetVersion === ruleset.version) return null;
  const base = { fromVersion: stored.rulesetVersion, toVersion: ruleset.version };
  if (typeof storedAnswers !== "object" || storedAnswers === null || Array.isArray(storedAnswers)) {
    return { kind: "impossible", ...base, reason: "The stored answers cannot be read." };
  }
  const { answers: withCurrentOptions, retired } = withRetiredOptionsAsUnsure(storedAnswers as Record<string, unknown>);
  const { answers, unasked } = withUnaskedQuestionsAsUnsure(withCurrentOptions);
  const parsed = parseAnswers(answers);
  if (!parsed.success) {
    return {
      kind: "impossible",
      ...base,
      reason: "The stored answers do not fit the current questions (a question they need was added since).",
    };
  }
  const current = assess(parsed.data, stored.asOf, ruleset);
  const beforeByRegime = new Map(stored.regimes.map((regime) => [regime.regime, regime.status as Status]));
  const verdicts: VerdictChange[] = [];
  for (const regime of current.regimes) {
    const before = beforeByRegime.get(regime.regime) ?? "unlikely";
    if (before !== regime.status)
      verdicts.push({ regime: regime.regime, name: regime.name, before, after: regime.status });
  }
  const flagsBefore = new Set(stored.redFlags.map((flag) => flag.id));
  const flagsAfter = new Set(current.redFlags.map((flag) => flag.id));
  const redFlagsAdded = [...flagsAfter].filter((id) => !flagsBefore.has(id));
  const redFlagsRemoved = [...flagsBefore].filter((id) => !flagsAfter.has(id));
  const bandBefore = typeof stored.band === "string" ? stored.band : "unknown";
  const changed =
    bandBefore !== current.band || verdicts.length > 0 || redFlagsAdded.length > 0 || redFlagsRemoved.length > 0;
  return {
    kind: changed ? "changed" : "unchanged",
    ...base,
    asOf: stored.asOf,
    bandBefore,
    bandAfter: current.band,
    impactBefore: typeof stored.impact === "number" ? stored.impact : null,
    impactAfter: current.impact,
    verdicts,
    redFlagsAdded,
    redFlagsRemoved,
    retiredAnswers: retired,
    unaskedQuestions: unasked,
  };
}
