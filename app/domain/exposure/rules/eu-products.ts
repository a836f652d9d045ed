import { all, is, named } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import { AI_PROVIDER, EU_LINK, MEDIUM_BY_STAFF, NOT_EU_ESTABLISHED } from "./predicates";

// EU platform and product law the questionnaire already had triggers for (review C.2, item 3).

const PLATFORM = named("online platform serving the EU", all(EU_LINK, is("sectors", "online-platforms")));

export const DSA_RULES = [
  {
    id: "DSA-PLATFORM",
    regime: "eu-dsa",
    tier: "online-platform",
    tierLabel: "Online platform (marketplace, social network or similar) serving the EU",
    // Micro and small enterprises are spared the platform duties of Section 3 (Art. 19), not the hosting ones.
    when: all(PLATFORM, MEDIUM_BY_STAFF),
    status: "likely",
    severity: 0.6,
    appliesFrom: "dsa",
    obligations: [
      "Notice-and-action for illegal content, statements of reasons and an internal complaint system with out-of-court settlement (Arts 16–17, 20–21)",
      "No dark patterns; advertising and recommender-system transparency; protection of minors (Arts 25–28)",
      "Marketplaces: know your business customer and compliance by design for traders (Arts 30–32)",
    ],
    confidence: "medium",
    note: "Very large platforms (45 million monthly users in the EU) carry further duties; the form does not ask user numbers.",
  },
  {
    id: "DSA-HOSTING",
    regime: "eu-dsa",
    tier: "hosting-service",
    tierLabel: "Hosting service for content of EU users",
    when: PLATFORM,
    status: "likely",
    severity: 0.4,
    appliesFrom: "dsa",
    obligations: [
      "Points of contact for authorities and users, terms and conditions that explain content moderation, and transparency reports (Arts 11–12, 14–15)",
      "Notice-and-action for illegal content and statements of reasons for removals (Arts 16–17)",
    ],
  },
  {
    id: "DSA-REPRESENTATIVE",
    regime: "eu-dsa",
    tier: "hosting-service",
    tierLabel: "Platform outside the EU serving EU users: legal representative (Art. 13)",
    when: all(PLATFORM, NOT_EU_ESTABLISHED),
    status: "likely",
    severity: 0.4,
    appliesFrom: "dsa",
    obligations: [
      "Designate a legal representative in a member state where you offer the service, in writing (Art. 13)",
    ],
  },
] as const satisfies readonly RuleDefinition[];

/** Software is a product under the new directive whatever the way it is supplied (recital 13). */
const EU_PRODUCT = named(
  "product placed on the EU market",
  is("euProducts", "connected-devices", "software-products", "resold-products"),
);

export const PRODUCT_LIABILITY_RULES = [
  {
    id: "PLD-MANUFACTURER",
    regime: "eu-product-liability",
    tier: "manufacturer",
    tierLabel: "Manufacturer, importer or distributor of products, software included, in the EU",
    when: EU_PRODUCT,
    status: "likely",
    severity: 0.5,
    appliesFrom: "pld",
    obligations: [
      "Strict liability for damage caused by a defective product, software and AI systems included, for products placed on the market after 9 December 2026 (Arts 4, 6, 2(1))",
      "A missing security update or a cybersecurity vulnerability can make a product defective while you control it (Arts 7, 11(2))",
      "Courts can order you to disclose evidence, and presume defectiveness when you do not (Arts 9–10); importers and your EU representative answer for products made outside the EU (Art. 8)",
    ],
    note: "Member states transpose the directive by 9 December 2026; the national law will decide procedure.",
  },
  {
    id: "PLD-AI-PROVIDER",
    regime: "eu-product-liability",
    tier: "manufacturer",
    tierLabel: "Provider of AI systems used in the EU (AI systems are products)",
    when: all(EU_LINK, AI_PROVIDER),
    status: "likely",
    severity: 0.5,
    appliesFrom: "pld",
    obligations: [
      "Strict liability for damage caused by a defective AI system placed on the market after 9 December 2026, including through what it learns after deployment (Arts 4, 7(2))",
      "Keep the evidence a court can order you to disclose: design, testing, updates and incidents (Art. 9)",
    ],
  },
  {
    id: "PLD-SAAS",
    regime: "eu-product-liability",
    tier: "manufacturer",
    tierLabel: "Provider of cloud software to EU customers (software as a product)",
    when: is("euProducts", "cloud-services"),
    status: "possible",
    severity: 0.5,
    appliesFrom: "pld",
    obligations: [
      "Check whether your service is software supplied as a product or a pure service; for software, strict product liability applies",
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const RED_CYBER_RULES = [
  {
    id: "RED-CYBER",
    regime: "eu-red-cyber",
    tier: "radio-equipment-maker",
    tierLabel: "Maker or importer of internet-connected radio equipment for the EU",
    when: is("euProducts", "connected-devices"),
    status: "likely",
    severity: 0.6,
    appliesFrom: "red-cyber",
    obligations: [
      "Internet-connected radio equipment placed on the market must protect networks, personal data and, where it handles money, against fraud (Directive 2014/53/EU, Art. 3(3)(d)–(f), made applicable by Delegated Regulation (EU) 2022/30)",
      "Show conformity with the harmonised standards (EN 18031 series) or through a notified body, and keep the technical documentation",
    ],
    confidence: "medium",
    note: "Applies to radio equipment (Wi-Fi, Bluetooth, cellular…); products without a radio are outside it. The Cyber Resilience Act will take over these requirements.",
  },
] as const satisfies readonly RuleDefinition[];

/** Services the European Accessibility Act lists that our sectors name: e-commerce and electronic communications. */
const EAA_SERVICE = named(
  "service covered by the Accessibility Act",
  all(is("markets", "eu-eea"), is("personalData", "customers"), is("sectors", "online-platforms", "telecom")),
);

export const ACCESSIBILITY_RULES = [
  {
    id: "EAA-SERVICE",
    regime: "eu-accessibility",
    tier: "service-provider",
    tierLabel: "Provider of e-commerce, consumer banking or electronic communications services in the EU",
    // Micro-enterprises providing services are exempt (Art. 4(5)): under 10 staff and up to €2M.
    when: all(EAA_SERVICE, is("employees", "10-49", "50-249", "250-749", "750-plus")),
    status: "likely",
    severity: 0.4,
    appliesFrom: "eaa",
    obligations: [
      "Make websites, apps and the services' consumer journeys accessible (Annex I), and publish how the service meets the requirements (Annex V)",
      "Services already provided under contracts before 28 June 2025 may continue until they expire, at most until 28 June 2030 (Art. 32)",
    ],
  },
  {
    id: "EAA-SERVICE-MICRO",
    regime: "eu-accessibility",
    tier: "service-provider",
    tierLabel: "Micro-enterprise providing a covered service (may be exempt)",
    when: EAA_SERVICE,
    status: "possible",
    severity: 0.4,
    appliesFrom: "eaa",
    obligations: [
      "Check the micro-enterprise exemption for services: fewer than 10 staff and at most €2M turnover or balance sheet (Art. 4(5))",
    ],
  },
  {
    id: "EAA-BANKING",
    regime: "eu-accessibility",
    tier: "service-provider",
    tierLabel: "Financial firm serving EU consumers (consumer banking services are covered)",
    when: all(is("markets", "eu-eea"), is("personalData", "customers"), is("sectors", "financial-services")),
    status: "possible",
    severity: 0.4,
    appliesFrom: "eaa",
    obligations: [
      "If you offer consumer banking services (credit, payment, e-money, payment accounts, investment services to consumers), make their websites, apps and journeys accessible (Art. 2(2)(d), Annex I)",
    ],
  },
  {
    id: "EAA-PRODUCT",
    regime: "eu-accessibility",
    tier: "product-manufacturer",
    tierLabel: "Maker of consumer hardware that may be a covered product (computers, phones, e-readers, terminals)",
    when: all(is("euProducts", "connected-devices", "resold-products"), is("sectors", "connected-devices")),
    status: "possible",
    severity: 0.4,
    appliesFrom: "eaa",
    obligations: [
      "Check whether your products are on the Act's list (Art. 2(1)); if so they must meet the accessibility requirements and carry the CE marking",
    ],
  },
] as const satisfies readonly RuleDefinition[];
