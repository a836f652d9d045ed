import { seededRandom } from "../seeded-random";
import type { Answers } from "./answers";
import { QUESTIONS } from "./bank";
import { NONE } from "./ids";
import { parseAnswers } from "./schema";
import type { QuestionDefinition } from "./types";
import { dropHiddenAnswers, isQuestionVisible } from "./visibility";

function pick(question: QuestionDefinition, random: () => number): string | string[] {
  const values = question.options.map((option) => option.value);
  if (question.kind === "single") return values[Math.floor(random() * values.length)] ?? values[0] ?? "";
  const alone = new Set([NONE, ...(question.standsAlone ?? [])]);
  const standalone = values.filter((value) => alone.has(value));
  // Now and then a visitor answers "none" or "not sure"; mostly they tick one to three options.
  if (standalone.length > 0 && random() < 0.15) return [standalone[Math.floor(random() * standalone.length)] ?? NONE];
  const choosable = values.filter((value) => !alone.has(value));
  const count = 1 + Math.floor(random() * Math.min(3, choosable.length));
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(choosable[Math.floor(random() * choosable.length)] ?? "");
  return values.filter((value) => chosen.has(value));
}

/**
 * A varied but valid set of answers for `seed`, as a visitor could give them: every question
 * that the answers so far make visible is answered, hidden ones are not. For benchmarks and for
 * text samples (such as a compression dictionary) that should look like real assessments.
 */
export function sampleAnswers(seed: number): Answers {
  const random = seededRandom(seed).next;
  const answers: Record<string, unknown> = {};
  // Questions are listed in the order they are asked; a question's visibility only depends on
  // questions before it, so one pass in order answers exactly the visible ones.
  for (const question of QUESTIONS) {
    if (isQuestionVisible(question.id, answers)) answers[question.id] = pick(question, random);
  }
  const parsed = parseAnswers(dropHiddenAnswers(answers));
  if (!parsed.success) throw new Error(`Sample answers for seed ${seed} are not valid: ${parsed.error.message}`);
  return parsed.data;
}
