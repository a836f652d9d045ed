import { describe, expect, it } from "vitest";
import {
  answerLabel,
  answerLabels,
  conditionInWords,
  describeAnswers,
  mainConcernFromTopic,
  optionLabel,
  questionById,
  stepInputFromForm,
  stepSchema,
} from "~/domain/questionnaire";
import { profile } from "../support/profiles";

describe("answer labels", () => {
  it("renders a single answer as its option label", () => {
    expect(answerLabel("employees", "50-249")).toBe("50 to 249");
  });

  it("renders a multi-select answer as its labels joined by semicolons", () => {
    expect(answerLabel("markets", ["eu-eea", "us-new-york-city"])).toBe("European Union or EEA; New York City");
    expect(answerLabels("markets", ["eu-eea", "unsure"])).toEqual(["European Union or EEA", "Not sure"]);
  });

  it("renders a missing answer as empty text", () => {
    expect(answerLabel("employees", undefined)).toBe("");
  });

  it("falls back to the raw value for an option it does not know, rather than failing", () => {
    expect(optionLabel("employees", "retired-option")).toBe("retired-option");
  });

  it("labels main-concern options with the topic names", () => {
    expect(optionLabel("mainConcern", "nis2")).toBe("NIS2");
  });

  it("describes every answered question in form order, as question and answer text", () => {
    const lines = describeAnswers(profile({ markets: ["eu-eea"] }));
    expect(lines[0]).toEqual({
      questionId: "establishments",
      step: "company",
      question: "Where does your organisation have establishments?",
      answer: "Elsewhere (including Switzerland)",
    });
    expect(lines.map((line) => line.questionId)).toContain("euProducts");
  });

  it("explains a visibility condition in the visitor's words", () => {
    expect(conditionInWords(questionById("gpaiModels").visibleWhen!)).toBe(
      `"${questionById("aiRoles").text}" is any of "${optionLabel("aiRoles", "provider")}", "${optionLabel(
        "aiRoles",
        "modifier",
      )}"`,
    );
  });
});

describe("form input", () => {
  it("gathers repeated checkbox fields into a list and reads radios as one value", () => {
    const form = new URLSearchParams([
      ["aiRoles", "deployer"],
      ["aiRoles", "provider"],
      ["gpaiModels", "no"],
      ["csrf", "token"],
    ]);
    expect(stepInputFromForm("ai-decisions", form)).toEqual({
      aiRoles: ["deployer", "provider"],
      gpaiModels: "no",
      aiUses: undefined,
      decisionRole: undefined,
      prohibitedPractices: undefined,
    });
  });

  it("reads a single ticked checkbox as a one-item list, which the step schema accepts", () => {
    const form = new FormData();
    form.append("tradeCountries", "none");
    form.append("usNexus", "none");
    form.append("sensitiveExports", "none");
    expect(stepSchema("cross-border").safeParse(stepInputFromForm("cross-border", form)).success).toBe(true);
  });

  it("treats empty fields as not answered", () => {
    const form = new URLSearchParams([["employees", ""]]);
    expect(stepInputFromForm("company", form).employees).toBeUndefined();
  });
});

describe("main concern from ?topic=", () => {
  it("pre-selects a known topic", () => {
    expect(mainConcernFromTopic("nis2")).toEqual(["nis2"]);
  });

  it("pre-selects nothing for an unknown or missing topic", () => {
    expect(mainConcernFromTopic("crypto")).toBeUndefined();
    expect(mainConcernFromTopic(null)).toBeUndefined();
  });
});
