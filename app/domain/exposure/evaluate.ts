import {
  QUESTIONS,
  UNSURE,
  evaluationContext,
  explain,
  truthOf,
  type AnswerSets,
  type EvaluationContext,
  type QuestionId,
  type Witnesses,
} from "../questionnaire";
import type { FiredBy, FiredStatus, RuleDefinition } from "./types";

export interface FiredRule {
  rule: RuleDefinition;
  status: FiredStatus;
  /** True when the rule fired only because of an "unsure" answer. */
  onUnsure: boolean;
  firedBy: FiredBy;
}

// Option positions, so the same answers always explain themselves in the same (form) order,
// whatever order the visitor clicked them in.
const OPTION_RANK = new Map<string, { single: boolean; rank: Map<string, number> }>(
  QUESTIONS.map((question) => [
    question.id,
    {
      single: question.kind === "single",
      rank: new Map(question.options.map((option, position) => [option.value, position])),
    },
  ]),
);

function toFiredBy(witnesses: Witnesses): FiredBy {
  const grouped = new Map<QuestionId, string[]>();
  for (const [questionId, value] of witnesses) {
    const values = grouped.get(questionId);
    if (!values) grouped.set(questionId, [value]);
    else if (!values.includes(value)) values.push(value);
  }
  const firedBy: FiredBy = {};
  for (const [questionId, values] of grouped) {
    const info = OPTION_RANK.get(questionId);
    if (info?.single) {
      firedBy[questionId] = values[0] ?? "";
      continue;
    }
    if (values.length > 1 && info) values.sort((a, b) => (info.rank.get(a) ?? 0) - (info.rank.get(b) ?? 0));
    firedBy[questionId] = values;
  }
  return firedBy;
}

/**
 * A rule fires "likely"/"possible" as declared when its condition definitely holds, and at most
 * "possible" when it holds only through an "unsure" answer. Pass one context for all rules of an
 * assessment so shared parts of their conditions are worked out once.
 */
export function fireRule(
  rule: RuleDefinition,
  answers: AnswerSets,
  context: EvaluationContext = evaluationContext(answers),
): FiredRule | null {
  // Most rules do not fire: settle that first, and only collect witnesses for those that do.
  if (truthOf(rule.when, answers, context.truths) === "no") return null;
  const { truth, witnesses } = explain(rule.when, answers, context);
  return {
    rule,
    status: truth === "yes" ? rule.status : "possible",
    onUnsure: truth === "maybe",
    firedBy: toFiredBy(witnesses),
  };
}

export function fireRules(rules: readonly RuleDefinition[], answers: AnswerSets): FiredRule[] {
  const context = evaluationContext(answers);
  const fired: FiredRule[] = [];
  for (const rule of rules) {
    const result = fireRule(rule, answers, context);
    if (result) fired.push(result);
  }
  return fired;
}

/** The questions answered "unsure" that a firing depended on. */
export function unsureQuestions(firedBy: FiredBy): QuestionId[] {
  const questions: QuestionId[] = [];
  for (const questionId in firedBy) {
    const value = firedBy[questionId as QuestionId];
    if (value === UNSURE || (Array.isArray(value) && value.includes(UNSURE))) questions.push(questionId as QuestionId);
  }
  return questions;
}
