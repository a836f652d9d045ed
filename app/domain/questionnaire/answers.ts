import type { QUESTION_BANK } from "./bank";
import type { Condition } from "./conditions";
import type { QuestionId, StepId } from "./ids";

type BankQuestion = (typeof QUESTION_BANK)[number];
type QuestionOf<Id extends QuestionId> = Extract<BankQuestion, { id: Id }>;

/** The option values a question accepts, e.g. `OptionValue<"employees">` is `"under-10" | "10-49" | …`. */
export type OptionValue<Id extends QuestionId> = QuestionOf<Id>["options"][number]["value"];

/** One answer as stored: a value for a single-select question, a list of values for a multi-select. */
export type AnswerValue<Id extends QuestionId> = QuestionOf<Id>["kind"] extends "multi"
  ? OptionValue<Id>[]
  : OptionValue<Id>;

/** Parsed answers: only visible questions, every visible question answered. */
export type Answers = { [Id in QuestionId]?: AnswerValue<Id> };

/** What a form may hand in before validation: `null` stands for "not answered" (react-hook-form radios). */
export type AnswersInput = { [Id in QuestionId]?: AnswerValue<Id> | null };

export type QuestionIdInStep<S extends StepId> = Extract<BankQuestion, { step: S }>["id"];
export type StepAnswers<S extends StepId> = { [Id in QuestionIdInStep<S>]?: AnswerValue<Id> };
export type StepInput<S extends StepId> = { [Id in QuestionIdInStep<S>]?: AnswerValue<Id> | null };

/**
 * A condition on one question whose values are checked by the compiler, so a typo in a rule
 * (`"eu"` for `"eu-eea"`) fails the build instead of silently never firing.
 */
export function is<Id extends QuestionId>(question: Id, ...anyOf: [OptionValue<Id>, ...OptionValue<Id>[]]): Condition {
  return { question, anyOf };
}

// Compile-time guard: every id in QUESTION_IDS must have a question in the bank.
type MissingQuestions = Exclude<QuestionId, BankQuestion["id"]>;
const everyIdHasAQuestion: [MissingQuestions] extends [never] ? true : MissingQuestions = true;
void everyIdHasAQuestion;
