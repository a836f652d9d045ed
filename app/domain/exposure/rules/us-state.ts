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
  all(CALIFORNIA, PERSONAL_DATA, any(CCPA_THRESHOLD, is("turnover", "10m-25m"), SUBJECTS_100K_PLUS)),
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
      any(is("personalData", "special-categories", "children"), all(SIGNIFICANT_DECISION_USE, AI_DEPLOYER, DECISIVE)),
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
    when: all(
      TEXAS,
      any(is("prohibitedPractices", "intimate-imagery"), all(is("prohibitedPractices", "social-scoring"), PUBLIC_BODY)),
    ),
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

/**
 * The comprehensive state privacy laws outside California follow one model (Virginia's, 2021):
 * a controller is covered from 100,000 consumers resident in the state a year, or 25,000 with a
 * share of revenue from selling personal data (50% in Virginia, Utah and Iowa, 25% in Connecticut,
 * Oregon and Minnesota, any revenue or discount in Colorado and New Jersey). Delaware and Rhode
 * Island start at 35,000 (Del. Code tit. 6 § 12D-103(a); R.I. Gen. Laws § 6-48.1-4(a)); New
 * Hampshire's and Maryland's thresholds are not stated, for want of their statute text, so the
 * obligation sends the consultant to those acts. Montana starts at 25,000 (or 15,000 with more
 * than 25% of gross revenue from sales) since SB 297 of 2025, in force 1 October 2025 (Mont. Code
 * Ann. § 30-14-2803(1)). Tennessee needs revenue above $25M and 175,000 consumers in a year, or
 * 25,000 with more than half of gross revenue from sales (Tenn. Code § 47-18-3202). Texas and
 * Nebraska have no number but exempt small businesses as the US SBA defines them. Consumers
 * exclude people acting in a business or employment context, which is why `usStateConsumers`
 * asks for them separately.
 */
const PRIVACY_LAW_STATES = named(
  "US states with a comprehensive privacy law",
  is("markets", "us-colorado", "us-texas", "us-other"),
);
const STATE_CONSUMERS_100K = named("100,000+ consumers in a privacy-law state", is("usStateConsumers", "100k-plus"));
const STATE_CONTROLLER = named("controller under a state privacy law", all(PRIVACY_LAW_STATES, STATE_CONSUMERS_100K));
const STATE_CONSUMER_DATA = named(
  "consumers in a privacy-law state",
  is("usStateConsumers", "under-25k", "25k-100k", "100k-plus"),
);

/** Every state act's start, so the finding can show which laws are in force. */
const STATE_PRIVACY_LATER_DATES = [
  "us-cpa-ctdpa",
  "us-ucpa",
  "us-tdpsa-ocpa",
  "us-privacy-2025",
  "us-tn-mn-privacy",
  "us-md-privacy",
  "us-privacy-2026",
] as const;

const STATE_CONTROLLER_DUTIES = [
  "A privacy notice, and consumer rights to access, correct, delete and port their data, answered within 45 days with an appeal",
  "Opt-outs of targeted advertising, the sale of personal data and profiling for decisions with legal or similarly significant effects; honour universal opt-out signals such as Global Privacy Control where a state's act requires it (Colorado's does, with the technical rules in 4 CCR 904-3, Part 5): check the act of each state where you have consumers",
  "Data protection assessments before targeted advertising, selling data, risky profiling or processing sensitive data (not required in Utah or Iowa)",
  "Contracts with processors, data minimisation and reasonable security",
];

export const US_STATE_PRIVACY_RULES = [
  {
    id: "US-PRIVACY-SENSITIVE",
    regime: "us-state-privacy",
    tier: "controller-sensitive-data",
    tierLabel: "Controller under US state privacy laws processing sensitive data or children's data",
    when: all(STATE_CONTROLLER, is("personalData", "special-categories", "children")),
    status: "likely",
    severity: 0.55,
    appliesFrom: "us-vcdpa",
    alsoDates: STATE_PRIVACY_LATER_DATES,
    obligations: [
      "Opt-in consent before processing sensitive data (health, biometric, genetic, racial or ethnic origin, religion, sexual orientation, precise geolocation, a known child's data), and a data protection assessment for it; Utah and Iowa ask only for notice and an opt-out",
      "Maryland: collect sensitive data only where strictly necessary for the service requested, and never sell it",
      ...STATE_CONTROLLER_DUTIES,
    ],
    confidence: "medium",
    note: "Which states' laws apply depends on where the consumers live; the form asks only the largest count in one state.",
  },
  {
    id: "US-PRIVACY-CONTROLLER",
    regime: "us-state-privacy",
    tier: "controller",
    tierLabel: "Controller under US state privacy laws (100,000+ consumers in a state)",
    when: STATE_CONTROLLER,
    status: "likely",
    severity: 0.5,
    appliesFrom: "us-vcdpa",
    alsoDates: STATE_PRIVACY_LATER_DATES,
    obligations: STATE_CONTROLLER_DUTIES,
    confidence: "medium",
    note: "Utah also needs annual revenue of $25M or more, and Tennessee revenue above $25M with 175,000 consumers in a year (Tenn. Code § 47-18-3202); the other states need only the consumer count.",
  },
  {
    id: "US-PRIVACY-SALE-THRESHOLD",
    regime: "us-state-privacy",
    tier: "controller",
    tierLabel: "Possible controller under US state privacy laws (25,000 to 100,000 consumers in a state)",
    when: all(PRIVACY_LAW_STATES, is("usStateConsumers", "25k-100k")),
    status: "possible",
    severity: 0.5,
    appliesFrom: "us-vcdpa",
    alsoDates: STATE_PRIVACY_LATER_DATES,
    obligations: [
      "Check the share of revenue you get from selling personal data: from 25,000 consumers it makes you a controller (half of revenue in Virginia, Utah and Iowa, a quarter in Connecticut, Oregon and Minnesota, any revenue or discount in Colorado and New Jersey)",
      "Count consumers in Delaware and Rhode Island: their acts apply from 35,000 whatever the revenue (Del. Code tit. 6 § 12D-103(a)(1); R.I. Gen. Laws § 6-48.1-4(a)(1)); check the thresholds in New Hampshire's act (RSA 507-H) and Maryland's (Md. Code, Com. Law § 14-4601 et seq.) too",
      "Count consumers in Montana: since 1 October 2025 its act applies from 25,000 whatever the revenue (Mont. Code Ann. § 30-14-2803(1), as amended by SB 297)",
    ],
  },
  {
    id: "US-PRIVACY-TEXAS",
    regime: "us-state-privacy",
    tier: "controller",
    tierLabel: "Business with Texas consumers (the Texas act has no consumer threshold)",
    // Tex. Bus. & Com. Code § 541.002: any business in Texas or targeting Texans that processes or
    // sells personal data, unless it is a small business under the SBA's size standards; even a
    // small business needs consent before selling sensitive data (§ 541.107).
    when: all(is("markets", "us-texas"), STATE_CONSUMER_DATA),
    status: "possible",
    severity: 0.5,
    appliesFrom: "us-tdpsa-ocpa",
    obligations: [
      "Check whether you are a small business under the US SBA size standards for your industry; if not, the Texas act applies whatever the number of consumers (Nebraska's act works the same way)",
      "Even as a small business, obtain consumers' consent before selling their sensitive data",
      ...STATE_CONTROLLER_DUTIES,
    ],
  },
] as const satisfies readonly RuleDefinition[];
