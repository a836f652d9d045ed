/**
 * Stable identifiers of the questionnaire. Drafts, stored leads, routing rules and the exposure
 * ruleset all refer to these strings, so they are never renamed; a retired question keeps its id
 * out of use rather than handing it to a new question.
 */
export const STEP_IDS = ["company", "ai-decisions", "data-products-security", "cross-border"] as const;
export type StepId = (typeof STEP_IDS)[number];

export const QUESTION_IDS = [
  // company
  "establishments",
  "markets",
  "employees",
  "turnover",
  "sectors",
  "mainConcern",
  "enquiryTrigger",
  "timeHorizon",
  "entityScope",
  // AI and automated decisions
  "aiRoles",
  "gpaiModels",
  "aiUses",
  "decisionRole",
  "prohibitedPractices",
  // data, products and security
  "personalData",
  "dataSubjects",
  "usStateConsumers",
  "biometricData",
  "biometricRelease",
  "dataLocation",
  "euProducts",
  "financialIctSupplier",
  "controls",
  // cross-border trade
  "tradeCountries",
  "usNexus",
  "sensitiveExports",
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The question the web flow pre-selects from `?topic=`; its option values are the topic ids. */
export const MAIN_CONCERN_QUESTION_ID = "mainConcern" satisfies QuestionId;

/** Offered wherever a visitor could honestly not know; the engine reads it as "maybe". */
export const UNSURE = "unsure";
/** In a multi-select, "none" excludes every other option. */
export const NONE = "none";

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && (STEP_IDS as readonly string[]).includes(value);
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === "string" && (QUESTION_IDS as readonly string[]).includes(value);
}
