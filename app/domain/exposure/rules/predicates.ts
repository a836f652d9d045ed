import { all, any, is, named, not } from "../../questionnaire";

// Named building blocks the rule tables share. Rules only ever use markets and AI uses in
// positive form, which is what keeps "adding a market or a use never lowers impact" true.

export const EU_LINK = named("EU link", any(is("establishments", "eu-eea"), is("markets", "eu-eea")));
export const NOT_EU_ESTABLISHED = named("no EU establishment", not(is("establishments", "eu-eea")));

export const USES_AI = named(
  "uses AI",
  is("aiRoles", "provider", "deployer", "importer-distributor", "product-integrator", "modifier")
);
/** Art. 25: rebranding or substantially modifying a system makes you its provider. */
export const AI_PROVIDER = named("AI provider (incl. Art. 25)", is("aiRoles", "provider", "modifier", "product-integrator"));
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
    "law-enforcement-justice"
  )
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
    is("decisionRole", "fully-automated", "main-factor")
  )
);
export const DECISIVE = named("system decides", is("decisionRole", "fully-automated", "main-factor"));
export const HIRING = named("hiring use", is("aiUses", "employment"));
/** Colorado's "consequential decisions". */
export const CONSEQUENTIAL_USE = named(
  "consequential decision (Colorado)",
  is("aiUses", "employment", "credit-scoring", "insurance-pricing", "public-services", "education", "housing", "healthcare")
);
/** California's "significant decisions" (insurance and government services are outside the CPPA rules). */
export const SIGNIFICANT_DECISION_USE = named(
  "significant decision (California)",
  is("aiUses", "employment", "credit-scoring", "education", "housing", "healthcare")
);

export const PERSONAL_DATA = named(
  "personal data",
  is("personalData", "customers", "employees", "special-categories", "children", "public-monitoring")
);
export const SUBJECTS_100K_PLUS = named("100,000+ people", is("dataSubjects", "100k-1m", "over-1m"));
export const SUBJECTS_10K_PLUS = named("10,000+ people", is("dataSubjects", "10k-100k", "100k-1m", "over-1m"));

/** NIS2's medium-size cap: 50+ staff or more than €10M turnover (the balance-sheet limb is not asked). */
export const MEDIUM_OR_LARGER = named(
  "medium or larger",
  any(is("employees", "50-249", "250-749", "750-plus"), is("turnover", "10m-25m", "25m-50m", "50m-150m", "over-150m"))
);
/** NIS2's large cap: 250+ staff or more than €50M turnover. */
export const LARGE = named("large", any(is("employees", "250-749", "750-plus"), is("turnover", "50m-150m", "over-150m")));
/** Micro or small enterprise: under 50 staff and at most €10M turnover. */
export const SMALL_ENTERPRISE = named(
  "micro or small enterprise",
  all(is("employees", "under-10", "10-49"), is("turnover", "up-to-10m"))
);

export const US_NEXUS = named(
  "US link",
  any(is("usNexus", "us-entity", "us-origin-items", "usd-payments"), is("establishments", "us"))
);
/** Where the EAR follow an item: US-origin items, or a US person or company exporting. */
export const EAR_JURISDICTION = named(
  "EAR jurisdiction",
  any(is("usNexus", "us-origin-items", "us-entity"), is("establishments", "us"))
);
