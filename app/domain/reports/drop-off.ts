import { FLOW_STEP_IDS, REVIEW, reachedStep, stepTitle } from "../flow/progress";

/** One stage of the questionnaire: how many visitors got to it, and how many went no further. */
export interface DropOffRow {
  key: string;
  label: string;
  reached: number;
  left: number;
}

/** The furthest-reached number a submitted assessment counts as: one past the review page. */
export const SUBMITTED_REACH = reachedStep(REVIEW) + 1;

const STAGES = [
  ...FLOW_STEP_IDS.map((step) => ({ key: step, label: stepTitle(step), reach: reachedStep(step) })),
  { key: REVIEW, label: "Review and send", reach: reachedStep(REVIEW) },
];

/**
 * Drop-off per stage from how many assessments stopped at each furthest point (`SUBMITTED_REACH`
 * for those submitted): a stage was reached by everyone who got to it or beyond, and left by
 * those who got to it and no further.
 */
export function dropOffRows(stoppedAt: ReadonlyMap<number, number>): DropOffRow[] {
  const reachedAtLeast = (reach: number) =>
    [...stoppedAt].reduce((sum, [furthest, count]) => (furthest >= reach ? sum + count : sum), 0);
  return STAGES.map((stage) => ({
    key: stage.key,
    label: stage.label,
    reached: reachedAtLeast(stage.reach),
    left: reachedAtLeast(stage.reach) - reachedAtLeast(stage.reach + 1),
  }));
}
