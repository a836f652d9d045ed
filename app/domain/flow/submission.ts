import { type Answers, parseAnswers } from "../questionnaire";
import { type Contact, ContactSchema } from "./contact";
import { type DraftState, type FlowPosition, firstIncompleteStep } from "./progress";

/** A draft's answers and contact details once checked: what a lead is made from. */
export type CheckedSubmission = { answers: Answers; contact: Contact };

export type SubmissionCheck = { ok: true; submission: CheckedSubmission } | { ok: false; resumeAt: FlowPosition };

/**
 * Checks a whole draft for the final submit in one pass: the whole questionnaire's schema and the
 * contact schema. A complete draft passes every step's schema exactly when it passes these, so
 * the step-by-step walk (`firstIncompleteStep`) is needed only to say where an incomplete draft
 * resumes. The parsed result is what the lead is made from, so nothing is read or checked twice.
 */
export function checkSubmission(draft: DraftState): SubmissionCheck {
  const answers = parseAnswers(draft.answers);
  const contact = ContactSchema.safeParse(draft.contact ?? {});
  if (answers.success && contact.success)
    return { ok: true, submission: { answers: answers.data, contact: contact.data } };
  return { ok: false, resumeAt: firstIncompleteStep(draft) };
}
