import { describe, expect, it } from "vitest";
import { dropHiddenAnswers, isQuestionVisible, questionsForStep, visibleQuestions } from "~/domain/questionnaire";

const ids = (answers: Record<string, unknown>, step?: Parameters<typeof visibleQuestions>[1]) =>
  visibleQuestions(answers, step).map((question) => question.id);

describe("question visibility", () => {
  it("shows every unconditional question before anything is answered", () => {
    expect(ids({}, "company")).toEqual([
      "establishments",
      "markets",
      "employees",
      "turnover",
      "sectors",
      "mainConcern",
      "enquiryTrigger",
      "timeHorizon",
      "entityScope",
    ]);
  });

  it("hides the AI questions when the visitor uses no AI", () => {
    expect(ids({ aiRoles: ["none"] }, "ai-decisions")).toEqual(["aiRoles"]);
  });

  it("asks about general-purpose models only of those who build or substantially modify AI", () => {
    expect(isQuestionVisible("gpaiModels", { aiRoles: ["provider"] })).toBe(true);
    expect(isQuestionVisible("gpaiModels", { aiRoles: ["modifier"] })).toBe(true);
    expect(isQuestionVisible("gpaiModels", { aiRoles: ["deployer"] })).toBe(false);
  });

  it("asks how much the system decides when AI is used for hiring", () => {
    expect(isQuestionVisible("decisionRole", { aiRoles: ["deployer"], aiUses: ["employment"] })).toBe(true);
  });

  it("does not ask how much the system decides when AI only drafts text", () => {
    expect(
      isQuestionVisible("decisionRole", { aiRoles: ["deployer"], aiUses: ["internal-productivity", "chatbot"] }),
    ).toBe(false);
  });

  it('shows a conditional question when the answer it depends on is "unsure"', () => {
    expect(isQuestionVisible("decisionRole", { aiRoles: ["deployer"], aiUses: ["unsure"] })).toBe(true);
    expect(isQuestionVisible("gpaiModels", { aiRoles: ["unsure"] })).toBe(true);
  });

  it("asks where data is stored only when Russia or China is in play (India fed no rule and was retired)", () => {
    const base = { establishments: ["eu-eea"], personalData: ["customers"] };
    expect(isQuestionVisible("dataLocation", { ...base, markets: ["eu-eea"] })).toBe(false);
    expect(isQuestionVisible("dataLocation", { ...base, markets: ["eu-eea", "india"] })).toBe(false);
    expect(isQuestionVisible("dataLocation", { ...base, markets: ["eu-eea", "russia"] })).toBe(true);
    expect(isQuestionVisible("dataLocation", { ...base, establishments: ["china"], markets: ["eu-eea"] })).toBe(true);
  });

  it("asks about ICT services to EU financial firms only of software, cloud, telecoms and trust providers (review C.1)", () => {
    expect(isQuestionVisible("financialIctSupplier", { sectors: ["other"] })).toBe(false);
    expect(isQuestionVisible("financialIctSupplier", { sectors: ["software-saas"] })).toBe(true);
    expect(
      isQuestionVisible("financialIctSupplier", {
        establishments: ["eu-eea"],
        sectors: ["other"],
        euProducts: ["cloud-services"],
      }),
    ).toBe(true);
  });

  it("asks about sensitive exports only of traders with listed countries, technology firms and AI builders (review C.1)", () => {
    expect(
      isQuestionVisible("sensitiveExports", { sectors: ["other"], aiRoles: ["deployer"], tradeCountries: ["none"] }),
    ).toBe(false);
    expect(
      isQuestionVisible("sensitiveExports", { sectors: ["other"], aiRoles: ["deployer"], tradeCountries: ["china"] }),
    ).toBe(true);
    expect(isQuestionVisible("sensitiveExports", { sectors: ["connected-devices"], tradeCountries: ["none"] })).toBe(
      true,
    );
    expect(
      isQuestionVisible("sensitiveExports", { sectors: ["other"], aiRoles: ["provider"], tradeCountries: ["none"] }),
    ).toBe(true);
  });

  it("asks about products on the EU market only when the EU is in play", () => {
    expect(isQuestionVisible("euProducts", { establishments: ["us"], markets: ["us-other"] })).toBe(false);
    expect(isQuestionVisible("euProducts", { establishments: ["us"], markets: ["eu-eea"] })).toBe(true);
    expect(isQuestionVisible("euProducts", { establishments: ["us"], markets: ["unsure"] })).toBe(true);
  });

  it("hides a question whose trigger is itself hidden, even if a stale answer would trigger it", () => {
    // aiUses is hidden (no AI), so its stale "employment" must not bring back decisionRole.
    expect(isQuestionVisible("decisionRole", { aiRoles: ["none"], aiUses: ["employment"] })).toBe(false);
  });
});

describe("dropping hidden answers", () => {
  it("drops the answers of questions that are no longer shown after going back and changing a step", () => {
    const stale = {
      aiRoles: ["none"],
      aiUses: ["employment"],
      decisionRole: "main-factor",
      prohibitedPractices: ["none"],
    };
    expect(dropHiddenAnswers(stale)).toEqual({ aiRoles: ["none"] });
  });

  it("keeps the answers of questions that are shown", () => {
    const answers = { aiRoles: ["deployer"], aiUses: ["employment"], decisionRole: "assists" };
    expect(dropHiddenAnswers(answers)).toEqual(answers);
  });

  it("drops null and undefined answers", () => {
    expect(dropHiddenAnswers({ employees: null, turnover: undefined, markets: ["eu-eea"] })).toEqual({
      markets: ["eu-eea"],
    });
  });
});

describe("questions to render for a step", () => {
  it("includes questions that depend on answers in the same step, flagged, so a page without JavaScript can show them", () => {
    const rendered = questionsForStep("ai-decisions", { establishments: ["eu-eea"] });
    expect(rendered.map((entry) => [entry.question.id, entry.dependsOnThisStep])).toEqual([
      ["aiRoles", false],
      ["gpaiModels", true],
      ["aiUses", true],
      ["decisionRole", true],
      ["prohibitedPractices", true],
    ]);
  });

  it("leaves out questions that earlier steps have already ruled out", () => {
    const rendered = questionsForStep("data-products-security", { establishments: ["us"], markets: ["us-other"] });
    expect(rendered.map((entry) => entry.question.id)).not.toContain("euProducts");
    expect(rendered.map((entry) => entry.question.id)).not.toContain("dataLocation");
  });

  it("ignores stale answers of the step itself", () => {
    const rendered = questionsForStep("ai-decisions", { aiRoles: ["none"] });
    expect(rendered.map((entry) => entry.question.id)).toContain("aiUses");
  });
});
