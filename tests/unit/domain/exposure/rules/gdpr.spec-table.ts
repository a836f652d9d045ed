import type { AnswersInput } from "~/domain/questionnaire";
import type { RuleSpec } from "./rule-spec";

const EU_DATA = { establishments: ["eu-eea"], markets: ["eu-eea"], personalData: ["customers"] } satisfies AnswersInput;

export const GDPR_SPECS: readonly RuleSpec[] = [
  {
    rule: "GDPR-APPLIES",
    fires: [
      { when: "for an EU company holding customer data", answers: EU_DATA },
      {
        when: "for a US company serving people in the EU",
        answers: { establishments: ["us"], markets: ["eu-eea"], personalData: ["customers"] },
      },
      {
        when: 'as possible when the visitor is "unsure" where its customers are',
        answers: { establishments: ["us"], markets: ["unsure"], personalData: ["customers"] },
        as: "possible",
      },
    ],
    doesNotFire: [
      { when: "for an EU company that processes no personal data", answers: { ...EU_DATA, personalData: ["none"] } },
      {
        when: "for a company with no EU establishment or EU customers",
        answers: { establishments: ["us"], markets: ["us-other"], personalData: ["customers"] },
      },
    ],
  },
  {
    rule: "GDPR-ART22",
    fires: [
      {
        when: "for fully automated credit decisions",
        answers: { ...EU_DATA, aiRoles: ["deployer"], aiUses: ["credit-scoring"], decisionRole: "fully-automated" },
      },
      {
        when: "for a score that is the deciding factor even with a human sign-off (SCHUFA)",
        answers: { ...EU_DATA, aiRoles: ["deployer"], aiUses: ["credit-scoring"], decisionRole: "main-factor" },
      },
    ],
    doesNotFire: [
      {
        when: "when a person reviews each case independently",
        answers: { ...EU_DATA, aiRoles: ["deployer"], aiUses: ["credit-scoring"], decisionRole: "assists" },
      },
    ],
  },
  {
    rule: "GDPR-DPIA",
    fires: [
      {
        when: "for special-category data of 100,000 people or more",
        answers: { ...EU_DATA, personalData: ["special-categories"], dataSubjects: "100k-1m" },
      },
      {
        when: "for monitoring publicly accessible spaces",
        answers: { ...EU_DATA, personalData: ["public-monitoring"] },
      },
      { when: "for collecting biometric identifiers", answers: { ...EU_DATA, biometricData: "yes" } },
      {
        when: "for children's data at scale",
        answers: { ...EU_DATA, personalData: ["children"], dataSubjects: "over-1m" },
      },
    ],
    doesNotFire: [
      {
        when: "for special-category data of fewer than 100,000 people",
        answers: { ...EU_DATA, personalData: ["special-categories"], dataSubjects: "10k-100k" },
      },
      { when: "for ordinary customer data", answers: { ...EU_DATA, dataSubjects: "over-1m" } },
    ],
  },
  {
    rule: "GDPR-ART27",
    fires: [
      {
        when: "for a US company serving EU customers without an EU establishment",
        answers: { establishments: ["us"], markets: ["eu-eea"], personalData: ["customers"] },
      },
    ],
    doesNotFire: [
      {
        when: "for the same company once it has an EU subsidiary",
        answers: { establishments: ["us", "eu-eea"], markets: ["eu-eea"], personalData: ["customers"] },
      },
    ],
  },
];
