import { all, any, is, named } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import { PERSONAL_DATA, SUBJECTS_10K_PLUS } from "./predicates";

const RUSSIA = named(
  "Russian personal data",
  all(PERSONAL_DATA, any(is("markets", "russia"), is("establishments", "russia"))),
);
const CHINA = named(
  "Chinese personal data",
  all(PERSONAL_DATA, any(is("markets", "china"), is("establishments", "china"))),
);
const INDIA = named(
  "Indian personal data",
  all(PERSONAL_DATA, any(is("markets", "india"), is("establishments", "india"))),
);

export const RUSSIA_RULES = [
  {
    id: "RU-DATA-ABROAD",
    regime: "ru-localisation",
    tier: "data-abroad",
    tierLabel: "Russian citizens' data stored or processed abroad (probable non-compliance)",
    when: all(RUSSIA, is("dataLocation", "russia")),
    status: "likely",
    severity: 0.8,
    appliesFrom: "ru-23fz",
    obligations: [
      "Record, store and update Russian citizens' data in databases located in Russia first; since 1 July 2025 collecting it straight into foreign databases is prohibited",
      "Notify Roskomnadzor of cross-border transfers and of where the primary databases are",
    ],
  },
  {
    id: "RU-242FZ",
    regime: "ru-localisation",
    tier: "operator",
    tierLabel: "Operator collecting personal data of people in Russia",
    when: RUSSIA,
    status: "likely",
    severity: 0.6,
    appliesFrom: "ru-242fz",
    alsoDates: ["ru-23fz"],
    obligations: [
      "Keep the primary databases of Russian citizens' personal data in Russia",
      "Register as an operator with Roskomnadzor and notify it of cross-border transfers",
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const CHINA_RULES = [
  {
    id: "CN-TRANSFER-ASSESSMENT",
    regime: "cn-pipl",
    tier: "transfer-security-assessment",
    tierLabel: "Cross-border transfer needing a CAC security assessment",
    when: all(
      CHINA,
      is("dataLocation", "china"),
      any(is("dataSubjects", "over-1m"), all(is("personalData", "special-categories"), SUBJECTS_10K_PLUS)),
    ),
    status: "likely",
    severity: 0.8,
    appliesFrom: "cn-cac-2024",
    obligations: [
      "A CAC security assessment before transfer: more than 1 million people, or sensitive data of more than 10,000 people, a year (2024 provisions)",
      "Separate consent and a personal-information impact assessment for the transfer (PIPL Arts 39, 55)",
    ],
    confidence: "medium",
    note: "Bands approximate the CAC thresholds; the sensitive-data count is estimated from everyone you process.",
  },
  {
    id: "CN-TRANSFER-CONTRACT",
    regime: "cn-pipl",
    tier: "transfer-standard-contract",
    tierLabel: "Cross-border transfer needing the standard contract or certification",
    // Review R15: sensitive personal information of fewer than 10,000 people also needs the
    // standard contract or certification (CAC Provisions of 22 March 2024, Art. 8).
    when: all(
      CHINA,
      is("dataLocation", "china"),
      any(
        is("dataSubjects", "100k-1m"),
        all(is("personalData", "special-categories"), is("dataSubjects", "under-10k")),
      ),
    ),
    status: "likely",
    severity: 0.7,
    appliesFrom: "cn-cac-2024",
    obligations: [
      "File the CAC standard contract or obtain certification for transfers of personal information of 100,000 to 1 million people, or sensitive personal information of fewer than 10,000 people, a year",
      "Separate consent and a personal-information impact assessment for the transfer (PIPL Arts 39, 55)",
    ],
    confidence: "medium",
    note: "Transfers needed for a contract with the person or for HR management are exempt.",
  },
  {
    id: "CN-PIPL",
    regime: "cn-pipl",
    tier: "handler",
    tierLabel: "Personal information handler serving people in China",
    when: CHINA,
    status: "likely",
    severity: 0.7,
    appliesFrom: "cn-pipl",
    obligations: [
      "Consent or another PIPL basis, notices in Chinese, and handling of individuals' requests (PIPL Arts 13–17, 44–50)",
      "A representative in China if you are established outside it (Art. 53); no data to foreign authorities without approval (DSL Art. 36)",
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const INDIA_RULES = [
  {
    id: "IN-DPDP-SDF",
    regime: "in-dpdp",
    tier: "significant-data-fiduciary",
    tierLabel: "Possible significant data fiduciary",
    when: all(INDIA, is("dataSubjects", "over-1m")),
    status: "possible",
    severity: 0.8,
    appliesFrom: "in-dpdp-core",
    obligations: [
      "If designated: a data protection officer in India, an independent data auditor, periodic impact assessments and audits, and possible localisation of some data",
    ],
    note: "Designation is by government notification, based on volume and sensitivity of data.",
  },
  {
    id: "IN-DPDP",
    regime: "in-dpdp",
    tier: "data-fiduciary",
    tierLabel: "Data fiduciary serving people in India",
    when: INDIA,
    status: "likely",
    severity: 0.6,
    appliesFrom: "in-dpdp-core",
    obligations: [
      "Notice and consent in clear language, with a consent manager option; honour access, correction and erasure requests",
      "Reasonable security safeguards and breach notification to the Data Protection Board and to the people affected",
      "Verifiable parental consent before processing children's data; no tracking or targeted ads aimed at children",
    ],
    confidence: "medium",
    note: "The start date is estimated at 18 months after the Rules were notified.",
  },
] as const satisfies readonly RuleDefinition[];
