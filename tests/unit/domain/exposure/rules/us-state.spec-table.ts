import type { AnswersInput } from "~/domain/questionnaire";
import type { RuleSpec } from "./rule-spec";

const US = { establishments: ["us"] } satisfies AnswersInput;
const HIRER = { ...US, aiRoles: ["deployer"], aiUses: ["employment"] } satisfies AnswersInput;
const HIRING_VENDOR = { ...US, aiRoles: ["provider"], aiUses: ["employment"] } satisfies AnswersInput;
const CA_DATA = { ...US, markets: ["us-california"], personalData: ["customers"] } satisfies AnswersInput;

export const US_STATE_SPECS: readonly RuleSpec[] = [
  {
    rule: "NYC-AEDT-EMPLOYER",
    fires: [
      {
        when: "for an employer ranking New York City applicants mainly by an AI score",
        answers: { ...HIRER, markets: ["us-new-york-city"], decisionRole: "main-factor" },
      },
    ],
    doesNotFire: [
      {
        when: "when recruiters review every applicant independently (only possible)",
        answers: { ...HIRER, markets: ["us-new-york-city"], decisionRole: "assists" },
      },
      {
        when: "for applicants outside New York City",
        answers: { ...HIRER, markets: ["us-other"], decisionRole: "main-factor" },
      },
    ],
  },
  {
    rule: "NYC-AEDT-ASSISTS",
    fires: [
      {
        when: "for an assisting hiring tool used on New York City applicants",
        answers: { ...HIRER, markets: ["us-new-york-city"], decisionRole: "assists" },
      },
    ],
    doesNotFire: [
      {
        when: "for marketing personalisation in New York City",
        answers: { ...US, markets: ["us-new-york-city"], aiRoles: ["deployer"], aiUses: ["marketing"] },
      },
    ],
  },
  {
    rule: "NYC-AEDT-VENDOR",
    fires: [
      {
        when: "for a vendor whose CV screening is used for New York City applicants",
        answers: { ...HIRING_VENDOR, markets: ["us-new-york-city"] },
      },
    ],
    doesNotFire: [
      {
        when: "for the same vendor selling only in California",
        answers: { ...HIRING_VENDOR, markets: ["us-california"] },
      },
    ],
  },
  {
    rule: "CO-DEPLOYER",
    fires: [
      {
        when: "for a landlord screening Colorado tenants automatically",
        answers: {
          ...US,
          markets: ["us-colorado"],
          aiRoles: ["deployer"],
          aiUses: ["housing"],
          decisionRole: "fully-automated",
        },
      },
    ],
    doesNotFire: [
      {
        when: "for the same landlord outside Colorado",
        answers: {
          ...US,
          markets: ["us-other"],
          aiRoles: ["deployer"],
          aiUses: ["housing"],
          decisionRole: "fully-automated",
        },
      },
    ],
  },
  {
    rule: "CO-DEVELOPER",
    fires: [
      {
        when: "for a vendor of decisive credit scores used in Colorado",
        answers: {
          ...US,
          markets: ["us-colorado"],
          aiRoles: ["provider"],
          aiUses: ["credit-scoring"],
          decisionRole: "main-factor",
        },
      },
    ],
    doesNotFire: [
      {
        when: "for a vendor of scores that only assist a reviewer (only possible)",
        answers: {
          ...US,
          markets: ["us-colorado"],
          aiRoles: ["provider"],
          aiUses: ["credit-scoring"],
          decisionRole: "assists",
        },
      },
    ],
  },
  {
    rule: "CO-MATERIAL-INFLUENCE",
    fires: [
      {
        when: "for an assisting admissions tool used in Colorado",
        answers: {
          ...US,
          markets: ["us-colorado"],
          aiRoles: ["deployer"],
          aiUses: ["education"],
          decisionRole: "assists",
        },
      },
    ],
    doesNotFire: [
      {
        when: "for a recommendation engine in Colorado",
        answers: { ...US, markets: ["us-colorado"], aiRoles: ["deployer"], aiUses: ["marketing"] },
      },
    ],
  },
  {
    rule: "CCPA-BUSINESS",
    fires: [
      {
        when: "for a business with more than €25M turnover and Californian customers",
        answers: { ...CA_DATA, turnover: "25m-50m" },
      },
    ],
    doesNotFire: [
      {
        when: "for a small business holding data of 100,000 people or more (the limb counts data bought, sold or shared: R9)",
        answers: { ...CA_DATA, turnover: "up-to-10m", dataSubjects: "100k-1m" },
      },
      {
        when: "for a business under €10M turnover with fewer than 100,000 people",
        answers: { ...CA_DATA, turnover: "up-to-10m", dataSubjects: "10k-100k" },
      },
      {
        when: "for a large business with no Californian customers",
        answers: { ...US, markets: ["us-other"], personalData: ["customers"], turnover: "over-150m" },
      },
    ],
  },
  {
    rule: "CCPA-NEAR-THRESHOLD",
    fires: [
      {
        when: "for €10–25M turnover, which straddles the dollar threshold",
        answers: { ...CA_DATA, turnover: "10m-25m" },
      },
      {
        when: "for a small business holding data of 100,000 people or more, whose data may be bought, sold or shared (R9)",
        answers: { ...CA_DATA, turnover: "up-to-10m", dataSubjects: "100k-1m" },
      },
    ],
    doesNotFire: [{ when: "for turnover up to €10M", answers: { ...CA_DATA, turnover: "up-to-10m" } }],
  },
  {
    rule: "CCPA-RISK-ASSESSMENT",
    fires: [
      {
        when: "for a CCPA business processing health data",
        answers: { ...CA_DATA, turnover: "over-150m", personalData: ["special-categories"] },
      },
      {
        when: "for a CCPA business whose ADMT decides on loans",
        answers: {
          ...CA_DATA,
          turnover: "over-150m",
          aiRoles: ["deployer"],
          aiUses: ["credit-scoring"],
          decisionRole: "fully-automated",
        },
      },
    ],
    doesNotFire: [
      { when: "for a CCPA business with ordinary customer data", answers: { ...CA_DATA, turnover: "over-150m" } },
    ],
  },
  {
    rule: "CA-ADMT",
    fires: [
      {
        when: "for a CCPA business whose hiring ADMT is the main factor",
        answers: {
          ...CA_DATA,
          turnover: "over-150m",
          aiRoles: ["deployer"],
          aiUses: ["employment"],
          decisionRole: "main-factor",
        },
      },
    ],
    doesNotFire: [
      {
        when: "when a person reviews independently (only possible)",
        answers: {
          ...CA_DATA,
          turnover: "over-150m",
          aiRoles: ["deployer"],
          aiUses: ["employment"],
          decisionRole: "assists",
        },
      },
      {
        when: "for insurance pricing, which the CPPA rules leave out",
        answers: {
          ...CA_DATA,
          turnover: "over-150m",
          aiRoles: ["deployer"],
          aiUses: ["insurance-pricing"],
          decisionRole: "fully-automated",
        },
      },
    ],
  },
  {
    rule: "CA-ADMT-POSSIBLE",
    fires: [
      {
        when: "for an assisting tenant-screening tool of a CCPA business",
        answers: {
          ...CA_DATA,
          turnover: "over-150m",
          aiRoles: ["deployer"],
          aiUses: ["housing"],
          decisionRole: "assists",
        },
      },
    ],
    doesNotFire: [
      {
        when: "for a business below the CCPA thresholds",
        answers: {
          ...CA_DATA,
          turnover: "up-to-10m",
          dataSubjects: "under-10k",
          aiRoles: ["deployer"],
          aiUses: ["housing"],
        },
      },
    ],
  },
  {
    rule: "CA-FEHA-EMPLOYER",
    fires: [
      {
        when: "for an employer of 10 or more using AI on Californian applicants",
        answers: { ...HIRER, markets: ["us-california"], employees: "10-49" },
      },
    ],
    doesNotFire: [
      {
        when: "for an employer of fewer than 10 (only possible; the line is five)",
        answers: { ...HIRER, markets: ["us-california"], employees: "under-10" },
      },
    ],
  },
  {
    rule: "CA-FEHA-SMALL-EMPLOYER",
    fires: [
      {
        when: "for a very small employer using AI on Californian applicants",
        answers: { ...HIRER, markets: ["us-california"], employees: "under-10" },
      },
    ],
    doesNotFire: [
      {
        when: "for applicants outside California",
        answers: { ...HIRER, markets: ["us-other"], employees: "under-10" },
      },
    ],
  },
  {
    rule: "CA-FEHA-AGENT",
    fires: [
      {
        when: "for a vendor screening Californian applicants for employers",
        answers: { ...HIRING_VENDOR, markets: ["us-california"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a vendor of chatbots",
        answers: { ...US, markets: ["us-california"], aiRoles: ["provider"], aiUses: ["chatbot"] },
      },
    ],
  },
  {
    rule: "IL-HB3773-EMPLOYER",
    fires: [
      {
        when: "for an employer using AI on Illinois applicants, however it decides",
        answers: { ...HIRER, markets: ["us-illinois"], decisionRole: "assists" },
      },
    ],
    doesNotFire: [
      {
        when: "for AI used only on credit decisions in Illinois",
        answers: { ...US, markets: ["us-illinois"], aiRoles: ["deployer"], aiUses: ["credit-scoring"] },
      },
    ],
  },
  {
    rule: "IL-HB3773-VENDOR",
    fires: [
      { when: "for a vendor of hiring AI used in Illinois", answers: { ...HIRING_VENDOR, markets: ["us-illinois"] } },
    ],
    doesNotFire: [
      { when: "for a vendor of hiring AI not used in Illinois", answers: { ...HIRING_VENDOR, markets: ["us-other"] } },
    ],
  },
  {
    rule: "IL-BIPA-NO-RELEASE",
    fires: [
      {
        when: "for fingerprints taken in Illinois without signed written releases",
        answers: {
          ...US,
          markets: ["us-illinois"],
          personalData: ["customers"],
          biometricData: "yes",
          biometricRelease: "no",
        },
      },
      {
        when: 'as possible when the visitor is "unsure" about the releases',
        answers: {
          ...US,
          markets: ["us-illinois"],
          personalData: ["customers"],
          biometricData: "yes",
          biometricRelease: "unsure",
        },
        as: "possible",
      },
    ],
    doesNotFire: [
      {
        when: "when every person signed a release before collection",
        answers: {
          ...US,
          markets: ["us-illinois"],
          personalData: ["customers"],
          biometricData: "yes",
          biometricRelease: "yes",
        },
      },
    ],
  },
  {
    rule: "IL-BIPA",
    fires: [
      {
        when: "for fingerprint time clocks in Illinois",
        answers: { ...US, markets: ["us-illinois"], personalData: ["employees"], biometricData: "yes" },
      },
      {
        when: 'as possible when the visitor is "unsure" about biometrics',
        answers: { ...US, markets: ["us-illinois"], personalData: ["employees"], biometricData: "unsure" },
        as: "possible",
      },
    ],
    doesNotFire: [
      {
        when: "when no biometric identifiers are collected",
        answers: { ...US, markets: ["us-illinois"], personalData: ["employees"], biometricData: "no" },
      },
      {
        when: "for biometrics collected outside Illinois",
        answers: { ...US, markets: ["us-other"], personalData: ["employees"], biometricData: "yes" },
      },
    ],
  },
  {
    rule: "IL-BIPA-AI",
    fires: [
      {
        when: "for face recognition AI used on people in Illinois",
        answers: { ...US, markets: ["us-illinois"], aiRoles: ["deployer"], aiUses: ["biometrics"] },
      },
    ],
    doesNotFire: [
      {
        when: "for the same AI used elsewhere",
        answers: { ...US, markets: ["us-other"], aiRoles: ["deployer"], aiUses: ["biometrics"] },
      },
    ],
  },
  {
    rule: "TX-BANNED-PRACTICE",
    fires: [
      {
        when: "for a generator of non-consensual sexual imagery offered in Texas",
        answers: { ...US, markets: ["us-texas"], aiRoles: ["provider"], prohibitedPractices: ["intimate-imagery"] },
      },
      {
        when: "for social scoring by a Texas public body",
        answers: {
          ...US,
          markets: ["us-texas"],
          sectors: ["public-sector"],
          aiRoles: ["deployer"],
          prohibitedPractices: ["social-scoring"],
        },
      },
    ],
    doesNotFire: [
      {
        when: "for social scoring by a private firm (the ban binds governmental entities only: R8)",
        answers: { ...US, markets: ["us-texas"], aiRoles: ["provider"], prohibitedPractices: ["social-scoring"] },
      },
      {
        when: "for AI ticked as manipulative in the EU sense (Texas bans intent to incite harm: R8)",
        answers: { ...US, markets: ["us-texas"], aiRoles: ["provider"], prohibitedPractices: ["manipulation"] },
      },
      {
        when: "when no banned practice is ticked",
        answers: { ...US, markets: ["us-texas"], aiRoles: ["provider"], prohibitedPractices: ["none"] },
      },
      {
        when: "for the practice outside Texas",
        answers: { ...US, markets: ["us-other"], aiRoles: ["provider"], prohibitedPractices: ["intimate-imagery"] },
      },
    ],
  },
  {
    rule: "TX-MANIPULATION",
    fires: [
      {
        when: "for AI ticked as manipulative, offered in Texas",
        answers: { ...US, markets: ["us-texas"], aiRoles: ["provider"], prohibitedPractices: ["manipulation"] },
      },
    ],
    doesNotFire: [
      {
        when: "for the practice outside Texas",
        answers: { ...US, markets: ["us-other"], aiRoles: ["provider"], prohibitedPractices: ["manipulation"] },
      },
    ],
  },
  {
    rule: "TX-DISCLOSURE",
    fires: [
      {
        when: "for a Texas public body using AI",
        answers: { ...US, markets: ["us-texas"], sectors: ["public-sector"], aiRoles: ["deployer"] },
      },
      {
        when: "for AI in health care decisions in Texas",
        answers: { ...US, markets: ["us-texas"], aiRoles: ["deployer"], aiUses: ["healthcare"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a private retailer's chatbot in Texas",
        answers: { ...US, markets: ["us-texas"], aiRoles: ["deployer"], aiUses: ["chatbot"] },
      },
    ],
  },
  {
    rule: "TX-AI-USE",
    fires: [{ when: "for any AI use in Texas", answers: { ...US, markets: ["us-texas"], aiRoles: ["deployer"] } }],
    doesNotFire: [
      { when: "for a Texas business without AI", answers: { ...US, markets: ["us-texas"], aiRoles: ["none"] } },
    ],
  },
];

/** A US consumer business with customers in states that have privacy laws. */
const STATE_CONSUMERS = {
  ...US,
  markets: ["us-colorado", "us-other"],
  personalData: ["customers"],
} satisfies AnswersInput;

export const US_STATE_PRIVACY_SPECS: readonly RuleSpec[] = [
  {
    rule: "US-PRIVACY-SENSITIVE",
    fires: [
      {
        when: "for a health app with 100,000 Colorado consumers",
        answers: {
          ...STATE_CONSUMERS,
          personalData: ["customers", "special-categories"],
          usStateConsumers: "100k-plus",
        },
      },
      {
        when: "for a children's service, only possibly when the consumer count is unsure",
        answers: { ...STATE_CONSUMERS, personalData: ["customers", "children"], usStateConsumers: "unsure" },
        as: "possible",
      },
    ],
    doesNotFire: [
      {
        when: "for a health app just under 100,000 consumers in every state",
        answers: {
          ...STATE_CONSUMERS,
          personalData: ["customers", "special-categories"],
          usStateConsumers: "25k-100k",
        },
      },
      {
        when: "for 100,000 consumers whose data is not sensitive",
        answers: { ...STATE_CONSUMERS, usStateConsumers: "100k-plus" },
      },
    ],
  },
  {
    rule: "US-PRIVACY-CONTROLLER",
    fires: [
      {
        when: "from 100,000 consumers in one privacy-law state",
        answers: { ...STATE_CONSUMERS, usStateConsumers: "100k-plus" },
      },
    ],
    doesNotFire: [
      {
        when: "below 100,000 consumers in every such state",
        answers: { ...STATE_CONSUMERS, usStateConsumers: "25k-100k" },
      },
      {
        when: "for consumers in California only (the CCPA's own rules decide)",
        answers: { ...US, markets: ["us-california"], personalData: ["customers"], dataSubjects: "over-1m" },
      },
    ],
  },
  {
    rule: "US-PRIVACY-SALE-THRESHOLD",
    fires: [
      {
        when: "from 25,000 consumers, where revenue from selling data would decide",
        answers: { ...STATE_CONSUMERS, usStateConsumers: "25k-100k" },
      },
    ],
    doesNotFire: [
      {
        when: "below 25,000 consumers in every such state",
        answers: { ...STATE_CONSUMERS, usStateConsumers: "under-25k" },
      },
    ],
  },
  {
    rule: "US-PRIVACY-TEXAS",
    fires: [
      {
        when: "for a business with a few Texas consumers (Texas has no consumer threshold)",
        answers: { ...US, markets: ["us-texas"], personalData: ["customers"], usStateConsumers: "under-25k" },
      },
    ],
    doesNotFire: [
      {
        when: "for a firm whose Texas customers are all businesses",
        answers: {
          ...US,
          markets: ["us-texas"],
          personalData: ["customers", "employees"],
          usStateConsumers: "no-consumers",
        },
      },
      {
        when: "for consumers in other states only",
        answers: { ...STATE_CONSUMERS, usStateConsumers: "under-25k" },
      },
    ],
  },
];
