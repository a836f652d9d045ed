import type { RuleId } from "./rules";
import type { GapDefinition, RedFlagDefinition } from "./types";

type Typed<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]: readonly RuleId[] };

export const RED_FLAGS = [
  {
    id: "ai-act-prohibited-practice",
    rules: ["AIA-ART5", "AIA-ART5-INTIMATE-IMAGERY"],
    message: "A system you build or use looks like a practice the EU AI Act bans outright. Speak to counsel now.",
    override: true,
  },
  {
    id: "embargoed-country-us-link",
    rules: ["OFAC-EMBARGO"],
    message:
      "Dealings with a comprehensively embargoed country combined with a US link (US persons, US dollars or US-origin technology). Speak to counsel now.",
    override: true,
  },
  {
    id: "advanced-chips-restricted-destination",
    rules: ["EAR-ADVANCED-COMPUTING"],
    message:
      "Advanced AI chips reaching China or an arms-embargoed destination need a US licence that is rarely granted. Speak to counsel now.",
    override: true,
  },
  {
    id: "russia-it-services-us-person",
    rules: ["OFAC-RUSSIA-IT-SERVICES"],
    message:
      "A US software or IT provider with customers in Russia: since 12 September 2024 US persons may not provide IT support or cloud services for enterprise or design software to anyone located in Russia. Speak to counsel now.",
    override: true,
  },
  {
    id: "us-origin-items-to-embargoed-destination",
    rules: ["EAR-COUNTRY-WIDE"],
    // Review C.3: supplying US-origin items to Russia, Belarus or an embargoed country needs a
    // licence for almost any item, EAR99 included, so supply without one is a probable breach.
    message:
      "You supply US-origin products, software or technology and do business in Russia, Belarus or an embargoed country, where almost every US-origin item needs a licence. Speak to counsel now.",
    override: true,
  },
  {
    id: "russia-services-eu-uk-company",
    rules: ["EU-SANCTIONS-RUSSIA-IT", "UK-SANCTIONS-RUSSIA-IT"],
    message:
      "An EU or UK software or IT provider with customers in Russia: EU and UK sanctions ban IT consultancy and other business services to Russian companies and restrict software supplies. Speak to counsel now.",
    override: true,
  },
  {
    id: "dual-use-to-sanctioned-country",
    rules: ["EU-DUAL-USE-RESTRICTED", "UK-EXPORT-RESTRICTED"],
    message:
      "You export dual-use or controlled items from the EU or the UK and do business in Russia, Belarus, Iran or North Korea, where such exports are banned or need an authorisation. Speak to counsel now.",
    override: true,
  },
  {
    id: "russian-data-stored-abroad",
    rules: ["RU-DATA-ABROAD"],
    // A probable present breach since 23-FZ (1 July 2025), with blocking as the sanction: an
    // override since 2026.12.1 (decision 019).
    message:
      "Personal data of people in Russia is stored or accessed abroad; since 1 July 2025 collecting it into foreign databases is prohibited. Speak to counsel now.",
    override: true,
  },
  {
    id: "biometrics-without-release",
    rules: ["IL-BIPA-NO-RELEASE"],
    message:
      "Biometric identifiers of people in Illinois are collected without a signed written release from everyone: each person can sue for $1,000 to $5,000. Speak to counsel now.",
    override: true,
  },
  {
    id: "texas-banned-practice",
    rules: ["TX-BANNED-PRACTICE"],
    message: "A system you build or use may serve a purpose the Texas Responsible AI Governance Act bans.",
    override: false,
  },
] as const satisfies ReadonlyArray<Typed<RedFlagDefinition, "rules">>;

export const GAPS = [
  {
    control: "ai-inventory",
    rules: [
      "AIA-HR3-PROVIDER",
      "AIA-HR3-DEPLOYER-FRIA",
      "AIA-HR3-DEPLOYER",
      "AIA-HR3-DISTRIBUTOR",
      "AIA-HR1-PROVIDER",
      "AIA-HR1-DEPLOYER",
      "AIA-GPAI-SYSTEMIC",
      "AIA-GPAI",
      "AIA-GPAI-OPEN",
      "AIA-ART50-SYNTHETIC",
      "AIA-ART50",
      "CO-DEPLOYER",
      "CO-DEVELOPER",
      "CA-ADMT",
    ],
    message:
      "No inventory of AI systems: every AI rule starts from knowing which systems you build and use, and for what.",
  },
  {
    control: "impact-assessments",
    rules: [
      "GDPR-ART22",
      "GDPR-DPIA",
      "UK-GDPR-AUTOMATED-DECISIONS",
      "UK-GDPR-DPIA",
      "AIA-HR3-DEPLOYER-FRIA",
      "CCPA-RISK-ASSESSMENT",
      "CO-DEPLOYER",
      "CN-TRANSFER-ASSESSMENT",
      "CN-TRANSFER-CONTRACT",
    ],
    message:
      "No impact assessments, although at least one likely regime requires one (DPIA, FRIA, risk or transfer assessment).",
  },
  {
    control: "bias-audit",
    rules: ["NYC-AEDT-EMPLOYER", "CO-DEPLOYER", "CA-FEHA-EMPLOYER", "CA-FEHA-AGENT", "IL-HB3773-EMPLOYER"],
    message:
      "No independent bias audit of hiring or decision tools, although a likely regime requires one or relies on it as the main defence.",
  },
  {
    control: "incident-reporting",
    rules: [
      "NIS2-ESSENTIAL-ANY-SIZE",
      "NIS2-CENTRAL-GOVERNMENT",
      "NIS2-ESSENTIAL-TELECOM",
      "NIS2-ESSENTIAL",
      "NIS2-IMPORTANT-ANY-SIZE",
      "NIS2-IMPORTANT",
      "DORA-FINANCIAL-ENTITY",
      "UK-NIS-RDSP",
      "CRA-REPORTING",
    ],
    message:
      "No 24-hour incident-reporting process, although NIS2, DORA or the Cyber Resilience Act sets reporting clocks that start within hours.",
  },
  {
    control: "vulnerability-handling",
    rules: ["CRA-MANUFACTURER", "CRA-REPORTING"],
    message: "No coordinated vulnerability handling or SBOM, both essential requirements of the Cyber Resilience Act.",
  },
  {
    control: "sanctions-screening",
    rules: [
      "OFAC-EMBARGO",
      "OFAC-RUSSIA-IT-SERVICES",
      "OFAC-RUSSIA",
      "EAR-ADVANCED-COMPUTING",
      "EAR-COUNTRY-WIDE",
      "EAR-DUAL-USE-RESTRICTED",
      "EU-SANCTIONS-RUSSIA-IT",
      "EU-SANCTIONS-RUSSIA-BELARUS",
      "EU-SANCTIONS-IRAN-DPRK",
      "EU-DUAL-USE-RESTRICTED",
      "EU-DUAL-USE-EXPORTER",
      "UK-SANCTIONS-RUSSIA-IT",
      "UK-SANCTIONS",
      "UK-EXPORT-RESTRICTED",
      "UK-EXPORT-LICENCE",
    ],
    message: "No sanctions or export-control screening, although your trade answers point to restricted destinations.",
  },
  {
    control: "eu-representative",
    rules: ["GDPR-ART27", "AIA-GPAI-REPRESENTATIVE"],
    message:
      "No EU representative, although you serve the EU without an establishment there (GDPR Art. 27; AI Act Art. 54 for general-purpose models).",
  },
  {
    control: "security-certification",
    rules: [
      "NIS2-ESSENTIAL-ANY-SIZE",
      "NIS2-CENTRAL-GOVERNMENT",
      "NIS2-ESSENTIAL-TELECOM",
      "NIS2-ESSENTIAL",
      "NIS2-IMPORTANT-ANY-SIZE",
      "NIS2-IMPORTANT",
      "DORA-FINANCIAL-ENTITY",
    ],
    message:
      "No certified security management system; NIS2 and DORA expect documented risk measures, and a certification is the usual evidence.",
  },
  {
    control: "ai-management-system",
    rules: ["AIA-HR3-PROVIDER", "AIA-HR1-PROVIDER"],
    message:
      "No AI management system, although high-risk AI providers need a quality management system (AI Act Art. 17).",
  },
] as const satisfies ReadonlyArray<Typed<GapDefinition, "rules">>;
