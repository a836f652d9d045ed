import { all, any, is, named } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import {
  AI_DEPLOYER,
  AI_VENDOR,
  CONSEQUENTIAL_USE,
  DECISIVE,
  HIRING,
  PERSONAL_DATA,
  PUBLIC_BODY,
  SIGNIFICANT_DECISION_USE,
  SUBJECTS_100K_PLUS,
  USES_AI,
} from "./predicates";

const NYC = named("New York City", is("markets", "us-new-york-city"));
const COLORADO = named("Colorado", is("markets", "us-colorado"));
const CALIFORNIA = named("California", is("markets", "us-california"));
const ILLINOIS = named("Illinois", is("markets", "us-illinois"));
const TEXAS = named("Texas", is("markets", "us-texas"));

/**
 * CCPA "business" (Civ. Code § 1798.140(d)(1)): more than $26.6M revenue (≈ the €25M band); or
 * buying, selling or sharing the personal information of 100,000+ California consumers or
 * households; or half its revenue from selling or sharing it. Only the revenue limb is asked
 * well enough for "likely"; the form counts everyone processed, not Californians whose data is
 * bought, sold or shared (review R9), so a large count gives "possible", as does revenue between
 * €10M and €25M, which straddles the dollar threshold.
 */
const CCPA_THRESHOLD = named("CCPA revenue threshold", is("turnover", "25m-50m", "50m-150m", "over-150m"));
const CCPA_BUSINESS = named("CCPA business", all(CALIFORNIA, PERSONAL_DATA, CCPA_THRESHOLD));
const CCPA_MAYBE = named(
  "CCPA business or near threshold",
  all(CALIFORNIA, PERSONAL_DATA, any(CCPA_THRESHOLD, is("turnover", "10m-25m"), SUBJECTS_100K_PLUS))
);

const NYC_EMPLOYER_DUTIES = [
  "An independent bias audit of the tool no more than a year old, with impact ratios by sex and race or ethnicity (§ 20-871)",
  "Publish a summary of the audit results and the tool's distribution date",
  "Notify candidates and employees at least 10 business days before use, with an alternative process on request",
];

export const NYC_RULES = [
  {
    id: "NYC-AEDT-EMPLOYER",
    regime: "nyc-ll144",
    tier: "employer-aedt",
    tierLabel: "Employer or agency using an automated employment decision tool",
    when: all(NYC, HIRING, AI_DEPLOYER, DECISIVE),
    status: "likely",
    severity: 0.4,
    appliesFrom: "nyc-ll144",
    obligations: NYC_EMPLOYER_DUTIES,
  },
  {
    id: "NYC-AEDT-ASSISTS",
    regime: "nyc-ll144",
    tier: "employer-aedt",
    tierLabel: "Employer or agency using a hiring tool that may count as an AEDT",
    when: all(NYC, HIRING, AI_DEPLOYER),
    status: "possible",
    severity: 0.4,
    appliesFrom: "nyc-ll144",
    obligations: [
      "Check whether the tool's output substantially assists the decision (sole, most-weighted, or overriding criterion); if so, the audit and notice duties apply",
      ...NYC_EMPLOYER_DUTIES,
    ],
  },
  {
    id: "NYC-AEDT-VENDOR",
    regime: "nyc-ll144",
    tier: "aedt-vendor",
    tierLabel: "Vendor of hiring tools used for New York City candidates",
    when: all(NYC, HIRING, AI_VENDOR),
    status: "possible",
    severity: 0.4,
    appliesFrom: "nyc-ll144",
    obligations: [
      "Customers in New York City need an independent bias audit of your tool; audits based on historical data from several employers are allowed",
    ],
    note: "The law binds employers and agencies; vendors feel it through their customers.",
  },
] as const satisfies readonly RuleDefinition[];

export const COLORADO_RULES = [
  {
    id: "CO-DEPLOYER",
    regime: "colorado-ai",
    tier: "deployer",
    tierLabel: "Deployer of an automated decision system for consequential decisions",
    when: all(COLORADO, CONSEQUENTIAL_USE, AI_DEPLOYER, DECISIVE),
    status: "likely",
    severity: 0.6,
    appliesFrom: "co-sb26-189",
    obligations: [
      "Notify consumers before a consequential decision is made with the system",
      "Explain an adverse decision within 30 days, and offer correction of data and human review",
      "Keep records for three years; follow the Attorney General's rules once adopted",
    ],
    confidence: "medium",
    note: "The Attorney General's rules are still pending.",
  },
  {
    id: "CO-DEVELOPER",
    regime: "colorado-ai",
    tier: "developer",
    tierLabel: "Developer of an automated decision system for consequential decisions",
    when: all(COLORADO, CONSEQUENTIAL_USE, AI_VENDOR, DECISIVE),
    status: "likely",
    severity: 0.6,
    appliesFrom: "co-sb26-189",
    obligations: [
      "Give deployers the documentation they need: intended uses, known limitations, data used and evaluation results",
    ],
    confidence: "medium",
    note: "The Attorney General's rules are still pending.",
  },
  {
    id: "CO-MATERIAL-INFLUENCE",
    regime: "colorado-ai",
    tier: "deployer",
    tierLabel: "AI in consequential decisions that may 'materially influence' them",
    when: all(COLORADO, CONSEQUENTIAL_USE, USES_AI),
    status: "possible",
    severity: 0.6,
    appliesFrom: "co-sb26-189",
    obligations: [
      "Assess whether the system materially influences the decision; if so, the notice, explanation and review duties apply",
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const CALIFORNIA_RULES = [
  {
    id: "CCPA-RISK-ASSESSMENT",
    regime: "ca-ccpa",
    tier: "business-risk-assessment",
    tierLabel: "CCPA business with processing that needs a risk assessment",
    when: all(
      CCPA_BUSINESS,
      any(is("personalData", "special-categories", "children"), all(SIGNIFICANT_DECISION_USE, AI_DEPLOYER, DECISIVE))
    ),
    status: "likely",
    severity: 0.55,
    appliesFrom: "ca-cppa-regs",
    alsoDates: ["ca-risk-submission"],
    obligations: [
      "Risk assessments for processing sensitive personal information or using ADMT for significant decisions, with summaries filed with the CPPA from 1 April 2028",
      "Privacy notices, opt-outs of sale, sharing and sensitive-data use, and consumer rights requests (Civ. Code §§ 1798.100–1798.135)",
    ],
    confidence: "medium",
    note: "Decided by revenue; the other limbs (data of 100,000+ Californians bought, sold or shared, or half of revenue from it) are not asked.",
  },
  {
    id: "CCPA-BUSINESS",
    regime: "ca-ccpa",
    tier: "business",
    tierLabel: "CCPA business",
    when: CCPA_BUSINESS,
    status: "likely",
    severity: 0.5,
    appliesFrom: "ccpa",
    obligations: [
      "Privacy notices, opt-outs of sale, sharing and sensitive-data use, and consumer rights requests (Civ. Code §§ 1798.100–1798.135)",
      "Contracts with service providers and reasonable security",
    ],
    note: "Decided by revenue; the other limbs (data of 100,000+ Californians bought, sold or shared, or half of revenue from it) are not asked.",
  },
  {
    id: "CCPA-NEAR-THRESHOLD",
    regime: "ca-ccpa",
    tier: "business",
    tierLabel: "Possible CCPA business (revenue near the threshold, or many people's data)",
    when: all(CALIFORNIA, PERSONAL_DATA, any(is("turnover", "10m-25m"), SUBJECTS_100K_PLUS)),
    status: "possible",
    severity: 0.5,
    appliesFrom: "ccpa",
    obligations: [
      "Check last year's revenue in dollars against the inflation-adjusted threshold (about $26.6M)",
      "Count the California consumers or households whose personal information you buy, sell or share for cross-context advertising each year: 100,000 or more makes you a business (Civ. Code § 1798.140(d)(1)(B))",
    ],
  },
  {
    id: "CA-ADMT",
    regime: "ca-admt",
    tier: "admt-significant-decisions",
    tierLabel: "Business using ADMT for significant decisions",
    when: all(CCPA_BUSINESS, SIGNIFICANT_DECISION_USE, AI_DEPLOYER, DECISIVE),
    status: "likely",
    severity: 0.6,
    appliesFrom: "ca-admt",
    obligations: [
      "A pre-use notice explaining the ADMT and its purpose",
      "An opt-out, or a human appeal where the exceptions allow it",
      "Answer access requests about how the ADMT reached a decision",
    ],
  },
  {
    id: "CA-ADMT-POSSIBLE",
    regime: "ca-admt",
    tier: "admt-significant-decisions",
    tierLabel: "ADMT in significant decisions (may substantially replace human decision-making)",
    when: all(CCPA_MAYBE, SIGNIFICANT_DECISION_USE, USES_AI),
    status: "possible",
    severity: 0.6,
    appliesFrom: "ca-admt",
    obligations: [
      "Assess whether the technology substantially replaces human decision-making; if so, notice, opt-out and access duties apply",
    ],
  },
  {
    id: "CA-FEHA-EMPLOYER",
    regime: "ca-feha",
    tier: "employer",
    tierLabel: "Employer using automated-decision systems in employment",
    when: all(CALIFORNIA, HIRING, AI_DEPLOYER, is("employees", "10-49", "50-249", "250-749", "750-plus")),
    status: "likely",
    severity: 0.7,
    appliesFrom: "ca-feha-ads",
    obligations: [
      "Do not use automated-decision systems that discriminate on protected traits; anti-bias testing is your main defence",
      "Keep automated-decision data and records for four years",
    ],
  },
  {
    id: "CA-FEHA-SMALL-EMPLOYER",
    regime: "ca-feha",
    tier: "employer",
    tierLabel: "Small employer using automated-decision systems (FEHA applies from five employees)",
    when: all(CALIFORNIA, HIRING, AI_DEPLOYER),
    status: "possible",
    severity: 0.7,
    appliesFrom: "ca-feha-ads",
    obligations: ["Count your employees: from five, the FEHA rules on automated-decision systems apply"],
  },
  {
    id: "CA-FEHA-AGENT",
    regime: "ca-feha",
    tier: "agent",
    tierLabel: "Vendor screening or ranking candidates for employers (an 'agent' under FEHA)",
    // The 2025 regulations treat a third party that screens or ranks applicants for an employer
    // as the employer's agent, and so as an employer itself.
    when: all(CALIFORNIA, HIRING, AI_VENDOR),
    status: "likely",
    severity: 0.7,
    appliesFrom: "ca-feha-ads",
    obligations: [
      "As an agent you carry the employer's duties: no discriminatory automated-decision systems, anti-bias testing as your main defence",
      "Keep automated-decision data and records for four years",
    ],
    confidence: "medium",
    note: "Agent status depends on how far the tool performs screening or ranking for the employer.",
  },
] as const satisfies readonly RuleDefinition[];

export const ILLINOIS_RULES = [
  {
    id: "IL-HB3773-EMPLOYER",
    regime: "il-hb3773",
    tier: "employer",
    tierLabel: "Employer using AI in employment decisions",
    when: all(ILLINOIS, HIRING, AI_DEPLOYER),
    status: "likely",
    severity: 0.6,
    appliesFrom: "il-hb3773",
    obligations: [
      "Tell employees and applicants when AI is used in recruitment, hiring, promotion, discipline or discharge",
      "Do not use AI with a discriminatory effect, and do not use ZIP codes as a proxy for protected classes",
    ],
  },
  {
    id: "IL-HB3773-VENDOR",
    regime: "il-hb3773",
    tier: "vendor",
    tierLabel: "Vendor of AI used by Illinois employers",
    when: all(ILLINOIS, HIRING, AI_VENDOR),
    status: "possible",
    severity: 0.6,
    appliesFrom: "il-hb3773",
    obligations: [
      "Your Illinois customers must give notice and avoid discriminatory effects; expect contractual warranties and testing evidence",
    ],
  },
  {
    id: "IL-BIPA-NO-RELEASE",
    regime: "il-bipa",
    tier: "biometric-collector-without-release",
    tierLabel: "Biometric identifiers collected in Illinois without a written release (probable present violation)",
    // 740 ILCS 14/15(b) and 14/20: $1,000 per negligent and $5,000 per intentional or reckless
    // violation, counted per person since SB 2979 (2024), in private suits.
    when: all(ILLINOIS, is("biometricData", "yes"), is("biometricRelease", "no")),
    status: "likely",
    severity: 1,
    appliesFrom: "il-bipa",
    obligations: [
      "Stop collecting until every person has been informed in writing and has signed a written release (§ 15(b)); take legal advice on past collection now",
      "A public retention and destruction policy (§ 15(a)); no selling or profiting from biometrics (§ 15(c))",
    ],
  },
  {
    id: "IL-BIPA",
    regime: "il-bipa",
    tier: "biometric-collector",
    tierLabel: "Collector of biometric identifiers",
    when: all(ILLINOIS, is("biometricData", "yes")),
    status: "likely",
    severity: 0.9,
    appliesFrom: "il-bipa",
    obligations: [
      "Written notice and a signed written release before collecting biometrics (§ 15(b))",
      "A public retention and destruction policy (§ 15(a)); no selling or profiting from biometrics (§ 15(c))",
    ],
  },
  {
    id: "IL-BIPA-AI",
    regime: "il-bipa",
    tier: "biometric-collector",
    tierLabel: "Biometric AI used on people in Illinois",
    when: all(ILLINOIS, is("aiUses", "biometrics")),
    status: "possible",
    severity: 0.9,
    appliesFrom: "il-bipa",
    obligations: [
      "Check whether the system captures face geometry or other biometric identifiers of people in Illinois; if so, notice and written release come first",
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const TEXAS_RULES = [
  {
    id: "TX-BANNED-PRACTICE",
    regime: "tx-traiga",
    tier: "banned-practice",
    tierLabel: "AI practice banned in Texas",
    // Review R8: TRAIGA's social-scoring ban binds governmental entities only (HB 149, Bus. &
    // Com. Code ch. 552); its sexual-content ban covers AI developed or distributed to produce
    // sexual deepfakes of real people or child sexual abuse material.
    when: all(TEXAS, any(is("prohibitedPractices", "intimate-imagery"), all(is("prohibitedPractices", "social-scoring"), PUBLIC_BODY))),
    status: "likely",
    severity: 0.6,
    appliesFrom: "tx-traiga",
    obligations: [
      "Stop developing or distributing AI to produce sexual deepfakes of real people or child sexual abuse material; government bodies may not use AI for social scoring",
    ],
    confidence: "medium",
    note: "TRAIGA's bans turn on the intent behind a system; a missing safeguard alone may not meet them.",
  },
  {
    id: "TX-MANIPULATION",
    regime: "tx-traiga",
    tier: "banned-practice",
    tierLabel: "AI that may be intended to incite harm (Texas intent-based ban)",
    // TRAIGA bans AI intended to incite self-harm, harm to others or crime, which is narrower
    // than the EU wording of the "manipulation" option; hence only possible.
    when: all(TEXAS, is("prohibitedPractices", "manipulation")),
    status: "possible",
    severity: 0.6,
    appliesFrom: "tx-traiga",
    obligations: [
      "Check whether any system is intended to incite or encourage self-harm, harm to others or criminal activity; Texas bans developing or deploying AI for that purpose",
    ],
  },
  {
    id: "TX-DISCLOSURE",
    regime: "tx-traiga",
    tier: "disclosure",
    tierLabel: "Government body or health care provider using AI with people",
    when: all(TEXAS, USES_AI, any(PUBLIC_BODY, is("aiUses", "healthcare"))),
    status: "likely",
    severity: 0.4,
    appliesFrom: "tx-traiga",
    obligations: ["Tell people clearly, before or at the time of interaction, that they are dealing with AI"],
  },
  {
    id: "TX-AI-USE",
    regime: "tx-traiga",
    tier: "developer-deployer",
    tierLabel: "Developer or deployer of AI in Texas (intent-based bans)",
    when: all(TEXAS, USES_AI),
    status: "possible",
    severity: 0.4,
    appliesFrom: "tx-traiga",
    obligations: [
      "Check that no system is intended for a banned purpose, and keep the evidence: the Attorney General can demand it",
    ],
  },
] as const satisfies readonly RuleDefinition[];
