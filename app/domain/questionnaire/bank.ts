import { TOPICS } from "../topics";
import { all, any, not, when } from "./conditions";
import { STEP_IDS, type QuestionId, type StepId } from "./ids";
import type { QuestionDefinition, StepDefinition } from "./types";

const unsure = { value: "unsure", label: "Not sure" } as const;

/** AI uses that are decisions about people; only these make the "how much does it decide" question relevant. */
export const DECISION_USES = [
  "employment",
  "credit-scoring",
  "insurance-pricing",
  "public-services",
  "education",
  "housing",
  "healthcare",
  "law-enforcement-justice",
] as const;

const usesAi = not(when("aiRoles", "none"));
const processesPersonalData = not(when("personalData", "none"));

/**
 * The question bank, with literal types so answer types can be derived from it (see answers.ts).
 * Order matters: it is the order of the form, and visibility conditions may
 * only look at questions that come earlier, so that dropping hidden answers is one pass.
 */
export const QUESTION_BANK = [
  // ── Step 1: company ──────────────────────────────────────────────────────────────────────
  {
    id: "establishments",
    step: "company",
    kind: "multi",
    text: "Where does your organisation have establishments?",
    help: "Headquarters, subsidiaries, branches or offices. Tick every region that applies.",
    options: [
      { value: "eu-eea", label: "European Union or EEA" },
      { value: "us", label: "United States" },
      { value: "china", label: "China (mainland)" },
      { value: "india", label: "India" },
      { value: "russia", label: "Russia" },
      { value: "uk", label: "United Kingdom" },
      { value: "other", label: "Elsewhere (including Switzerland)" },
    ],
  },
  {
    id: "markets",
    step: "company",
    kind: "multi",
    text: "Where are your customers, users, or the people your products and decisions affect?",
    help: "Include job applicants, employees and consumers. Tick a US state or New York City if you have customers, users, staff or applicants there.",
    options: [
      { value: "eu-eea", label: "European Union or EEA" },
      { value: "us-california", label: "California" },
      { value: "us-colorado", label: "Colorado" },
      { value: "us-illinois", label: "Illinois" },
      { value: "us-new-york-city", label: "New York City" },
      { value: "us-texas", label: "Texas" },
      { value: "us-other", label: "Other US states" },
      { value: "china", label: "China (mainland)" },
      { value: "india", label: "India" },
      { value: "russia", label: "Russia" },
      { value: "uk", label: "United Kingdom" },
      { value: "other", label: "Elsewhere" },
      unsure,
    ],
  },
  {
    id: "employees",
    step: "company",
    kind: "single",
    text: "How many people does your organisation employ, group-wide?",
    help: "Size thresholds decide whether NIS2 applies and which AI Act and Data Act relief you get.",
    options: [
      { value: "under-10", label: "Fewer than 10" },
      { value: "10-49", label: "10 to 49" },
      { value: "50-249", label: "50 to 249" },
      { value: "250-749", label: "250 to 749" },
      { value: "750-plus", label: "750 or more" },
    ],
  },
  {
    id: "turnover",
    step: "company",
    kind: "single",
    text: "What is your annual worldwide turnover?",
    help: "Group-wide, last financial year. Several laws use thresholds of €10 million, €25 million and €50 million.",
    options: [
      { value: "up-to-10m", label: "Up to €10 million" },
      { value: "10m-25m", label: "€10 million to €25 million" },
      { value: "25m-50m", label: "€25 million to €50 million" },
      { value: "50m-150m", label: "€50 million to €150 million" },
      { value: "over-150m", label: "More than €150 million" },
      unsure,
    ],
  },
  {
    id: "sectors",
    step: "company",
    kind: "multi",
    text: "Which sectors do you work in?",
    help: "Tick every sector you serve or operate in, not only the main one.",
    options: [
      {
        value: "financial-services",
        label:
          "Financial services: bank, payment or e-money institution, investment firm, insurer, crypto-asset service provider or fund manager",
      },
      {
        value: "digital-infrastructure",
        label: "Cloud computing, data centres, content delivery, or managed IT or security services",
      },
      // NIS2 treats these differently (Art. 2(2), 3(1)(b)–(c), 3(2)), so they are separate options
      // since 2026.12.1; the earlier combined value "dns-tld-trust-telecom" is retired.
      {
        value: "dns-tld-qualified-trust",
        label: "DNS services, top-level domain registries or qualified trust services",
      },
      { value: "telecom", label: "Public telecoms networks or publicly available electronic communications services" },
      {
        value: "trust-services",
        label: "Trust services that are not qualified (e.g. e-signatures, seals or timestamps)",
      },
      { value: "software-saas", label: "Software or SaaS vendor" },
      { value: "connected-devices", label: "Connected devices, electronics or other hardware" },
      { value: "critical-services", label: "Energy, transport, water or health care" },
      { value: "manufacturing", label: "Manufacturing of medical devices, machinery or vehicles" },
      { value: "online-platforms", label: "Online marketplace, search engine or social network" },
      {
        value: "postal-food-chemicals",
        label: "Postal or courier services, waste management, chemicals, or food production and distribution",
      },
      { value: "central-government", label: "Central government administration (a ministry or national agency)" },
      { value: "public-sector", label: "Other public administration, or a provider of public services" },
      { value: "hr-staffing", label: "HR, recruitment or staffing" },
      { value: "education", label: "Education or training" },
      { value: "other", label: "Other" },
    ],
  },
  {
    id: "mainConcern",
    step: "company",
    kind: "multi",
    text: "What would you most like to talk to us about?",
    help: "This helps us route your request to the right expert. It does not change the assessment.",
    options: [
      ...TOPICS.map((topic) => ({ value: topic.id, label: topic.label })),
      { value: "unsure", label: "Not sure yet: a general review" },
    ],
    // Routing reads this answer: "a general review" beside named topics would be a contradiction.
    standsAlone: ["unsure"],
  },
  // Three qualification questions (review C.1): one click each, optional, never scored. They tell
  // the consultant why now, how soon and for whom, which predicts the engagement better than breadth.
  {
    id: "enquiryTrigger",
    step: "company",
    kind: "multi",
    text: "What prompted you to look into this now?",
    help: "Optional. It helps us prepare the first conversation.",
    optional: true,
    options: [
      { value: "customer-questionnaire", label: "A customer's or procurement questionnaire" },
      { value: "regulator", label: "A regulator's inquiry or request" },
      { value: "incident", label: "An incident, breach or complaint" },
      { value: "board", label: "A request from our board or management" },
      { value: "deal", label: "Funding, M&A or other due diligence" },
      { value: "new-product-or-market", label: "A new product, market or law" },
      { value: "other", label: "Something else" },
    ],
  },
  {
    id: "timeHorizon",
    step: "company",
    kind: "single",
    text: "When do you need answers?",
    help: "Optional.",
    optional: true,
    options: [
      { value: "this-month", label: "Within a month" },
      { value: "this-quarter", label: "Within three months" },
      { value: "this-year", label: "Within a year" },
      { value: "exploring", label: "We are exploring" },
    ],
  },
  {
    id: "entityScope",
    step: "company",
    kind: "single",
    text: "Are you asking for one company or for a group?",
    help: "Optional.",
    optional: true,
    options: [
      { value: "single-entity", label: "One company" },
      { value: "group", label: "A group of companies" },
      unsure,
    ],
  },

  // ── Step 2: AI and automated decisions ───────────────────────────────────────────────────
  {
    id: "aiRoles",
    step: "ai-decisions",
    kind: "multi",
    text: "How does your organisation work with AI or automated decision-making?",
    help: "Tick every role that fits. Automated decision-making counts even without machine learning, for example a rules-based score.",
    options: [
      { value: "provider", label: "We develop AI systems or models and offer them to others under our own name" },
      { value: "deployer", label: "We use AI systems in our own operations, including third-party tools" },
      { value: "importer-distributor", label: "We import or resell AI systems made by others" },
      { value: "product-integrator", label: "We build AI into products we manufacture" },
      {
        value: "modifier",
        label: "We rebrand AI made by others, change it substantially, or use it for a new, higher-risk purpose",
      },
      { value: "none", label: "We do not use AI or automated decision-making" },
      unsure,
    ],
  },
  {
    id: "gpaiModels",
    step: "ai-decisions",
    kind: "single",
    text: "Do you develop or fine-tune general-purpose AI models (foundation models) that others can use?",
    help: "A model that can perform a wide range of tasks and is offered to others, for example through an API or as downloadable weights.",
    visibleWhen: when("aiRoles", "provider", "modifier"),
    options: [
      { value: "no", label: "No" },
      { value: "open-weights", label: "Yes, released with open weights" },
      { value: "proprietary", label: "Yes, proprietary (offered through an API or licence)" },
      {
        value: "systemic",
        label: "Yes, trained with more than 10^25 FLOP of compute, or designated as a systemic-risk model",
      },
      unsure,
    ],
  },
  {
    id: "aiUses",
    step: "ai-decisions",
    kind: "multi",
    text: "What do your AI or automated systems do?",
    help: "Include systems you build, sell or use. Tick every use, even a small one: the rules depend on the use, not on the technology.",
    visibleWhen: usesAi,
    options: [
      {
        value: "employment",
        label: "Hiring, CV screening, promotion, termination, task allocation or performance monitoring",
      },
      { value: "credit-scoring", label: "Credit scoring or creditworthiness checks of individuals" },
      { value: "insurance-pricing", label: "Risk assessment or pricing for life or health insurance" },
      {
        value: "public-services",
        label: "Eligibility for public benefits or essential services, or triage of emergency calls",
      },
      { value: "education", label: "Admissions, grading, steering of learning, or exam proctoring" },
      { value: "housing", label: "Tenant screening or other housing decisions" },
      { value: "healthcare", label: "Diagnosis, treatment or other health care decisions" },
      {
        value: "biometrics",
        label:
          "Identifying people from biometrics at a distance, biometric categorisation, or emotion recognition (not simple ID checks)",
      },
      {
        value: "critical-infrastructure",
        label:
          "Safety component in critical infrastructure (energy, water, gas, heating, road traffic or digital infrastructure)",
      },
      { value: "law-enforcement-justice", label: "Law enforcement, migration or border control, courts, or elections" },
      {
        value: "product-safety",
        // Vehicles and aviation are left out on purpose: Annex I Section B products get AI Act
        // requirements only through their own sectoral acts (Art. 2(2), Arts 102–109).
        label:
          "Safety component of a product under EU product-safety law (e.g. medical device, toy, lift or radio equipment)",
      },
      { value: "chatbot", label: "A chatbot or assistant that talks to customers or the public" },
      { value: "generative", label: "Generating images, audio, video or text, including synthetic media" },
      { value: "fraud-detection", label: "Fraud detection" },
      { value: "marketing", label: "Recommendations, advertising or marketing personalisation" },
      { value: "internal-productivity", label: "Internal productivity only (drafting, coding, search)" },
      unsure,
    ],
  },
  {
    id: "decisionRole",
    step: "ai-decisions",
    kind: "single",
    text: "When these systems are used for decisions about people, how much do they decide?",
    help: "Think of the decision that matters to the person: hired or not, approved or not, the price they pay.",
    visibleWhen: when("aiUses", ...DECISION_USES),
    options: [
      { value: "fully-automated", label: "The system decides on its own" },
      {
        value: "main-factor",
        label: "A person signs off, but the system's score or ranking is the main or deciding factor",
      },
      {
        value: "assists",
        label: "The system assists; a person reviews each case independently and can decide otherwise",
      },
      unsure,
    ],
  },
  {
    id: "prohibitedPractices",
    step: "ai-decisions",
    kind: "multi",
    text: "Does any AI system you build or use do any of the following?",
    help: "These practices are banned or tightly restricted in the EU and in some US states. Telling us lets us flag them early; your answers stay with the firm.",
    visibleWhen: usesAi,
    options: [
      {
        value: "manipulation",
        label:
          "Manipulates people, or exploits their age, disability or social or economic situation, in ways that can cause harm",
      },
      {
        value: "social-scoring",
        label: "Scores people on social behaviour or personal traits, leading to unfair treatment elsewhere",
      },
      {
        value: "crime-prediction",
        label: "Predicts whether a person will commit a crime based only on profiling or personality traits",
      },
      {
        value: "facial-scraping",
        label: "Builds facial recognition databases by scraping images from the internet or CCTV",
      },
      {
        value: "emotion-workplace",
        label: "Recognises the emotions of employees or students (other than for medical or safety reasons)",
      },
      {
        value: "biometric-categorisation",
        label: "Infers race, political opinions, union membership, religion or sexual orientation from biometric data",
      },
      {
        value: "realtime-rbi-police",
        label: "Real-time remote biometric identification in public spaces for law enforcement",
      },
      {
        value: "intimate-imagery",
        label:
          "Generates sexual or intimate images of real people without consent, or child sexual abuse material, or lacks safeguards against doing so",
      },
      { value: "none", label: "None of these" },
      unsure,
    ],
  },

  // ── Step 3: data, products and security ──────────────────────────────────────────────────
  {
    id: "personalData",
    step: "data-products-security",
    kind: "multi",
    text: "Whose personal data do you process?",
    help: "Personal data is anything that identifies a person directly or indirectly, including email addresses and device identifiers.",
    options: [
      { value: "customers", label: "Customers, users or consumers" },
      { value: "employees", label: "Employees or job applicants" },
      {
        value: "special-categories",
        label:
          "Special categories: health, biometric, genetic, racial or ethnic origin, religion, sex life, political opinions, union membership or criminal records",
      },
      { value: "children", label: "Children" },
      {
        value: "public-monitoring",
        label: "People in publicly accessible spaces we monitor (e.g. CCTV or location tracking)",
      },
      { value: "none", label: "We process no personal data" },
      unsure,
    ],
  },
  {
    id: "dataSubjects",
    step: "data-products-security",
    kind: "single",
    text: "About how many people's personal data do you process per year?",
    help: "Count customers, users, employees and applicants together.",
    visibleWhen: processesPersonalData,
    options: [
      { value: "under-10k", label: "Fewer than 10,000" },
      { value: "10k-100k", label: "10,000 to 100,000" },
      { value: "100k-1m", label: "100,000 to 1 million" },
      { value: "over-1m", label: "More than 1 million" },
      unsure,
    ],
  },
  {
    // The comprehensive state privacy laws (Virginia, Colorado, Connecticut, Oregon and the rest)
    // count consumers resident in one state, and exclude people acting for a business or as
    // employees; the question above counts everyone, so it cannot decide them.
    id: "usStateConsumers",
    step: "data-products-security",
    kind: "single",
    text: "In the US state (other than California) with a consumer privacy law where you have the most consumers, how many consumers' personal data do you control or process per year?",
    help: "States with such laws include Virginia, Colorado, Connecticut, Utah, Texas, Oregon, New Jersey and Maryland. Consumers are residents acting for themselves: do not count business contacts or employees.",
    visibleWhen: all(processesPersonalData, when("markets", "us-colorado", "us-texas", "us-other")),
    options: [
      { value: "no-consumers", label: "None: our customers are businesses, or we have no consumers there" },
      { value: "under-25k", label: "Fewer than 25,000" },
      { value: "25k-100k", label: "25,000 to 100,000" },
      { value: "100k-plus", label: "100,000 or more" },
      unsure,
    ],
  },
  {
    id: "biometricData",
    step: "data-products-security",
    kind: "single",
    text: "Do you collect biometric identifiers such as face geometry, fingerprints, voiceprints or iris scans?",
    help: "Including through a vendor's tool, for example a fingerprint time clock or a video identity check.",
    visibleWhen: processesPersonalData,
    options: [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }, unsure],
  },
  {
    // Illinois BIPA § 15(b): collection without a written release is the breach that carries
    // per-person statutory damages, so it decides whether BIPA exposure is a present violation.
    id: "biometricRelease",
    step: "data-products-security",
    kind: "single",
    text: "Before collecting biometric identifiers of people in Illinois, do you inform them in writing and obtain a signed written release from each?",
    help: "Illinois requires both, before collection, from customers and employees alike.",
    visibleWhen: all(when("markets", "us-illinois"), when("biometricData", "yes", "unsure")),
    options: [
      { value: "yes", label: "Yes, from everyone, before collection" },
      { value: "no", label: "No, or not from everyone" },
      unsure,
    ],
  },
  {
    id: "dataLocation",
    step: "data-products-security",
    kind: "multi",
    text: "Is personal data of people in these countries stored or accessed outside that country?",
    help: "For example in a cloud region or a head office elsewhere, or by support staff abroad.",
    // India was an option until 2026.12.1; it fed no rule (India's DPDP Act allows transfers
    // except to countries the government restricts), so it is retired.
    visibleWhen: all(
      processesPersonalData,
      any(when("markets", "russia", "china"), when("establishments", "russia", "china")),
    ),
    options: [
      { value: "russia", label: "Russia: data of people in Russia is stored or accessed outside Russia" },
      { value: "china", label: "China: data collected in China is stored or accessed outside China" },
      { value: "none", label: "No, or not applicable" },
      unsure,
    ],
  },
  {
    id: "euProducts",
    step: "data-products-security",
    kind: "multi",
    text: "Which of these do you place on the EU market or provide to customers in the EU?",
    help: "Selling, licensing or giving away counts; so does a product made elsewhere that you bring into the EU.",
    visibleWhen: any(when("establishments", "eu-eea"), when("markets", "eu-eea")),
    options: [
      {
        value: "connected-devices",
        label: "Connected products or IoT devices, and the apps or services that work with them",
      },
      { value: "software-products", label: "Software, apps or firmware that customers install or run themselves" },
      { value: "cloud-services", label: "Cloud, SaaS, hosting or other data processing services" },
      { value: "resold-products", label: "Hardware or software made by others that we import or distribute" },
      { value: "none", label: "None of these" },
      unsure,
    ],
  },
  {
    id: "financialIctSupplier",
    step: "data-products-security",
    kind: "single",
    text: "Do you provide ICT services (cloud, software, data or managed IT) to banks, insurers, payment or investment firms in the EU?",
    help: "DORA makes EU financial firms pass contract, testing and incident-reporting requirements on to their ICT suppliers.",
    // Asked only of firms that could be such a supplier (review C.1).
    visibleWhen: any(
      when(
        "sectors",
        "software-saas",
        "digital-infrastructure",
        "dns-tld-qualified-trust",
        "telecom",
        "trust-services",
      ),
      when("euProducts", "cloud-services", "software-products"),
    ),
    options: [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }, unsure],
  },
  {
    id: "controls",
    step: "data-products-security",
    kind: "multi",
    text: "Which of these are already in place?",
    help: "This does not change your exposure; it shows where the gaps are.",
    options: [
      { value: "ai-inventory", label: "An inventory of the AI systems we build and use" },
      { value: "impact-assessments", label: "Data protection or AI impact assessments (DPIA, FRIA)" },
      { value: "bias-audit", label: "Independent bias audits of hiring or decision tools" },
      { value: "incident-reporting", label: "A process to report security incidents to authorities within 24 hours" },
      {
        value: "vulnerability-handling",
        label: "Coordinated vulnerability handling and software bills of materials (SBOM)",
      },
      {
        value: "sanctions-screening",
        label: "Sanctions and export-control screening of customers, partners and shipments",
      },
      { value: "eu-representative", label: "An appointed representative in the EU" },
      { value: "security-certification", label: "ISO/IEC 27001, SOC 2 or a comparable security certification" },
      { value: "ai-management-system", label: "An AI management system (e.g. ISO/IEC 42001)" },
      { value: "none", label: "None of these yet" },
      unsure,
    ],
  },

  // ── Step 4: cross-border trade ───────────────────────────────────────────────────────────
  {
    id: "tradeCountries",
    step: "cross-border",
    kind: "multi",
    text: "Do you have customers, users, suppliers, partners, subsidiaries or payments involving any of these?",
    help: "Including indirect business, for example through a distributor or a reseller.",
    options: [
      { value: "iran", label: "Iran" },
      { value: "russia", label: "Russia" },
      { value: "belarus", label: "Belarus" },
      { value: "north-korea", label: "North Korea" },
      { value: "cuba", label: "Cuba" },
      { value: "occupied-ukraine", label: "Crimea or the occupied regions of Ukraine (Donetsk, Luhansk)" },
      { value: "syria", label: "Syria" },
      { value: "china", label: "China, Hong Kong or Macau" },
      { value: "none", label: "None of these" },
      unsure,
    ],
  },
  {
    id: "usNexus",
    step: "cross-border",
    kind: "multi",
    text: "How is your business connected to the United States?",
    help: "US sanctions and export controls follow US people, US dollars and US-origin technology wherever they are. Using US cloud services or software for your own work is not a link on its own.",
    options: [
      { value: "us-entity", label: "A US company, subsidiary or branch, or staff who are US citizens or residents" },
      // "Relying on" US software is not a nexus (review R18): supplying it is. The earlier value
      // "us-origin-items" ("sell, ship or rely on") is retired.
      {
        value: "us-origin-supply",
        label: "We supply, resell or give access to US-origin products, software or technology",
      },
      { value: "usd-payments", label: "We pay or get paid in US dollars" },
      { value: "none", label: "None of these" },
      unsure,
    ],
  },
  {
    id: "sensitiveExports",
    step: "cross-border",
    kind: "multi",
    text: "Do you export, re-export, transfer or give remote access to any of these?",
    help: "Including to your own subsidiaries abroad, and by letting someone use them remotely.",
    // Asked of firms that trade with a listed country or make, build or sell technology (review C.1).
    visibleWhen: any(
      not(when("tradeCountries", "none")),
      when(
        "sectors",
        "digital-infrastructure",
        "software-saas",
        "connected-devices",
        "manufacturing",
        "telecom",
        "dns-tld-qualified-trust",
      ),
      when("aiRoles", "provider", "product-integrator", "importer-distributor", "modifier"),
    ),
    options: [
      { value: "ai-chips", label: "Advanced AI chips or GPU servers" },
      { value: "model-weights-compute", label: "AI model weights, or training compute for third parties" },
      { value: "encryption", label: "Encryption or security software" },
      { value: "semiconductor-equipment", label: "Semiconductor manufacturing equipment" },
      { value: "other-dual-use", label: "Other dual-use items (e.g. lasers, sensors, navigation or drone parts)" },
      { value: "none", label: "None of these" },
      unsure,
    ],
  },
] as const satisfies readonly QuestionDefinition[];

/** The question bank as plain definitions, in form order. */
export const QUESTIONS: readonly QuestionDefinition[] = QUESTION_BANK;

const STEP_TEXT: Record<StepId, { title: string; intro: string }> = {
  company: {
    title: "Your company",
    intro: "Where you are, whom you serve and how big you are decide which laws can reach you at all.",
  },
  "ai-decisions": {
    title: "AI and automated decisions",
    intro: "AI rules depend on your role and on what a system is used for, not on the technology behind it.",
  },
  "data-products-security": {
    title: "Data, products and security",
    intro: "Privacy, cybersecurity and product rules turn on the data you hold and what you put on the market.",
  },
  "cross-border": {
    title: "Cross-border trade",
    intro: "Sanctions and export controls follow people, money and technology across borders.",
  },
};

export const STEPS: readonly StepDefinition[] = STEP_IDS.map((id) => ({
  id,
  ...STEP_TEXT[id],
  questions: QUESTIONS.filter((question) => question.step === id),
}));

const BY_ID = new Map<string, QuestionDefinition>(QUESTIONS.map((question) => [question.id, question]));

export function questionById(id: QuestionId): QuestionDefinition {
  const question = BY_ID.get(id);
  if (!question) throw new Error(`Unknown question ${id}`);
  return question;
}

export function stepById(id: StepId): StepDefinition {
  const step = STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

export function questionsInStep(id: StepId): readonly QuestionDefinition[] {
  return stepById(id).questions;
}
