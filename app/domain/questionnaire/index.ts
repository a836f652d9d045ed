export {
  STEP_IDS,
  QUESTION_IDS,
  MAIN_CONCERN_QUESTION_ID,
  UNSURE,
  NONE,
  isStepId,
  isQuestionId,
  type StepId,
  type QuestionId,
} from "./ids";
export { QUESTIONS, STEPS, DECISION_USES, questionById, stepById, questionsInStep } from "./bank";
export type { OptionDefinition, QuestionDefinition, QuestionKind, StepDefinition } from "./types";
export {
  is,
  type Answers,
  type AnswersInput,
  type AnswerValue,
  type OptionValue,
  type QuestionIdInStep,
  type StepAnswers,
  type StepInput,
} from "./answers";
export {
  all,
  any,
  not,
  named,
  namedIn,
  when,
  truthOf,
  explain,
  evaluationContext,
  toAnswerSets,
  questionsIn,
  valuesIn,
  describeCondition,
  type AnswerSets,
  type Condition,
  type Truth,
  type TruthMemo,
  type Witnesses,
  type EvaluationContext,
  type Explained,
} from "./conditions";
export {
  visibleQuestions,
  isQuestionVisible,
  dropHiddenAnswers,
  questionsForStep,
  type StepQuestion,
} from "./visibility";
export {
  AnswersSchema,
  parseAnswers,
  stepSchema,
  answerSchema,
  issueLines,
  MESSAGES,
  type IssueLine,
  type ParseAnswersResult,
} from "./schema";
export { optionLabel, answerLabel, answerLabels, describeAnswers, conditionInWords, type AnswerLine } from "./labels";
export { stepInputFromForm, mainConcernFromTopic, type FormValuesSource } from "./form-input";
export { sampleAnswers } from "./sample-answers";
