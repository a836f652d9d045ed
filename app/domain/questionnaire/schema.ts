import * as z from "zod/mini";
import type { Answers, AnswersInput, StepAnswers, StepInput } from "./answers";
import { QUESTIONS, questionsInStep } from "./bank";
import { NONE, isQuestionId, type StepId } from "./ids";
import type { QuestionDefinition } from "./types";
import { dropHiddenAnswers, visibleQuestions } from "./visibility";

// zod's functional "mini" build, with no Node imports: the same schemas run on the server and in
// the browser through react-hook-form's zod resolver, and the mini build lets the bundler keep
// only the parts used here (a few KB instead of the whole library on every step of the flow).

export const MESSAGES = {
  answerRequired: "Please answer this question",
  chooseAtLeastOne: "Please choose at least one option",
  expectedList: "Expected a list of options",
  expectedSingle: "Expected a single option",
  noneIsExclusive: '"None" cannot be combined with other options',
  standsAlone: (label: string) => `“${label}” cannot be combined with other options: untick it, or untick the others`,
  duplicate: "Each option can be chosen only once",
  unknownQuestion: (key: string) => `Unknown question id "${key}"`,
  unknownOption: (input: unknown, values: readonly string[]) =>
    `Unknown option ${JSON.stringify(input)}; expected one of: ${values.join(", ")}`,
} as const;

function optionLabelOf(question: QuestionDefinition, value: string): string {
  return question.options.find((option) => option.value === value)?.label ?? value;
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

function optionSchema(question: QuestionDefinition) {
  const values = question.options.map((option) => option.value) as [string, ...string[]];
  return z.enum(values, {
    error: (issue) => {
      if (issue.input === undefined || issue.input === null) return MESSAGES.answerRequired;
      if (question.kind === "single" && Array.isArray(issue.input)) return MESSAGES.expectedSingle;
      return MESSAGES.unknownOption(issue.input, values);
    },
  });
}

/** The schema of one answer, without the "is it required" part, which depends on visibility. */
export function answerSchema(question: QuestionDefinition): z.ZodMiniType<string | string[]> {
  if (question.kind === "single") return optionSchema(question);
  return z.array(optionSchema(question), { error: () => MESSAGES.expectedList }).check(
    z.superRefine((values, ctx) => {
      if (new Set(values).size !== values.length) ctx.addIssue({ code: "custom", message: MESSAGES.duplicate });
      if (values.includes(NONE) && values.length > 1)
        ctx.addIssue({ code: "custom", message: MESSAGES.noneIsExclusive });
      const alone = question.standsAlone?.find((value) => values.includes(value));
      if (alone && values.length > 1)
        ctx.addIssue({ code: "custom", message: MESSAGES.standsAlone(optionLabelOf(question, alone)) });
    }),
  );
}

function shapeOf(questions: readonly QuestionDefinition[]) {
  return Object.fromEntries(questions.map((question) => [question.id, z.nullish(answerSchema(question))]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Refinements run even when some fields already failed, so a visitor (or a reviewer using the
// command line) sees every problem at once rather than one round trip per error.
const always = { when: (payload: { value: unknown }) => isPlainObject(payload.value) };

/**
 * The whole questionnaire. Unknown question ids are errors (they usually mean a typo in a
 * hand-written answers file); hidden questions are not required and their answers are dropped.
 */
export const AnswersSchema = z.pipe(
  z.looseObject(shapeOf(QUESTIONS)).check(
    z.superRefine((raw, ctx) => {
      const record = raw as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (!isQuestionId(key)) ctx.addIssue({ code: "custom", path: [key], message: MESSAGES.unknownQuestion(key) });
      }
      for (const question of visibleQuestions(record)) {
        if (!question.optional && isMissing(record[question.id])) {
          ctx.addIssue({
            code: "custom",
            path: [question.id],
            message: question.kind === "multi" ? MESSAGES.chooseAtLeastOne : MESSAGES.answerRequired,
          });
        }
      }
    }, always),
  ),
  z.transform((raw) => dropHiddenAnswers(raw as Record<string, unknown>)),
) as unknown as z.ZodMiniType<Answers, AnswersInput>;

export type ParseAnswersResult = ReturnType<typeof AnswersSchema.safeParse>;

/** Validates a complete set of answers; `assess` must only ever be called with `data` from here. */
export function parseAnswers(input: unknown): ParseAnswersResult {
  return AnswersSchema.safeParse(input);
}

// What a step's schema is made of that does not depend on the answers so far: built once per
// step rather than on every request (each flow request judges every step).
const stepPartsCache = new Map<
  StepId,
  { questions: readonly QuestionDefinition[]; ownIds: Set<string>; shape: ReturnType<typeof z.object> }
>();

function stepParts(stepId: StepId) {
  let parts = stepPartsCache.get(stepId);
  if (!parts) {
    const questions = questionsInStep(stepId);
    parts = {
      questions,
      ownIds: new Set<string>(questions.map((question) => question.id)),
      shape: z.object(shapeOf(questions)),
    };
    stepPartsCache.set(stepId, parts);
  }
  return parts;
}

/**
 * The schema for one step. Visibility is judged on the answers of earlier steps together with
 * this step's own input, so a question that depends on another one in the same step (e.g. "how
 * much does the system decide") is required exactly when it is shown. Keys that are not
 * questions of this step are ignored, because forms carry other fields (tokens, buttons).
 */
export function stepSchema<S extends StepId>(stepId: S, answersSoFar: Readonly<Record<string, unknown>> = {}) {
  const { questions, ownIds, shape } = stepParts(stepId);
  const earlier = Object.fromEntries(Object.entries(answersSoFar).filter(([key]) => !ownIds.has(key)));
  const visibleNow = (input: Record<string, unknown>) =>
    new Set<string>(visibleQuestions({ ...earlier, ...input }, stepId).map((question) => question.id));

  return z.pipe(
    shape.check(
      z.superRefine((raw, ctx) => {
        const input = raw as Record<string, unknown>;
        const visible = visibleNow(input);
        for (const question of questions) {
          if (visible.has(question.id) && !question.optional && isMissing(input[question.id])) {
            ctx.addIssue({
              code: "custom",
              path: [question.id],
              message: question.kind === "multi" ? MESSAGES.chooseAtLeastOne : MESSAGES.answerRequired,
            });
          }
        }
      }, always),
    ),
    z.transform((raw) => {
      const input = raw as Record<string, unknown>;
      const visible = visibleNow(input);
      const kept: Record<string, unknown> = {};
      for (const question of questions) {
        const value = input[question.id];
        if (visible.has(question.id) && !isMissing(value)) kept[question.id] = value;
      }
      return kept;
    }),
  ) as unknown as z.ZodMiniType<StepAnswers<S>, StepInput<S>>;
}

export interface IssueLine {
  /** Dotted path, e.g. `markets` or `markets.2`; `(root)` for the object itself. */
  path: string;
  message: string;
}

/** Flattens zod issues to one line per problem, for the command line and for logs. */
export function issueLines(error: z.core.$ZodError): IssueLine[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)",
    message: issue.message,
  }));
}
