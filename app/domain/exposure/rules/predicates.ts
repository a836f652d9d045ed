import { any, is, named, not } from "../../questionnaire";

// Named building blocks the rule tables share. Rules only ever use markets and AI uses in
// positive form, which is what keeps "adding a market or a use never lowers impact" true.

export const EU_LINK = named("EU link", any(is("establishments", "eu-eea"), is("markets", "eu-eea")));
export const NOT_EU_ESTABLISHED = named("no EU establishment", not(is("establishments", "eu-eea")));

export const USES_AI = named(
  "uses AI",
  is("aiRoles", "provider", "deployer", "importer-distributor", "product-integrator", "modifier"),
);
/** Art. 25: rebranding or substantially modifying a system makes you its provider. */
export const AI_PROVIDER = named(
  "AI provider (incl. Art. 25)",
  is("aiRoles", "provider", "modifier", "product-integrator"),
);
export const AI_VENDOR = named("AI vendor", is("aiRoles", "provider", "modifier"));
export const AI_DEPLOYER = named("AI deployer", is("aiRoles", "deployer"));
export const AI_DISTRIBUTOR = named("AI importer or distributor", is("aiRoles", "importer-distributor"));

export const ANNEX_III_USE = named(
  "Annex III use",
  is(
    "aiUses",
    "employment",
    "credit-scoring",
    "insurance-pricing",
    "public-services",
    "education",
    "biometrics",
    "critical-infrastructure",
    "law-enforcement-justice",
  ),
);
/**
 * Uses where the Art. 6(3) escape ("only a narrow or preparatory task") is not realistic:
 * employment, credit and insurance always profile people, and remote biometrics and
 * infrastructure safety components are high-risk by nature — or the system decides.
 */
export const NO_ART_6_3_ESCAPE = named(
  "no Art. 6(3) escape",
  any(
    is("aiUses", "employment", "credit-scoring", "insurance-pricing", "biometrics", "critical-infrastructure"),
    is("decisionRole", "fully-automated", "main-factor"),
  ),
);
export const DECISIVE = named("system decides", is("decisionRole", "fully-automated", "main-factor"));
export const HIRING = named("hiring use", is("aiUses", "employment"));
/** Colorado's "consequential decisions". */
export const CONSEQUENTIAL_USE = named(
  "consequential decision (Colorado)",
  is(
    "aiUses",
    "employment",
    "credit-scoring",
    "insurance-pricing",
    "public-services",
    "education",
    "housing",
    "healthcare",
  ),
);
/** California's "significant decisions" (insurance and government services are outside the CPPA rules). */
export const SIGNIFICANT_DECISION_USE = named(
  "significant decision (California)",
  is("aiUses", "employment", "credit-scoring", "education", "housing", "healthcare"),
);

export const PERSONAL_DATA = named(
  "personal data",
  is("personalData", "customers", "employees", "special-categories", "children", "public-monitoring"),
);
export const SUBJECTS_100K_PLUS = named("100,000+ people", is("dataSubjects", "100k-1m", "over-1m"));
export const SUBJECTS_10K_PLUS = named("10,000+ people", is("dataSubjects", "10k-100k", "100k-1m", "over-1m"));

// Size under Recommendation 2003/361/EC (Annex, Art. 2), which NIS2 and the Data Act use: an
// enterprise is medium or larger with 50+ staff, or with more than €10M turnover *and* more than
// €10M balance sheet; large with 250+ staff, or more than €50M turnover *and* more than €43M
// balance sheet. The form does not ask the balance sheet, so staff decides "likely" and turnover
// alone only "possible" (review R4).

/** 50 or more staff: medium or larger whatever the money. */
export const MEDIUM_BY_STAFF = named("50+ staff", is("employees", "50-249", "250-749", "750-plus"));
/** 250 or more staff: large whatever the money. */
export const LARGE_BY_STAFF = named("250+ staff", is("employees", "250-749", "750-plus"));
/** More than €10M turnover: medium or larger only if the balance sheet is too. */
export const MEDIUM_BY_TURNOVER = named(
  "turnover over €10M",
  is("turnover", "10m-25m", "25m-50m", "50m-150m", "over-150m"),
);
/** More than €50M turnover: large only if the balance sheet exceeds €43M too. */
export const LARGE_BY_TURNOVER = named("turnover over €50M", is("turnover", "50m-150m", "over-150m"));
/** Either way large, for "possible" findings. */
export const LARGE = named("large", any(LARGE_BY_STAFF, LARGE_BY_TURNOVER));

/** Public bodies: central government and other public administrations or public-service providers. */
export const PUBLIC_BODY = named("public body", is("sectors", "central-government", "public-sector"));

/**
 * OFAC's jurisdiction: US persons (US companies and branches, US citizens and residents), and
 * payments cleared in US dollars. Using US software or cloud is not a link (review R18).
 */
export const US_PERSON_OR_USD = named(
  "US person or US dollars",
  any(is("usNexus", "us-entity", "usd-payments"), is("establishments", "us")),
);
/**
 * Embargo programmes (Iran, Cuba, North Korea, Crimea) also forbid re-exporting US-origin goods,
 * software and technology to them, so supplying US-origin items counts there.
 */
export const US_NEXUS = named(
  "US link",
  any(is("usNexus", "us-entity", "us-origin-supply", "usd-payments"), is("establishments", "us")),
);
/** Where the EAR follow an item: US-origin items you supply, or a US person or company exporting. */
export const EAR_JURISDICTION = named(
  "EAR jurisdiction",
  any(is("usNexus", "us-origin-supply", "us-entity"), is("establishments", "us")),
);
