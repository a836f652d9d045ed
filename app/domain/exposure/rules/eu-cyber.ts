import { all, any, is, named } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import { EU_LINK, LARGE, LARGE_BY_STAFF, LARGE_BY_TURNOVER, MEDIUM_BY_STAFF, MEDIUM_BY_TURNOVER } from "./predicates";

// Financial entities are left out of the NIS2 sector lists on purpose: DORA is the sector-specific
// act for them (NIS2 Art. 4), so counting both would double the same duties.

/**
 * Cloud computing services, which NIS2 recital 33 says include SaaS (review R3): a digital
 * infrastructure provider, or a software vendor offering SaaS to EU customers. A device maker's
 * companion cloud is a service related to its products, not a cloud service offered as such.
 */
const CLOUD_SERVICE = named(
  "cloud or SaaS provider",
  any(is("sectors", "digital-infrastructure"), all(is("sectors", "software-saas"), is("euProducts", "cloud-services"))),
);
const NIS2_ANNEX_I = named(
  "NIS2 Annex I sector",
  any(
    is("sectors", "digital-infrastructure", "telecom", "trust-services", "critical-services", "public-sector"),
    CLOUD_SERVICE,
  ),
);
const NIS2_ANNEX_II = named(
  "NIS2 Annex II sector",
  is("sectors", "manufacturing", "connected-devices", "online-platforms", "postal-food-chemicals"),
);

const NIS2_DUTIES = [
  "Management approves and oversees cybersecurity risk measures and is trained (Art. 20)",
  "Risk-management measures including supply-chain security, incident handling, business continuity and encryption (Art. 21)",
  "Report significant incidents: early warning within 24 hours, notification within 72 hours, final report within a month (Art. 23)",
  "Register with the national authority; if established outside the EU, designate a representative (Arts 26–27)",
];

// Review R6: the 72 hours run from the initial notification and the month from the latest
// intermediate report (DORA Art. 19(4); Delegated Regulation (EU) 2025/301, Art. 5(1)).
const DORA_ENTITY_DUTIES = [
  "An ICT risk-management framework owned by the management body (Arts 5–16)",
  "Classify and report major ICT incidents: initial notification within 4 hours of classification and no later than 24 hours after detection, intermediate report within 72 hours of the initial notification, final report within one month of the latest intermediate report (Art. 19; Delegated Regulation (EU) 2025/301, Art. 5)",
  "Digital operational resilience testing, threat-led penetration testing for significant entities (Arts 24–27)",
  "A register of ICT third-party arrangements and the mandatory contract terms (Arts 28–30)",
];

/**
 * NIS2 binds entities established in the EU; digital providers outside it that serve the EU
 * (cloud and SaaS, DNS, registries, trust services, platforms…) are covered too and must
 * designate a representative (Art. 26(1)(b), 26(3)).
 */
const NIS2_REACH = named(
  "NIS2 reach",
  any(
    is("establishments", "eu-eea"),
    all(
      is("markets", "eu-eea"),
      any(
        is(
          "sectors",
          "digital-infrastructure",
          "dns-tld-qualified-trust",
          "telecom",
          "trust-services",
          "online-platforms",
        ),
        CLOUD_SERVICE,
      ),
    ),
  ),
);

const CRA_PRODUCT = named("product with digital elements", is("euProducts", "connected-devices", "software-products"));

const SIZE_NOTE =
  "Size follows the EU SME test: staff decide it here; turnover alone is not enough because the balance sheet is not asked. National transposition varies.";

export const NIS2_RULES = [
  {
    id: "NIS2-ESSENTIAL-ANY-SIZE",
    regime: "nis2",
    tier: "essential",
    tierLabel: "Essential entity regardless of size (DNS, top-level domain registries, qualified trust services)",
    // Art. 3(1)(b): only these three are essential whatever their size (review R1).
    when: all(NIS2_REACH, is("sectors", "dns-tld-qualified-trust")),
    status: "likely",
    severity: 0.8,
    appliesFrom: "nis2",
    obligations: NIS2_DUTIES,
    confidence: "medium",
    note: "National transposition varies.",
  },
  {
    id: "NIS2-CENTRAL-GOVERNMENT",
    regime: "nis2",
    tier: "essential",
    tierLabel: "Essential entity regardless of size (central government administration)",
    // Art. 2(2)(f)(i) brings central government into scope whatever its size; Art. 3(1)(d) makes it essential (review R2).
    when: all(is("establishments", "eu-eea"), is("sectors", "central-government")),
    status: "likely",
    severity: 0.8,
    appliesFrom: "nis2",
    obligations: NIS2_DUTIES,
    confidence: "medium",
    note: "Member states identify their central-government entities; national transposition varies.",
  },
  {
    id: "NIS2-ESSENTIAL-TELECOM",
    regime: "nis2",
    tier: "essential",
    tierLabel: "Essential entity (medium or large public electronic communications provider)",
    // Art. 3(1)(c): public electronic communications providers are essential from medium size.
    when: all(NIS2_REACH, is("sectors", "telecom"), MEDIUM_BY_STAFF),
    status: "likely",
    severity: 0.8,
    appliesFrom: "nis2",
    obligations: NIS2_DUTIES,
    confidence: "medium",
    note: SIZE_NOTE,
  },
  {
    id: "NIS2-ESSENTIAL",
    regime: "nis2",
    tier: "essential",
    tierLabel: "Essential entity (large, Annex I sector)",
    when: all(NIS2_REACH, NIS2_ANNEX_I, LARGE_BY_STAFF),
    status: "likely",
    severity: 0.8,
    appliesFrom: "nis2",
    obligations: NIS2_DUTIES,
    confidence: "medium",
    note: SIZE_NOTE,
  },
  {
    id: "NIS2-ESSENTIAL-TURNOVER",
    regime: "nis2",
    tier: "essential",
    tierLabel: "Possibly essential (Annex I sector, large by turnover; the balance sheet decides)",
    when: all(NIS2_REACH, NIS2_ANNEX_I, LARGE_BY_TURNOVER),
    status: "possible",
    severity: 0.8,
    appliesFrom: "nis2",
    obligations: [
      "Check the balance sheet: above €43M with turnover above €50M makes you large, and so essential (Rec. 2003/361/EC)",
      ...NIS2_DUTIES,
    ],
  },
  {
    id: "NIS2-IMPORTANT-ANY-SIZE",
    regime: "nis2",
    tier: "important",
    tierLabel: "Important entity regardless of size (small telecoms provider, non-qualified trust services)",
    // Art. 2(2)(a) brings them into scope whatever their size; Art. 3(2) makes those not essential important.
    when: all(NIS2_REACH, is("sectors", "telecom", "trust-services")),
    status: "likely",
    severity: 0.6,
    appliesFrom: "nis2",
    obligations: NIS2_DUTIES,
    confidence: "medium",
    note: "National transposition varies.",
  },
  {
    id: "NIS2-IMPORTANT",
    regime: "nis2",
    tier: "important",
    tierLabel: "Important entity (medium or large, Annex I or II sector)",
    when: all(NIS2_REACH, any(NIS2_ANNEX_I, NIS2_ANNEX_II), MEDIUM_BY_STAFF),
    status: "likely",
    severity: 0.6,
    appliesFrom: "nis2",
    obligations: NIS2_DUTIES,
    confidence: "medium",
    note: SIZE_NOTE,
  },
  {
    id: "NIS2-IMPORTANT-TURNOVER",
    regime: "nis2",
    tier: "important",
    tierLabel: "Possibly important (Annex I or II sector, under 50 staff but over €10M turnover)",
    when: all(NIS2_REACH, any(NIS2_ANNEX_I, NIS2_ANNEX_II), MEDIUM_BY_TURNOVER),
    status: "possible",
    severity: 0.6,
    appliesFrom: "nis2",
    obligations: [
      "Check the balance sheet: above €10M with turnover above €10M makes you medium-sized, and so in scope (Rec. 2003/361/EC)",
      ...NIS2_DUTIES,
    ],
  },
  {
    id: "NIS2-SUPPLIER",
    regime: "nis2",
    tier: "supply-chain",
    tierLabel: "Supplier to NIS2 entities (security duties passed on by contract)",
    when: all(EU_LINK, is("sectors", "software-saas", "digital-infrastructure")),
    status: "possible",
    severity: 0.3,
    appliesFrom: "nis2",
    obligations: [
      "Expect security questionnaires, audit rights and incident-notice clauses from customers that are NIS2 entities (Art. 21(2)(d))",
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const DORA_RULES = [
  {
    id: "DORA-FINANCIAL-ENTITY",
    regime: "dora",
    tier: "financial-entity",
    tierLabel: "EU financial entity",
    when: all(is("establishments", "eu-eea"), is("sectors", "financial-services")),
    status: "likely",
    severity: 0.8,
    appliesFrom: "dora",
    obligations: DORA_ENTITY_DUTIES,
    note: "Microenterprises and some small entities follow a simplified framework (Art. 16).",
  },
  {
    id: "DORA-FINANCIAL-NON-EU",
    regime: "dora",
    tier: "financial-entity",
    tierLabel: "Financial firm serving EU clients (DORA applies to EU-authorised entities)",
    when: all(is("markets", "eu-eea"), is("sectors", "financial-services")),
    status: "possible",
    severity: 0.8,
    appliesFrom: "dora",
    obligations: [
      "Check whether any group entity is authorised in the EU; if so it carries the full DORA duties",
      ...DORA_ENTITY_DUTIES.slice(0, 1),
    ],
  },
  {
    id: "DORA-CTPP",
    regime: "dora",
    tier: "critical-ict-provider",
    tierLabel: "ICT provider that could be designated critical (direct oversight)",
    when: all(is("financialIctSupplier", "yes"), is("sectors", "digital-infrastructure"), LARGE),
    status: "possible",
    severity: 0.6,
    appliesFrom: "dora",
    obligations: [
      "Prepare for designation as a critical ICT third-party provider and oversight by a lead overseer (Arts 31–35)",
    ],
    note: "Designation depends on systemic importance across the EU financial sector.",
  },
  {
    id: "DORA-ICT-SUPPLIER",
    regime: "dora",
    tier: "ict-supplier",
    tierLabel: "ICT supplier to EU financial entities (duties passed on by contract)",
    // Review R5: DORA binds financial entities (Art. 2) and designated critical providers (Arts
    // 31–35); other ICT suppliers feel it through the Art. 28–30 contract terms.
    when: is("financialIctSupplier", "yes"),
    status: "possible",
    severity: 0.4,
    appliesFrom: "dora",
    obligations: [
      "Accept the mandatory contract terms: service levels, data location, audit and access rights, exit support (Art. 30)",
      "Support your clients' incident reporting and resilience testing, including threat-led tests",
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const DATA_ACT_RULES = [
  {
    id: "DA-CONNECTED-PRODUCT",
    regime: "data-act",
    tier: "connected-product-maker",
    tierLabel: "Maker of connected products or related services",
    // Micro and small enterprises are exempt as data holders (Art. 7); 50+ staff rules that out.
    when: all(is("euProducts", "connected-devices"), MEDIUM_BY_STAFF),
    status: "likely",
    severity: 0.5,
    appliesFrom: "data-act",
    alsoDates: ["data-act-design"],
    obligations: [
      "Give users, and third parties they choose, access to the data their use of the product generates (Arts 4–5)",
      "Tell buyers before purchase what data the product generates (Art. 3(2))",
      "Design products placed on the market after 12 September 2026 for direct data access (Arts 3(1), 50)",
      "Offer data-sharing terms that are fair, reasonable and non-discriminatory (Arts 8–9, 13)",
    ],
  },
  {
    id: "DA-CONNECTED-PRODUCT-SMALL",
    regime: "data-act",
    tier: "connected-product-maker",
    tierLabel: "Maker of connected products that may be exempt as a micro or small enterprise",
    when: is("euProducts", "connected-devices"),
    status: "possible",
    severity: 0.5,
    appliesFrom: "data-act",
    alsoDates: ["data-act-design"],
    obligations: [
      // Review R7: Art. 7(1), second sentence, of Regulation (EU) 2023/2854 extends the exemption, not restricts it.
      "Confirm the micro and small enterprise exemption (Art. 7(1)): it does not cover a small firm with a partner or linked enterprise that is not small, but it does extend to a firm that has been medium-sized for less than a year, and to a medium-sized firm's products for a year after they are placed on the market",
    ],
  },
  {
    id: "DA-CLOUD",
    regime: "data-act",
    tier: "data-processing-service",
    tierLabel: "Provider of cloud or other data processing services",
    when: is("euProducts", "cloud-services"),
    status: "likely",
    severity: 0.5,
    appliesFrom: "data-act",
    alsoDates: ["data-act-egress"],
    obligations: [
      "Let customers switch provider or move on-premises: contract terms, export of data and assets, a transition period (Arts 23–26)",
      "Reduce switching charges now and stop charging them from 12 January 2027 (Art. 29)",
      "Safeguards against unlawful government access to non-personal data (Art. 32)",
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const CRA_RULES = [
  {
    id: "CRA-MANUFACTURER",
    regime: "cyber-resilience-act",
    tier: "manufacturer",
    tierLabel: "Manufacturer of products with digital elements",
    when: CRA_PRODUCT,
    status: "likely",
    severity: 0.7,
    appliesFrom: "cra-full",
    obligations: [
      "Security by design and by default, and a cybersecurity risk assessment (Art. 13, Annex I)",
      "Vulnerability handling for the support period (at least five years), a software bill of materials and free security updates (Annex I Part II)",
      "Conformity assessment, technical documentation and CE marking (Arts 28–32)",
    ],
    note: "Medical devices, vehicles, aviation and marine equipment are covered by their own product law instead.",
  },
  {
    id: "CRA-REPORTING",
    regime: "cyber-resilience-act",
    tier: "manufacturer-reporting",
    tierLabel: "Manufacturer: reporting of exploited vulnerabilities and severe incidents",
    when: CRA_PRODUCT,
    status: "likely",
    severity: 0.5,
    appliesFrom: "cra-reporting",
    obligations: [
      "Report actively exploited vulnerabilities and severe incidents through the ENISA platform: early warning in 24 hours, notification in 72 hours, final report in 14 days or one month (Art. 14)",
      "This applies to products already on the market, not only new ones",
    ],
  },
  {
    id: "CRA-IMPORTER-DISTRIBUTOR",
    regime: "cyber-resilience-act",
    tier: "importer-distributor",
    tierLabel: "Importer or distributor of products with digital elements",
    when: is("euProducts", "resold-products"),
    status: "likely",
    severity: 0.5,
    appliesFrom: "cra-full",
    obligations: [
      "Only place products on the market that carry the CE marking and documentation; pass on vulnerabilities you learn of to the manufacturer (Arts 19–20)",
    ],
  },
] as const satisfies readonly RuleDefinition[];
