import { isTopicId } from "../topics";
import type { OptionValue } from "./answers";
import { questionsInStep } from "./bank";
import type { StepId } from "./ids";

/** The part of `FormData` (and `URLSearchParams`) this module needs; both satisfy it. */
export interface FormValuesSource {
  getAll(name: string): unknown[];
}

/**
 * Turns a posted form into the input a step schema expects. Without JavaScript a checkbox group
 * arrives as repeated fields and an unchecked one not at all, so multi-select questions are
 * gathered into lists and empty fields become "not answered". Only this step's questions are read.
 * A one-answer question that arrives more than once is passed on as a list, for the schema to refuse.
 */
export function stepInputFromForm(
  stepId: StepId,
  form: FormValuesSource,
): Record<string, string | string[] | undefined> {
  const input: Record<string, string | string[] | undefined> = {};
  for (const question of questionsInStep(stepId)) {
    const values = form
      .getAll(question.id)
      .filter((value): value is string => typeof value === "string" && value !== "");
    if (question.kind === "multi") input[question.id] = values.length > 0 ? values : undefined;
    // A one-answer question sent twice is a tampered form: pass the list so the schema says so.
    else input[question.id] = values.length > 1 ? values : values[0];
  }
  return input;
}

/** The pre-selection for the "main concern" question when a visitor arrives from an article with `?topic=`. */
export function mainConcernFromTopic(topic: string | null | undefined): OptionValue<"mainConcern">[] | undefined {
  return isTopicId(topic) ? [topic] : undefined;
}
