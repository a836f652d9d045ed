import { describe, expect, it } from "vitest";
import {
  AnswersSchema,
  MESSAGES,
  issueLines,
  parseAnswers,
  stepSchema,
  type AnswersInput,
} from "~/domain/questionnaire";
import { NEUTRAL, profile } from "../support/profiles";

function problems(input: unknown) {
  const result = parseAnswers(input);
  expect(result.success).toBe(false);
  return result.success ? [] : issueLines(result.error);
}

describe("AnswersSchema", () => {
  it("accepts a complete, consistent set of answers", () => {
    expect(parseAnswers(NEUTRAL)).toEqual({ success: true, data: NEUTRAL });
  });

  it("names an unknown question id in the error", () => {
    expect(problems({ ...NEUTRAL, favouriteColour: ["blue"] })).toContainEqual({
      path: "favouriteColour",
      message: 'Unknown question id "favouriteColour"',
    });
  });

  it("names the field and the unknown option value", () => {
    const lines = problems({ ...NEUTRAL, employees: "a-few" });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.path).toBe("employees");
    expect(lines[0]?.message).toContain('Unknown option "a-few"');
  });

  it("points at the element of a list that has an unknown option", () => {
    expect(problems({ ...NEUTRAL, markets: ["other", "mars"] })[0]?.path).toBe("markets.1");
  });

  it("rejects a single value where a list is expected", () => {
    expect(problems({ ...NEUTRAL, markets: "eu-eea" })).toContainEqual({
      path: "markets",
      message: MESSAGES.expectedList,
    });
  });

  it("rejects a list where a single value is expected", () => {
    expect(problems({ ...NEUTRAL, employees: ["10-49"] })).toContainEqual({
      path: "employees",
      message: MESSAGES.expectedSingle,
    });
  });

  it("rejects something that is not an object at all", () => {
    expect(problems(["not", "answers"])[0]?.path).toBe("(root)");
  });

  it("requires every visible question", () => {
    const { turnover: _turnover, ...withoutTurnover } = NEUTRAL;
    expect(problems(withoutTurnover)).toEqual([{ path: "turnover", message: MESSAGES.answerRequired }]);
  });

  it("lets a visitor skip an optional qualification question, and keeps an answer given to one", () => {
    expect(parseAnswers(NEUTRAL).success).toBe(true);
    expect(parseAnswers({ ...NEUTRAL, timeHorizon: "this-month", entityScope: "group" })).toMatchObject({
      success: true,
      data: { timeHorizon: "this-month", entityScope: "group" },
    });
    expect(stepSchema("company").safeParse({ ...NEUTRAL, enquiryTrigger: [] }).success).toBe(true);
  });

  it("requires at least one option on a visible multi-select question", () => {
    expect(problems({ ...NEUTRAL, sectors: [] })).toEqual([{ path: "sectors", message: MESSAGES.chooseAtLeastOne }]);
  });

  it("lists every problem at once, including missing answers next to invalid ones", () => {
    const { turnover: _turnover, ...withoutTurnover } = NEUTRAL;
    const paths = problems({ ...withoutTurnover, employees: "lots", colour: 1 }).map((line) => line.path);
    expect(paths).toEqual(expect.arrayContaining(["employees", "turnover", "colour"]));
  });

  it("requires a question that became visible through an earlier answer", () => {
    expect(problems({ ...NEUTRAL, aiRoles: ["deployer"] }).map((line) => line.path)).toEqual([
      "aiUses",
      "prohibitedPractices",
    ]);
  });

  it("does not require hidden questions", () => {
    expect(parseAnswers({ ...NEUTRAL, aiRoles: ["none"] }).success).toBe(true);
  });

  it("drops the answers to hidden questions", () => {
    const result = parseAnswers({ ...NEUTRAL, aiUses: ["employment"], decisionRole: "fully-automated" });
    expect(result.success && result.data).toEqual(NEUTRAL);
  });

  it('does not allow "none" together with other options', () => {
    expect(problems({ ...NEUTRAL, tradeCountries: ["none", "iran"] })).toEqual([
      { path: "tradeCountries", message: MESSAGES.noneIsExclusive },
    ]);
  });

  it('does not allow "Not sure yet" together with a named concern, because routing reads that answer', () => {
    expect(problems({ ...NEUTRAL, mainConcern: ["eu-ai-act", "unsure"] })).toEqual([
      { path: "mainConcern", message: MESSAGES.standsAlone("Not sure yet: a general review") },
    ]);
    expect(parseAnswers({ ...NEUTRAL, mainConcern: ["unsure"] }).success).toBe(true);
  });

  it("does not allow the same option twice", () => {
    expect(problems({ ...NEUTRAL, markets: ["other", "other"] })).toEqual([
      { path: "markets", message: MESSAGES.duplicate },
    ]);
  });

  it('allows "unsure" next to known options', () => {
    // An unsure market might be the EU, so the EU product question is asked too.
    expect(parseAnswers({ ...NEUTRAL, markets: ["other", "unsure"], euProducts: ["none"] }).success).toBe(true);
  });

  it("treats null as not answered", () => {
    const result = parseAnswers({ ...NEUTRAL, decisionRole: null });
    expect(result.success && result.data).toEqual(NEUTRAL);
    expect(problems({ ...NEUTRAL, turnover: null })).toEqual([{ path: "turnover", message: MESSAGES.answerRequired }]);
  });

  it("is the same schema parseAnswers uses", () => {
    const answers = profile({ markets: ["eu-eea"] });
    expect(AnswersSchema.parse(answers)).toEqual(answers);
  });
});

describe("stepSchema", () => {
  it("validates only the questions of its step and ignores other form fields", () => {
    const result = stepSchema("company").safeParse({
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      employees: "50-249",
      turnover: "10m-25m",
      sectors: ["software-saas"],
      mainConcern: ["gdpr"],
      intent: "next",
      aiRoles: ["deployer"],
    });
    expect(result.success && result.data).toEqual({
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      employees: "50-249",
      turnover: "10m-25m",
      sectors: ["software-saas"],
      mainConcern: ["gdpr"],
    });
  });

  it("requires a question made visible by another answer in the same step", () => {
    const result = stepSchema("ai-decisions").safeParse({
      aiRoles: ["deployer"],
      aiUses: ["employment"],
      prohibitedPractices: ["none"],
    });
    expect(result.success ? [] : issueLines(result.error)).toEqual([
      { path: "decisionRole", message: MESSAGES.answerRequired },
    ]);
  });

  it("does not require, and drops, a question hidden by another answer in the same step", () => {
    const input: AnswersInput = {
      aiRoles: ["none"],
      aiUses: ["employment"],
      decisionRole: null,
      prohibitedPractices: ["none"],
    };
    const result = stepSchema("ai-decisions").safeParse(input);
    expect(result.success && result.data).toEqual({ aiRoles: ["none"] });
  });

  it("judges visibility on the answers of earlier steps", () => {
    const input = {
      personalData: ["customers"],
      dataSubjects: "under-10k",
      usStateConsumers: "no-consumers",
      biometricData: "no",
      financialIctSupplier: "no",
      controls: ["none"],
    };
    const outsideEu = stepSchema("data-products-security", { establishments: ["us"], markets: ["us-other"] }).safeParse(
      input,
    );
    expect(outsideEu.success).toBe(true);
    const inEu = stepSchema("data-products-security", { establishments: ["eu-eea"], markets: ["eu-eea"] }).safeParse(
      input,
    );
    expect(inEu.success ? [] : issueLines(inEu.error)).toEqual([
      { path: "euProducts", message: MESSAGES.chooseAtLeastOne },
    ]);
  });

  it("lets the step's own input override stale answers of the same step", () => {
    const schema = stepSchema("ai-decisions", { aiRoles: ["deployer"], aiUses: ["employment"] });
    expect(schema.safeParse({ aiRoles: ["none"] }).success).toBe(true);
  });

  it("rejects unknown options with the field named", () => {
    const result = stepSchema("cross-border").safeParse({
      tradeCountries: ["atlantis"],
      usNexus: ["none"],
      sensitiveExports: ["none"],
    });
    expect(result.success ? [] : issueLines(result.error).map((line) => line.path)).toEqual(["tradeCountries.0"]);
  });
});
