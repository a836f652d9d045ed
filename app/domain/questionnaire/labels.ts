import type { Answers } from "./answers";
import { QUESTIONS, questionById } from "./bank";
import { describeCondition, type Condition } from "./conditions";
import type { QuestionId, StepId } from "./ids";

/** The visitor-facing label of an option; falls back to the raw value for anything unknown. */
export function optionLabel(questionId: QuestionId, value: string): string {
  return questionById(questionId).options.find((option) => option.value === value)?.label ?? value;
}

export function answerLabels(questionId: QuestionId, answer: string | readonly string[] | null | undefined): string[] {
  if (answer === undefined || answer === null) return [];
  const values: readonly string[] = typeof answer === "string" ? [answer] : answer;
  return values.map((value) => optionLabel(questionId, value));
}

/** An answer as one line of text, e.g. for the consultant's lead view or an email: labels joined by "; ". */
export function answerLabel(questionId: QuestionId, answer: string | readonly string[] | null | undefined): string {
  return answerLabels(questionId, answer).join("; ");
}

export interface AnswerLine {
  questionId: QuestionId;
  step: StepId;
  question: string;
  answer: string;
}

/** Every answered question, in questionnaire order, as question text and answer text. */
export function describeAnswers(answers: Answers): AnswerLine[] {
  const lines: AnswerLine[] = [];
  for (const question of QUESTIONS) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    lines.push({
      questionId: question.id,
      step: question.step,
      question: question.text,
      answer: answerLabel(question.id, answer),
    });
  }
  return lines;
}

/** A condition in words for people filling in the form: option labels, names expanded. */
export function conditionInWords(condition: Condition): string {
  return describeCondition(condition, {
    question: (questionId) => `"${questionById(questionId).text}"`,
    option: (questionId, value) => `"${optionLabel(questionId, value)}"`,
  });
}
