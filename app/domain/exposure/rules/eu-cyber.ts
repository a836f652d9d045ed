import { all, any, is, named, not } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import { EU_LINK, LARGE, MEDIUM_OR_LARGER, SMALL_ENTERPRISE } from "./predicates";

// Financial entities are left out of the NIS2 sector lists on purpose: DORA is the sector-specific
// act for them (NIS2 Art. 4), so counting both would double the same duties.
const NIS2_ANNEX_I = named("NIS2 Annex I sector", is("sectors", "digital-infrastructure", "critical-services", "public-sector"));
const NIS2_ANNEX_II = named(
  "NIS2 Annex II sector",
  is("sectors", "manufacturing", "connected-devices", "online-platforms", "postal-food-chemicals")
);

const NIS2_DUTIES = [
  "Management approves and oversees cybersecurity risk measures and is trained (Art. 20)",
  "Risk-management measures including supply-chain security, incident handling, business continuity and encryption (Art. 21)",
  "Report significant incidents: early warning within 24 hours, notification within 72 hours, final report within a month (Art. 23)",
  "Register with the national authority; if established outside the EU, designate a representative (Arts 26–27)",
];

const DORA_ENTITY_DUTIES = [
  "An ICT risk-management framework owned by the management body (Arts 5–16)",
  "Classify and report major ICT incidents: initial report within 4 hours of classification and 24 hours of detection, then 72 hours and one month (Arts 17–19)",
  "Digital operational resilience testing, threat-led penetration testing for significant entities (Arts 24–27)",
  "A register of ICT third-party arrangements and the mandatory contract terms (Arts 28–30)",
];

/**
 * NIS2 binds entities established in the EU; digital providers outside it that serve the EU
 * (cloud, DNS, platforms…) are covered too and must designate a representative (Art. 26).
 */
const NIS2_REACH = named(
  "NIS2 reach",
  any(
    is("establishments", "eu-eea"),
    all(is("markets", "eu-eea"), is("sectors", "digital-infrastructure", "dns-tld-trust-telecom", "online-platforms"))
  )
);

const CRA_PRODUCT = named("product with digital elements", is("euProducts", "connected-devices", "software-products"));

export const NIS2_RULES = [
  {
    id: "NIS2-ESSENTIAL-ANY-SIZE",
    regime: "nis2",
    tier: "essential",
    tierLabel: "Essential entity regardless of size (DNS, registries, trust services, telecoms)",
    when: all(NIS2_REACH, is("sectors", "dns-tld-trust-telecom")),
    status: "likely",
    severity: 0.8,
    appliesFrom: "nis2",
    obligations: NIS2_DUTIES,
    confidence: "medium",
    note: "Small telecoms providers are 'important' rather than essential; national transposition varies.",
  },
  {
    id: "NIS2-ESSENTIAL",
    regime: "nis2",
    tier: "essential",
    tierLabel: "Essential entity (large, Annex I sector)",
    when: all(NIS2_REACH, NIS2_ANNEX_I, LARGE),
    status: "likely",
    severity: 0.8,
    appliesFrom: "nis2",
    obligations: NIS2_DUTIES,
    confidence: "medium",
    note: "The size test leaves out the balance-sheet limb; national transposition varies.",
  },
  {
    id: "NIS2-IMPORTANT",
    regime: "nis2",
    tier: "important",
    tierLabel: "Important entity (medium or large, Annex I or II sector)",
    when: all(NIS2_REACH, any(NIS2_ANNEX_I, NIS2_ANNEX_II), MEDIUM_OR_LARGER),
    status: "likely",
    severity: 0.6,
    appliesFrom: "nis2",
    obligations: NIS2_DUTIES,
    confidence: "medium",
    note: "The size test leaves out the balance-sheet limb; national transposition varies.",
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
    obligations: ["Prepare for designation as a critical ICT third-party provider and oversight by a lead overseer (Arts 31–35)"],
    note: "Designation depends on systemic importance across the EU financial sector.",
  },
  {
    id: "DORA-ICT-SUPPLIER",
    regime: "dora",
    tier: "ict-supplier",
    tierLabel: "ICT supplier to EU financial entities",
    when: is("financialIctSupplier", "yes"),
    status: "likely",
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
    when: all(is("euProducts", "connected-devices"), not(SMALL_ENTERPRISE)),
    status: "likely",
    severity: 0.5,
    appliesFrom: "data-act",
    alsoDates: ["data-act-design"],
    obligations: [
      "Give users, and third parties they choose, access to the data their use of the product generates (Arts 4–5)",
      "Tell buyers before purchase what data the product generates (Art. 3(2))",
      "Design products placed on the market from 12 September 2026 for direct data access (Art. 3(1))",
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
      "Confirm the micro and small enterprise exemption (Art. 7): it does not cover partner or linked enterprises, nor firms that recently grew past the thresholds",
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
