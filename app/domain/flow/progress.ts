import { STEP_IDS, type StepId, questionsInStep, stepById, stepSchema } from "../questionnaire";
import { ContactSchema } from "./contact";

export const CONTACT_STEP = "contact";
export const REVIEW = "review";
export const FLOW_STEP_IDS = [...STEP_IDS, CONTACT_STEP] as const;
export type FlowStepId = (typeof FLOW_STEP_IDS)[number];
export type FlowPosition = FlowStepId | typeof REVIEW;

/** What a draft holds: answers keyed by question id, and the contact step once given. */
export type DraftState = {
  answers: Readonly<Record<string, unknown>>;
  contact: unknown;
};

export function isFlowStepId(value: unknown): value is FlowStepId {
  return typeof value === "string" && (FLOW_STEP_IDS as readonly string[]).includes(value);
}

export function isQuestionnaireStep(step: FlowStepId): step is StepId {
  return step !== CONTACT_STEP;
}

export function flowPath(position: FlowPosition): string {
  return `/assess/${position}`;
}

export function stepNumber(step: FlowStepId): number {
  return FLOW_STEP_IDS.indexOf(step) + 1;
}

/**
 * A position as the number the reports count drop-off by: 1 for the first step, one more for each
 * step after it, the review page after the contact step. A draft keeps the highest it reached.
 */
export function reachedStep(position: FlowPosition): number {
  return position === REVIEW ? FLOW_STEP_IDS.length + 1 : stepNumber(position);
}

export function stepTitle(step: FlowStepId): string {
  return isQuestionnaireStep(step) ? stepById(step).title : "Your contact details";
}

/**
 * A step is complete when what the draft holds for it passes that step's schema today. It is
 * judged afresh each time, so changing an earlier answer that reveals a new question reopens
 * the step that asks it.
 */
export function isStepComplete(step: FlowStepId, draft: DraftState): boolean {
  if (!isQuestionnaireStep(step)) return ContactSchema.safeParse(draft.contact ?? {}).success;
  return stepSchema(step, draft.answers).safeParse(draft.answers).success;
}

/** Where a visitor resumes: the first step not yet complete, or the review page. */
export function firstIncompleteStep(draft: DraftState): FlowPosition {
  return FLOW_STEP_IDS.find((step) => !isStepComplete(step, draft)) ?? REVIEW;
}

/** True when every step before this one is complete, so the visitor may be on it. */
export function canEnter(position: FlowPosition, draft: DraftState): boolean {
  const first = firstIncompleteStep(draft);
  if (first === REVIEW) return true;
  if (position === REVIEW) return false;
  return FLOW_STEP_IDS.indexOf(position) <= FLOW_STEP_IDS.indexOf(first);
}

export function nextPosition(step: FlowStepId): FlowPosition {
  return FLOW_STEP_IDS[FLOW_STEP_IDS.indexOf(step) + 1] ?? REVIEW;
}

export function previousStep(step: FlowPosition): FlowStepId | null {
  if (step === REVIEW) return CONTACT_STEP;
  return FLOW_STEP_IDS[FLOW_STEP_IDS.indexOf(step) - 1] ?? null;
}

/** Replaces one step's answers, leaving the other steps' answers as they were. */
export function withStepAnswers(
  answers: Readonly<Record<string, unknown>>,
  step: StepId,
  stepAnswers: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const own = new Set<string>(questionsInStep(step).map((question) => question.id));
  const kept = Object.fromEntries(Object.entries(answers).filter(([key]) => !own.has(key)));
  return { ...kept, ...stepAnswers };
}
