import type { Answers } from "./answers";
import { QUESTIONS } from "./bank";
import { questionsIn, toAnswerSets, truthOf, type AnswerSets } from "./conditions";
import { UNSURE, type QuestionId, type StepId } from "./ids";
import type { QuestionDefinition } from "./types";

/**
 * A question is shown unless its condition is definitely false: "maybe" (from an unsure answer)
 * shows it, because asking one more question is cheaper than missing an obligation.
 */
function shownGiven(question: QuestionDefinition, sets: AnswerSets): boolean {
  return question.visibleWhen === undefined || truthOf(question.visibleWhen, sets) !== "no";
}

/**
 * Walks the bank in order and forgets the answers of hidden questions as it goes, so a question
 * that depends on a hidden one is judged as if that one had never been answered.
 */
function visibleIds(answers: Readonly<Record<string, unknown>>): Set<QuestionId> {
  const sets = toAnswerSets(answers);
  const visible = new Set<QuestionId>();
  for (const question of QUESTIONS) {
    if (shownGiven(question, sets)) visible.add(question.id);
    else sets.delete(question.id);
  }
  return visible;
}

/** The questions to ask given the answers so far, optionally limited to one step. */
export function visibleQuestions(answers: Readonly<Record<string, unknown>>, stepId?: StepId): QuestionDefinition[] {
  const visible = visibleIds(answers);
  return QUESTIONS.filter((question) => visible.has(question.id) && (stepId === undefined || question.step === stepId));
}

export function isQuestionVisible(questionId: QuestionId, answers: Readonly<Record<string, unknown>>): boolean {
  return visibleIds(answers).has(questionId);
}

/** Keeps only the answers to questions that are still shown, e.g. after a visitor went back and changed a step. */
export function dropHiddenAnswers(answers: Readonly<Record<string, unknown>>): Answers {
  const visible = visibleIds(answers);
  const kept: Record<string, unknown> = {};
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    if (visible.has(question.id) && value !== undefined && value !== null) kept[question.id] = value;
  }
  return kept as Answers;
}

export interface StepQuestion {
  question: QuestionDefinition;
  /** Shown or not depending on another answer in this same step (a hint for forms without JavaScript). */
  dependsOnThisStep: boolean;
}

/**
 * The questions a step's page should render given the earlier steps' answers. A page without
 * JavaScript cannot react to answers in the same step, so questions that depend on them are
 * included (flagged `dependsOnThisStep`) and the step schema decides on submit whether they were
 * needed.
 */
export function questionsForStep(stepId: StepId, answersSoFar: Readonly<Record<string, unknown>> = {}): StepQuestion[] {
  const own = QUESTIONS.filter((question) => question.step === stepId);
  const ownIds = new Set<string>(own.map((question) => question.id));
  // Treating this step's answers as "unsure" shows everything they could bring into view.
  const draft: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answersSoFar)) if (!ownIds.has(key)) draft[key] = value;
  for (const question of own) draft[question.id] = [UNSURE];
  const visible = visibleIds(draft);
  return own
    .filter((question) => visible.has(question.id))
    .map((question) => ({
      question,
      dependsOnThisStep:
        question.visibleWhen !== undefined && questionsIn(question.visibleWhen).some((id) => ownIds.has(id)),
    }));
}
