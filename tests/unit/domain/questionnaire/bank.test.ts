import { describe, expect, it } from "vitest";
import {
  MAIN_CONCERN_QUESTION_ID,
  NONE,
  QUESTIONS,
  QUESTION_IDS,
  STEPS,
  STEP_IDS,
  UNSURE,
  questionById,
  questionsIn,
  valuesIn,
} from "~/domain/questionnaire";
import { RULES } from "~/domain/exposure";
import { TOPIC_IDS } from "~/domain/topics";

const STABLE_VALUE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Questions everyone can answer for sure, so "unsure" would only invite a non-answer. */
// Optional qualification questions need no "Not sure": skipping them says as much.
const NO_UNSURE_NEEDED = ["establishments", "employees", "sectors", "enquiryTrigger", "timeHorizon"];

describe("question bank", () => {
  it("has exactly the exported question ids, in form order", () => {
    expect(QUESTIONS.map((question) => question.id)).toEqual([...QUESTION_IDS]);
  });

  it("groups the questions into four steps: company, AI, data and security, cross-border trade", () => {
    expect(STEP_IDS).toEqual(["company", "ai-decisions", "data-products-security", "cross-border"]);
    expect(STEPS.map((step) => step.id)).toEqual([...STEP_IDS]);
    for (const step of STEPS) expect(step.questions.length).toBeGreaterThan(0);
  });

  it("keeps each step's questions together, so the form order is the step order", () => {
    const stepOrder = QUESTIONS.map((question) => STEP_IDS.indexOf(question.step));
    expect(stepOrder).toEqual([...stepOrder].sort((a, b) => a - b));
  });

  it("gives every question text and at least two options", () => {
    for (const question of QUESTIONS) {
      expect(question.text.length, question.id).toBeGreaterThan(10);
      expect(question.options.length, question.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("uses stable kebab-case option values, unique within each question, each with a label", () => {
    for (const question of QUESTIONS) {
      const values = question.options.map((option) => option.value);
      expect(new Set(values).size, question.id).toBe(values.length);
      for (const option of question.options) {
        expect(option.value, question.id).toMatch(STABLE_VALUE);
        expect(option.label.length, `${question.id}.${option.value}`).toBeGreaterThan(1);
      }
    }
  });

  it('offers "unsure" on every question a visitor could honestly not know', () => {
    for (const question of QUESTIONS) {
      if (NO_UNSURE_NEEDED.includes(question.id)) continue;
      expect(
        question.options.map((option) => option.value),
        question.id,
      ).toContain(UNSURE);
    }
  });

  it('offers "unsure" on every question that can appear conditionally, so an unsure answer can always be carried forward', () => {
    for (const question of QUESTIONS.filter((candidate) => candidate.visibleWhen)) {
      expect(
        question.options.map((option) => option.value),
        question.id,
      ).toContain(UNSURE);
    }
  });

  it("keeps optional questions out of every rule: skipping one can never change an assessment", () => {
    const optional = QUESTIONS.filter((question) => question.optional).map((question) => question.id);
    expect(optional).toEqual(["enquiryTrigger", "timeHorizon", "entityScope"]);
    for (const rule of RULES) for (const id of questionsIn(rule.when)) expect(optional, rule.id).not.toContain(id);
  });

  it('puts "none" only on multi-select questions', () => {
    for (const question of QUESTIONS) {
      if (question.options.some((option) => option.value === NONE)) expect(question.kind, question.id).toBe("multi");
    }
  });

  it("lets visibility conditions look only at earlier questions, so hidden answers drop out in one pass", () => {
    for (const [position, question] of QUESTIONS.entries()) {
      if (!question.visibleWhen) continue;
      for (const referenced of questionsIn(question.visibleWhen)) {
        expect(QUESTION_IDS.indexOf(referenced), `${question.id} looks at ${referenced}`).toBeLessThan(position);
      }
    }
  });

  it("refers only to existing options in visibility conditions", () => {
    for (const question of QUESTIONS) {
      if (!question.visibleWhen) continue;
      for (const { question: referenced, value } of valuesIn(question.visibleWhen)) {
        expect(
          questionById(referenced).options.map((option) => option.value),
          `${question.id} → ${referenced}`,
        ).toContain(value);
      }
    }
  });

  it("asks how much the system decides only when AI is used for decisions about people", () => {
    const condition = questionById("decisionRole").visibleWhen;
    expect(condition).toBeDefined();
    expect(questionsIn(condition!)).toEqual(["aiUses"]);
  });
});

describe("main concern question", () => {
  const question = questionById(MAIN_CONCERN_QUESTION_ID);

  it('is named "mainConcern", sits in the company step and takes several answers', () => {
    expect(MAIN_CONCERN_QUESTION_ID).toBe("mainConcern");
    expect(question.step).toBe("company");
    expect(question.kind).toBe("multi");
  });

  it('offers exactly the article topic ids plus "unsure"', () => {
    expect(question.options.map((option) => option.value)).toEqual([...TOPIC_IDS, UNSURE]);
  });

  it("is always shown, so the flow can pre-select it from ?topic=", () => {
    expect(question.visibleWhen).toBeUndefined();
  });
});
