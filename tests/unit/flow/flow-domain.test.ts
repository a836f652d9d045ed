import { describe, expect, it } from "vitest";
import { ContactSchema, normaliseEmail } from "~/domain/flow/contact";
import { REVIEW, canEnter, firstIncompleteStep, withStepAnswers } from "~/domain/flow/progress";
import { REFERENCE_PATTERN, publicReference } from "~/domain/flow/reference";
import { sourceFromParams } from "~/domain/flow/source";
import { checkSubmission } from "~/domain/flow/submission";
import { answersFixture, VALID_CONTACT } from "../../support/flow-client";

const bank = answersFixture("eu-bank-credit-scoring");

describe("draft progression", () => {
  it("starts at the first step", () => {
    expect(firstIncompleteStep({ answers: {}, contact: null })).toBe("company");
  });

  it("moves to the contact step once every questionnaire step is answered", () => {
    expect(firstIncompleteStep({ answers: bank, contact: null })).toBe("contact");
  });

  it("reaches the review once the contact step is valid", () => {
    expect(firstIncompleteStep({ answers: bank, contact: VALID_CONTACT })).toBe(REVIEW);
  });

  it("does not let a visitor enter a step past the first incomplete one", () => {
    const draft = { answers: {}, contact: null };
    expect(canEnter("company", draft)).toBe(true);
    expect(canEnter("cross-border", draft)).toBe(false);
    expect(canEnter(REVIEW, draft)).toBe(false);
  });

  it("reopens a step when a changed earlier answer reveals a new question there", () => {
    const rest: Record<string, unknown> = { ...bank, aiRoles: ["none"] };
    for (const hidden of ["aiUses", "gpaiModels", "prohibitedPractices", "decisionRole"]) delete rest[hidden];
    expect(firstIncompleteStep({ answers: rest, contact: VALID_CONTACT })).toBe(REVIEW);
    expect(firstIncompleteStep({ answers: { ...rest, aiRoles: ["deployer"] }, contact: VALID_CONTACT })).toBe(
      "ai-decisions",
    );
  });

  it("replaces one step's answers and keeps the others", () => {
    const updated = withStepAnswers(bank, "company", { employees: "10-49" });
    expect(updated.employees).toBe("10-49");
    expect(updated.markets).toBeUndefined();
    expect(updated.aiUses).toEqual(bank.aiUses);
  });
});

describe("checking a draft for the final submit", () => {
  it("passes a complete draft and hands back its parsed answers and contact details", () => {
    const check = checkSubmission({ answers: bank, contact: { ...VALID_CONTACT, email: " Ana@Bank.example " } });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.submission.answers.aiUses).toEqual(bank.aiUses);
    expect(check.submission.contact.email).toBe("Ana@Bank.example");
    expect(check.submission.contact.consent).toBe(true);
  });

  it("names the contact step when only the contact details are missing", () => {
    expect(checkSubmission({ answers: bank, contact: null })).toEqual({ ok: false, resumeAt: "contact" });
  });

  it("names the step whose question a changed earlier answer revealed", () => {
    const rest: Record<string, unknown> = { ...bank, aiRoles: ["deployer"] };
    for (const hidden of ["aiUses", "gpaiModels", "prohibitedPractices", "decisionRole"]) delete rest[hidden];
    expect(checkSubmission({ answers: rest, contact: VALID_CONTACT })).toEqual({ ok: false, resumeAt: "ai-decisions" });
  });

  it("refuses an answer that is not one of its question's options", () => {
    const check = checkSubmission({ answers: { ...bank, employees: "a million" }, contact: VALID_CONTACT });
    expect(check).toEqual({ ok: false, resumeAt: "company" });
  });
});

describe("the contact step", () => {
  it("accepts a complete form and reads the checkboxes", () => {
    const parsed = ContactSchema.parse({ ...VALID_CONTACT, marketingOptIn: "on" });
    expect(parsed).toMatchObject({ consent: true, marketingOptIn: true, email: VALID_CONTACT.email });
  });

  it("treats an empty phone and message as not given", () => {
    const parsed = ContactSchema.parse({ ...VALID_CONTACT, phone: "  ", message: "" });
    expect(parsed.phone).toBeUndefined();
    expect(parsed.message).toBeUndefined();
  });

  it("refuses a phone number with letters", () => {
    expect(ContactSchema.safeParse({ ...VALID_CONTACT, phone: "call me" }).error?.issues[0]?.path).toEqual(["phone"]);
  });

  it("keeps line breaks in the message", () => {
    expect(ContactSchema.parse(VALID_CONTACT).message).toContain("\n");
  });

  it("recognises the same person behind case and plus-tags", () => {
    expect(normaliseEmail(" Ada+News@Example.COM ")).toBe("ada@example.com");
  });
});

describe("public references", () => {
  it("look like ID-7K3F9Q and avoid letters that read as digits", () => {
    const reference = publicReference(new Uint8Array([0, 31, 18, 19, 24, 200, 7, 7]));
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference).toBe("ID-0ZJKR8");
  });
});

describe("where a visitor came from", () => {
  it("keeps a valid article, topic, utm tags and referrer", () => {
    const params = new URLSearchParams("from=nis2-basics&topic=nis2&utm_source=news&utm_medium=email");
    expect(sourceFromParams(params, "https://firm.example/insights/nis2-basics")).toEqual({
      article: "nis2-basics",
      topic: "nis2",
      utm: { utm_source: "news", utm_medium: "email" },
      referrer: "https://firm.example/insights/nis2-basics",
    });
  });

  it("drops malformed attribution instead of failing", () => {
    const params = new URLSearchParams("from=<script>&topic=astrology&utm_source=%00%01");
    expect(sourceFromParams(params, "javascript:alert(1)")).toEqual({
      article: null,
      topic: null,
      utm: {},
      referrer: null,
    });
  });
});
