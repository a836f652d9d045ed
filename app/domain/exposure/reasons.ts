import { type QuestionId, answerLabel, questionById } from "../questionnaire";
import type { RegimeAssessment } from "./types";

/** Why a regime fired, as "question — answer" lines a visitor and a consultant recognise. */
export function reasonLines(regime: Pick<RegimeAssessment, "firedBy">): string[] {
  return Object.entries(regime.firedBy).map(([questionId, values]) => {
    const id = questionId as QuestionId;
    return `${questionById(id).text} — ${answerLabel(id, values)}`;
  });
}
