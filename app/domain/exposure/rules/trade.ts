import { all, any, is, named } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import { EAR_JURISDICTION, US_NEXUS, US_PERSON_OR_USD } from "./predicates";

const FULL_EMBARGO = named(
  "comprehensive embargo",
  is("tradeCountries", "iran", "north-korea", "cuba", "occupied-ukraine"),
);
/** China and the arms-embargoed (D:5) destinations the advanced-computing controls name. */
const ADVANCED_COMPUTING_DESTINATION = named(
  "advanced-computing destination",
  is("tradeCountries", "china", "russia", "belarus", "iran", "north-korea", "cuba", "occupied-ukraine", "syria"),
);
/** Destinations where almost any US-origin item, even EAR99, needs a licence. */
const EAR_COUNTRY_WIDE = named(
  "country-wide EAR controls",
  is("tradeCountries", "russia", "belarus", "iran", "north-korea", "cuba", "occupied-ukraine"),
);
const DUAL_USE = named(
  "dual-use items",
  is("sensitiveExports", "encryption", "semiconductor-equipment", "other-dual-use"),
);

const SCREENING =
  "Screen customers, suppliers, banks and owners against the SDN list, including the 50% rule, before each transaction";

/** A US person in OFAC's sense: a US company or branch, or US citizens and residents on the staff. */
const US_PERSON = named("US person", any(is("usNexus", "us-entity"), is("establishments", "us")));
const SOFTWARE_OR_IT_SERVICES = named(
  "software or IT services",
  is("sectors", "software-saas", "digital-infrastructure"),
);

export const SANCTIONS_RULES = [
  {
    id: "OFAC-EMBARGO",
    regime: "us-sanctions",
    tier: "comprehensive-embargo",
    tierLabel: "Dealings with a comprehensively embargoed country, with a US link",
    when: all(FULL_EMBARGO, US_NEXUS),
    status: "likely",
    severity: 1,
    appliesFrom: "us-ieepa",
    obligations: [
      "Stop the dealings unless a general or specific licence covers them, and take legal advice now",
      "Consider a voluntary self-disclosure to OFAC: it halves the base penalty",
      "Keep records for ten years, the limitation period since 2024",
    ],
  },
  {
    id: "OFAC-RUSSIA-IT-SERVICES",
    regime: "us-sanctions",
    tier: "russia-it-services",
    tierLabel: "A US software or IT provider with customers in Russia (IT-services and cloud ban)",
    // Source: OFAC determination under E.O. 14071 of 12 June 2024 (89 FR 58286), in force
    // 12 September 2024; OFAC FAQs 1184–1188. A probable present violation, hence a red flag.
    when: all(is("tradeCountries", "russia"), US_PERSON, SOFTWARE_OR_IT_SERVICES),
    status: "likely",
    severity: 1,
    appliesFrom: "ofac-russia-it",
    obligations: [
      "Since 12 September 2024 US persons may not provide IT consultancy and design services, nor IT support or cloud-based services for enterprise-management or design and manufacturing software, to any person located in Russia",
      "Stop the covered services unless a general or specific licence applies, and take legal advice now; consider a voluntary self-disclosure",
    ],
    confidence: "medium",
    note: "The ban turns on the kind of software (enterprise management, design or manufacturing) and on where the customer is located; Russian entities owned by US persons are exempt.",
  },
  {
    id: "OFAC-RUSSIA",
    regime: "us-sanctions",
    tier: "russia-belarus",
    tierLabel: "Russia or Belarus business by a US person or in US dollars",
    // Review R18: OFAC reaches US persons and US-dollar clearing; merely using US software does not.
    when: all(is("tradeCountries", "russia", "belarus"), US_PERSON_OR_USD),
    status: "likely",
    severity: 0.9,
    appliesFrom: "ofac-russia-eo14024",
    alsoDates: ["ofac-russia-it"],
    obligations: [
      SCREENING,
      "No new investment in Russia; since 12 September 2024 no IT consultancy and design services, and no IT support or cloud services for enterprise-management or design and manufacturing software, to anyone located in Russia",
      "Check bank and payment routes: foreign banks face secondary sanctions for Russia's military-industrial base",
    ],
  },
  {
    id: "OFAC-SECONDARY",
    regime: "us-sanctions",
    tier: "secondary-sanctions",
    tierLabel: "Business with Iran, Russia or North Korea without a US link (secondary sanctions)",
    when: is("tradeCountries", "iran", "russia", "north-korea"),
    status: "possible",
    severity: 0.6,
    appliesFrom: "us-ieepa",
    obligations: [
      "Even without a US link, significant dealings can trigger secondary sanctions and cut you off from US banks and partners",
      SCREENING,
    ],
  },
  {
    id: "OFAC-SYRIA",
    regime: "us-sanctions",
    tier: "list-based",
    tierLabel: "Syria business (programme lifted, list-based designations remain)",
    when: is("tradeCountries", "syria"),
    status: "possible",
    severity: 0.6,
    appliesFrom: "ofac-syria-revoked",
    obligations: [
      SCREENING,
      "Check the remaining terrorism, narcotics and human-rights designations and the export controls that still apply",
    ],
  },
  {
    id: "OFAC-SCREENING",
    regime: "us-sanctions",
    tier: "list-based",
    tierLabel: "Business with China, Hong Kong or Macau with a US link (list-based sanctions)",
    when: all(is("tradeCountries", "china"), US_NEXUS),
    status: "possible",
    severity: 0.3,
    appliesFrom: "us-ieepa",
    obligations: [SCREENING, "Check the Chinese military-industrial companies list before investing"],
  },
] as const satisfies readonly RuleDefinition[];

export const EXPORT_CONTROL_RULES = [
  {
    id: "EAR-ADVANCED-COMPUTING",
    regime: "us-export-controls",
    tier: "advanced-computing",
    tierLabel: "Advanced AI chips to China or an arms-embargoed destination",
    // No US-link condition: advanced AI chips are US-origin or made with US technology (foreign direct product rule).
    when: all(is("sensitiveExports", "ai-chips"), ADVANCED_COMPUTING_DESTINATION),
    status: "likely",
    severity: 0.9,
    appliesFrom: "bis-advanced-computing",
    alsoDates: ["bis-hq-guidance", "bis-affiliates"],
    obligations: [
      "A BIS licence is required for 3A090/4A090 items to these destinations, and for companies headquartered there wherever they are; most applications are denied",
      "Stop shipments and remote access pending classification and legal advice",
      "Screen end users and their owners against the Entity List, and treat companies 50% or more owned by listed parties as listed too: the Affiliates rule applies again from 10 November 2026 unless BIS extended its suspension, so check the Federal Register for a BIS rule extending it before relying on one",
    ],
  },
  {
    id: "EAR-AI-MODELS",
    regime: "us-export-controls",
    tier: "advanced-computing",
    tierLabel: "AI model weights or training compute for China or an arms-embargoed destination",
    when: all(is("sensitiveExports", "model-weights-compute"), ADVANCED_COMPUTING_DESTINATION),
    status: "possible",
    severity: 0.9,
    appliesFrom: "bis-advanced-computing",
    alsoDates: ["bis-affiliates"],
    obligations: [
      "Check end-use controls on supercomputer and AI training, and 'know your customer' duties for infrastructure-as-a-service",
    ],
    confidence: "medium",
    note: "The AI Diffusion Rule's model-weight controls are not enforced; other end-use controls still apply.",
  },
  {
    id: "EAR-CHIPS-HEADQUARTERS",
    regime: "us-export-controls",
    tier: "advanced-computing",
    tierLabel: "Advanced AI chips (licence needed for customers headquartered in China or D:5)",
    when: is("sensitiveExports", "ai-chips"),
    status: "possible",
    severity: 0.9,
    appliesFrom: "bis-hq-guidance",
    alsoDates: ["bis-affiliates"],
    obligations: [
      "Establish where each customer and its parent are headquartered; a Chinese or D:5 parent needs a licence wherever the customer is",
    ],
  },
  {
    id: "EAR-COUNTRY-WIDE",
    regime: "us-export-controls",
    tier: "embargoed-destination",
    tierLabel: "Supplying US-origin items with business in Russia, Belarus or an embargoed country",
    // Review R18: the licence requirement concerns US-origin items supplied there, not US software used at home.
    when: all(EAR_COUNTRY_WIDE, is("usNexus", "us-origin-supply")),
    status: "likely",
    severity: 0.6,
    appliesFrom: "us-ear",
    obligations: [
      "Almost every US-origin item, including EAR99 software and consumer goods, needs a licence for these destinations",
      "Map which products and services reach these countries, directly or through distributors",
    ],
  },
  {
    id: "EAR-DUAL-USE-RESTRICTED",
    regime: "us-export-controls",
    tier: "dual-use",
    tierLabel: "Dual-use items under US jurisdiction to a restricted destination",
    when: all(
      DUAL_USE,
      is("tradeCountries", "russia", "belarus", "iran", "north-korea", "cuba", "occupied-ukraine", "china"),
      EAR_JURISDICTION,
    ),
    status: "likely",
    severity: 0.6,
    appliesFrom: "us-ear",
    obligations: [
      "Classify each item (ECCN), check the licence requirements for each destination and end user, and screen against the Entity List",
    ],
  },
  {
    id: "EAR-DUAL-USE",
    regime: "us-export-controls",
    tier: "dual-use",
    tierLabel: "Dual-use items under US jurisdiction",
    when: all(DUAL_USE, EAR_JURISDICTION),
    status: "possible",
    severity: 0.6,
    appliesFrom: "us-ear",
    obligations: ["Classify each item (ECCN) and check whether a licence exception covers your destinations"],
  },
  {
    id: "EAR-US-ITEMS-POSSIBLE",
    regime: "us-export-controls",
    tier: "embargoed-destination",
    tierLabel: "Business in Russia, Belarus or an embargoed country with a US link",
    when: all(EAR_COUNTRY_WIDE, any(is("usNexus", "us-entity"), is("establishments", "us"))),
    status: "possible",
    severity: 0.6,
    appliesFrom: "us-ear",
    obligations: ["Check whether anything you supply there is US-origin or contains controlled US content"],
  },
] as const satisfies readonly RuleDefinition[];
