import { RULES, assess, fireRule, type Assessment, type RegimeId, type Status } from "~/domain/exposure";
import {
  issueLines,
  parseAnswers,
  toAnswerSets,
  visibleQuestions,
  type Answers,
  type AnswersInput,
} from "~/domain/questionnaire";

export const TODAY = "2026-11-26";

/** A company that no rule reaches: outside the EU and US, no AI, no personal data, no trade links. */
export const NEUTRAL: Answers = {
  establishments: ["other"],
  markets: ["other"],
  employees: "10-49",
  turnover: "up-to-10m",
  sectors: ["other"],
  mainConcern: ["unsure"],
  aiRoles: ["none"],
  personalData: ["none"],
  controls: ["none"],
  tradeCountries: ["none"],
  usNexus: ["none"],
};

/**
 * Answers for questions that an override makes visible without answering them; chosen so they
 * add no exposure of their own, which keeps each test about the answers it names.
 */
const QUIET_DEFAULTS: AnswersInput = {
  gpaiModels: "no",
  aiUses: ["internal-productivity"],
  decisionRole: "assists",
  prohibitedPractices: ["none"],
  dataSubjects: "under-10k",
  usStateConsumers: "no-consumers",
  biometricData: "no",
  biometricRelease: "yes",
  dataLocation: ["none"],
  euProducts: ["none"],
  financialIctSupplier: "no",
  sensitiveExports: ["none"],
};

/** The neutral company changed by `overrides`, completed and validated like a real submission. */
export function profile(overrides: AnswersInput = {}): Answers {
  const draft: Record<string, unknown> = { ...NEUTRAL, ...overrides };
  for (const question of visibleQuestions(draft)) {
    if (draft[question.id] === undefined) draft[question.id] = QUIET_DEFAULTS[question.id];
  }
  const parsed = parseAnswers(draft);
  if (!parsed.success) {
    throw new Error(
      `Invalid test profile: ${issueLines(parsed.error)
        .map((line) => `${line.path}: ${line.message}`)
        .join("; ")}`,
    );
  }
  return parsed.data;
}

/** What one rule says about a profile, independent of the other rules of its regime. */
export function ruleVerdict(ruleId: string, answers: Answers): Status {
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`Unknown rule ${ruleId}`);
  return fireRule(rule, toAnswerSets(answers as Record<string, unknown>))?.status ?? "unlikely";
}

export function verdictOf(overrides: AnswersInput, ruleId: string): Status {
  return ruleVerdict(ruleId, profile(overrides));
}

export function assessProfile(overrides: AnswersInput = {}, asOf = TODAY): Assessment {
  return assess(profile(overrides), asOf);
}

export function regimeOf(assessment: Assessment, regime: RegimeId) {
  const found = assessment.regimes.find((candidate) => candidate.regime === regime);
  if (!found) throw new Error(`No regime ${regime} in assessment`);
  return found;
}

export function statusesOf(assessment: Assessment): Partial<Record<RegimeId, Status>> {
  return Object.fromEntries(
    assessment.regimes.filter((regime) => regime.status !== "unlikely").map((regime) => [regime.regime, regime.status]),
  );
}
