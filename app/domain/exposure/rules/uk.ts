import { all, any, is, named, not } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import { DECISIVE, MEDIUM_BY_STAFF, PERSONAL_DATA, SUBJECTS_100K_PLUS } from "./predicates";

// UK law since it left the EU (review C.2): the UK is a market and an establishment of its own.

const UK_ESTABLISHED = named("UK establishment", is("establishments", "uk"));
const UK_LINK = named("UK link", any(UK_ESTABLISHED, is("markets", "uk")));
const NOT_UK_ESTABLISHED = named("no UK establishment", not(UK_ESTABLISHED));
const UK_SANCTIONED = named(
  "UK-sanctioned country",
  is("tradeCountries", "russia", "belarus", "occupied-ukraine", "iran", "north-korea"),
);
const UK_DUAL_USE_ITEMS = named(
  "UK controlled items",
  is("sensitiveExports", "encryption", "semiconductor-equipment", "other-dual-use", "ai-chips"),
);

const UK_GDPR_BASE = [
  "A lawful basis and a privacy notice for every purpose; records, security, breach reports to the ICO within 72 hours and data-subject rights (UK GDPR)",
  "Safeguards for transfers out of the UK, judged under the data protection test of the Data (Use and Access) Act 2025",
];

export const UK_GDPR_RULES = [
  {
    id: "UK-GDPR-AUTOMATED-DECISIONS",
    regime: "uk-gdpr",
    tier: "automated-decisions",
    tierLabel: "Significant decisions based solely on automated processing (UK GDPR Arts 22A–22D)",
    when: all(PERSONAL_DATA, UK_LINK, DECISIVE),
    status: "likely",
    severity: 0.8,
    appliesFrom: "uk-gdpr",
    alsoDates: ["uk-duaa"],
    obligations: [
      "Give people information about significant automated decisions, a way to make representations, human intervention and a way to contest them; special category data needs explicit consent or a substantial public interest (Arts 22A–22D, inserted by the Data (Use and Access) Act 2025)",
      ...UK_GDPR_BASE,
    ],
    confidence: "medium",
    // Data (Use and Access) Act 2025, s. 80 (Arts 22A–22D) and s. 85 (transfers): in force on
    // 5 February 2026 under SI 2026/82, reg. 2(j) and (m).
    note: "Arts 22A–22D and the new transfer rules apply since 5 February 2026 (SI 2026/82).",
  },
  {
    id: "UK-GDPR-DPIA",
    regime: "uk-gdpr",
    tier: "dpia-required",
    tierLabel: "Data protection impact assessment likely required (UK GDPR Art. 35)",
    when: all(
      PERSONAL_DATA,
      UK_LINK,
      any(
        DECISIVE,
        all(is("personalData", "special-categories"), SUBJECTS_100K_PLUS),
        all(is("personalData", "children"), SUBJECTS_100K_PLUS),
        is("personalData", "public-monitoring"),
        is("biometricData", "yes"),
      ),
    ),
    status: "likely",
    severity: 0.7,
    appliesFrom: "uk-gdpr",
    obligations: [
      "Carry out a DPIA before the processing starts and consult the ICO if high risk remains (UK GDPR Arts 35–36)",
    ],
    confidence: "medium",
    note: "The ICO's list of high-risk processing adds further cases; large scale is judged on the number of people you gave.",
  },
  {
    id: "UK-GDPR-REPRESENTATIVE",
    regime: "uk-gdpr",
    tier: "non-uk-controller",
    tierLabel: "Business outside the UK serving people in the UK: UK representative (Art. 27)",
    when: all(PERSONAL_DATA, is("markets", "uk"), NOT_UK_ESTABLISHED),
    status: "likely",
    severity: 0.6,
    appliesFrom: "uk-gdpr",
    obligations: [
      "Appoint a representative in the UK in writing (UK GDPR Art. 27), unless processing is occasional and low-risk",
      ...UK_GDPR_BASE,
    ],
  },
  {
    id: "UK-GDPR-APPLIES",
    regime: "uk-gdpr",
    tier: "controller-processor",
    tierLabel: "Controller or processor under the UK GDPR",
    when: all(PERSONAL_DATA, UK_LINK),
    status: "likely",
    severity: 0.6,
    appliesFrom: "uk-gdpr",
    alsoDates: ["uk-duaa"],
    obligations: UK_GDPR_BASE,
  },
] as const satisfies readonly RuleDefinition[];

const UK_NIS_DUTIES = [
  "Appropriate and proportionate security measures for the network and information systems behind the service (reg. 10 or 12)",
  "Notify the competent authority or the ICO of incidents with a significant impact without undue delay and within 72 hours (reg. 11 or 12)",
  "The Cyber Security and Resilience Bill is expected to widen scope (managed services, data centres) and tighten reporting; it is not law yet",
];

export const UK_NIS_RULES = [
  {
    id: "UK-NIS-OES",
    regime: "uk-nis",
    tier: "operator-of-essential-services",
    tierLabel:
      "Possible operator of essential services in the UK (energy, transport, health, water, digital infrastructure)",
    // Designation follows sector-specific thresholds in Schedule 2, not company size.
    when: all(
      UK_ESTABLISHED,
      is("sectors", "critical-services", "digital-infrastructure", "dns-tld-qualified-trust"),
      MEDIUM_BY_STAFF,
    ),
    status: "possible",
    severity: 0.7,
    appliesFrom: "uk-nis",
    obligations: UK_NIS_DUTIES,
    note: "Designation turns on the sector thresholds of Schedule 2 of the Regulations.",
  },
  {
    id: "UK-NIS-RDSP",
    regime: "uk-nis",
    tier: "relevant-digital-service-provider",
    tierLabel: "Relevant digital service provider in the UK (online marketplace, search engine or cloud service)",
    // Micro and small enterprises are excluded (reg. 1(3)(e)); staff decide "likely".
    when: all(
      UK_LINK,
      any(
        is("sectors", "online-platforms", "digital-infrastructure"),
        all(is("sectors", "software-saas"), is("euProducts", "cloud-services")),
      ),
      MEDIUM_BY_STAFF,
    ),
    status: "likely",
    severity: 0.6,
    appliesFrom: "uk-nis",
    obligations: [
      ...UK_NIS_DUTIES,
      "Register with the ICO; if established outside the UK, nominate a representative in the UK (reg. 14)",
    ],
    confidence: "medium",
    note: "Cloud services are judged on what you offer UK customers; the form asks about EU ones.",
  },
] as const satisfies readonly RuleDefinition[];

const UK_SCREENING =
  "Screen customers, suppliers, banks and their owners against the UK sanctions list, treating entities owned or controlled by designated persons as designated";

export const UK_SANCTIONS_RULES = [
  {
    id: "UK-SANCTIONS-RUSSIA-IT",
    regime: "uk-sanctions",
    tier: "russia-services-ban",
    tierLabel: "A UK software or IT provider with customers in Russia (UK services bans)",
    when: all(UK_ESTABLISHED, is("tradeCountries", "russia"), is("sectors", "software-saas", "digital-infrastructure")),
    status: "likely",
    severity: 1,
    appliesFrom: "uk-sanctions",
    alsoDates: ["uk-ofsi-strict-liability"],
    obligations: [
      "UK sanctions ban IT consultancy and design services to persons connected with Russia since 16 December 2022, beside accounting, business and management consulting and public relations services since 21 July 2022 (Russia (Sanctions) (EU Exit) Regulations 2019, reg. 54C): stop covered services unless a licence applies, and take legal advice now",
      "Since 24 April 2025 the same Regulations also ban making sectoral software listed in their Schedule 3IA available to a person connected with Russia or for use in Russia, transferring it there, and technical assistance for it (Chapter 4N, inserted by SI 2025/504): check your products against Schedule 3IA",
      UK_SCREENING,
    ],
    confidence: "medium",
    note: "Check the exceptions and licences in Part 7 of the Regulations, and the government's guidance on professional and business services and on sectoral software sanctions, before relying on one.",
  },
  {
    id: "UK-SANCTIONS",
    regime: "uk-sanctions",
    tier: "sanctioned-country",
    tierLabel: "UK company with business in Russia, Belarus, occupied Ukraine, Iran or North Korea",
    when: all(UK_ESTABLISHED, UK_SANCTIONED),
    status: "likely",
    severity: 0.9,
    appliesFrom: "uk-sanctions",
    alsoDates: ["uk-ofsi-strict-liability"],
    obligations: [
      UK_SCREENING,
      "Check goods, technology and services against the UK trade sanctions for each country; report suspected breaches to OFSI",
      "Civil penalties for financial sanctions apply on a strict-liability basis: lack of knowledge is no defence",
    ],
  },
  {
    id: "UK-SANCTIONS-NON-UK",
    regime: "uk-sanctions",
    tier: "sanctioned-country",
    tierLabel: "Business with a sanctioned country by a company serving the UK from outside",
    when: all(is("markets", "uk"), NOT_UK_ESTABLISHED, UK_SANCTIONED),
    status: "possible",
    severity: 0.9,
    appliesFrom: "uk-sanctions",
    obligations: [
      "UK sanctions bind conduct in the UK and UK nationals anywhere: map which deals involve UK staff, UK banks or UK territory",
      UK_SCREENING,
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const UK_EXPORT_CONTROL_RULES = [
  {
    id: "UK-EXPORT-RESTRICTED",
    regime: "uk-export-controls",
    tier: "restricted-destination",
    tierLabel: "UK exporter of controlled items with business in Russia, Belarus, Iran or North Korea",
    when: all(UK_ESTABLISHED, UK_DUAL_USE_ITEMS, UK_SANCTIONED),
    status: "likely",
    severity: 0.9,
    appliesFrom: "uk-export-control-order",
    alsoDates: ["uk-sanctions"],
    obligations: [
      "Exports of dual-use and many other goods and technology to Russia and Belarus are banned under the UK sanctions regulations; stop such deliveries, including through third countries, and take legal advice now",
      "Classify every item against the UK Strategic Export Control Lists and screen end users",
    ],
    confidence: "medium",
    note: "Whether your controlled items actually reach these countries decides it.",
  },
  {
    id: "UK-EXPORT-LICENCE",
    regime: "uk-export-controls",
    tier: "controlled-exporter",
    tierLabel: "UK exporter of controlled dual-use items",
    when: all(UK_ESTABLISHED, UK_DUAL_USE_ITEMS),
    status: "likely",
    severity: 0.6,
    appliesFrom: "uk-export-control-order",
    obligations: [
      "A licence (an open general licence, an open individual or a standard individual export licence) for controlled items and technology leaving the UK, including by electronic transfer (Export Control Order 2008)",
      "Records of every export under an open licence, and audits by the Export Control Joint Unit",
    ],
  },
] as const satisfies readonly RuleDefinition[];
