import type { RoutingRuleset } from "./rules";

/** The inboxes the demo seed creates; the demo ruleset routes only to these. */
export const DEMO_INBOX_SLUGS = [
  "ai-governance",
  "privacy-data",
  "cyber-resilience",
  "sanctions-export",
  "general",
] as const;

/**
 * The seeded ruleset. Order is the policy: "speak to counsel now" red flags first, then verdicts
 * that name a practice area outright, then the visitor's stated concern, which only decides when
 * the assessment itself does not point anywhere in particular.
 */
export const DEMO_ROUTING_RULESET: RoutingRuleset = {
  version: "2026.11.1",
  fallbackInbox: "general",
  rules: [
    // Red flags: criminal exposure or a probable present breach goes to the specialists at once.
    {
      id: "embargo-with-us-link",
      name: "Dealings with an embargoed country and a US link",
      when: [{ field: "redFlag", op: "includes", value: "embargoed-country-us-link" }],
      inbox: "sanctions-export",
    },
    {
      id: "advanced-chips-restricted-destination",
      name: "Advanced AI chips reaching a restricted destination",
      when: [{ field: "redFlag", op: "includes", value: "advanced-chips-restricted-destination" }],
      inbox: "sanctions-export",
    },
    {
      id: "russia-it-services-us-person",
      name: "A US software or IT provider serving customers in Russia",
      when: [{ field: "redFlag", op: "includes", value: "russia-it-services-us-person" }],
      inbox: "sanctions-export",
    },
    {
      id: "us-origin-items-to-embargoed-destination",
      name: "US-origin items supplied with business in Russia, Belarus or an embargoed country",
      when: [{ field: "redFlag", op: "includes", value: "us-origin-items-to-embargoed-destination" }],
      inbox: "sanctions-export",
    },
    {
      id: "russia-services-eu-uk-company",
      name: "An EU or UK software or IT provider serving customers in Russia",
      when: [{ field: "redFlag", op: "includes", value: "russia-services-eu-uk-company" }],
      inbox: "sanctions-export",
    },
    {
      id: "dual-use-to-sanctioned-country",
      name: "Dual-use exports from the EU or the UK with business in a sanctioned country",
      when: [{ field: "redFlag", op: "includes", value: "dual-use-to-sanctioned-country" }],
      inbox: "sanctions-export",
    },
    {
      id: "ai-act-prohibited-practice",
      name: "A practice the AI Act prohibits",
      when: [{ field: "redFlag", op: "includes", value: "ai-act-prohibited-practice" }],
      inbox: "ai-governance",
    },
    {
      id: "biometrics-without-release",
      name: "Biometrics collected in Illinois without written releases",
      when: [{ field: "redFlag", op: "includes", value: "biometrics-without-release" }],
      inbox: "privacy-data",
    },
    {
      id: "russian-data-abroad",
      name: "Russian personal data stored abroad",
      when: [{ field: "redFlag", op: "includes", value: "russian-data-stored-abroad" }],
      inbox: "privacy-data",
    },

    // Verdicts that name a practice area.
    {
      id: "ai-act-high-risk-provider",
      name: "Likely provider of a high-risk AI system",
      when: [
        { field: "regime", op: "is", value: { regime: "eu-ai-act", status: ["likely"] } },
        { field: "tier", op: "includes", value: "high-risk-annex-iii-provider" },
      ],
      inbox: "ai-governance",
    },
    {
      id: "ai-act-high-risk-deployer-fria",
      name: "Likely deployer of a high-risk AI system that owes a fundamental-rights impact assessment",
      when: [
        { field: "regime", op: "is", value: { regime: "eu-ai-act", status: ["likely"] } },
        { field: "tier", op: "includes", value: "high-risk-annex-iii-deployer-fria" },
      ],
      inbox: "ai-governance",
    },
    {
      id: "ai-act-high-risk-deployer",
      name: "Likely deployer of a high-risk AI system",
      when: [
        { field: "regime", op: "is", value: { regime: "eu-ai-act", status: ["likely"] } },
        { field: "tier", op: "includes", value: "high-risk-annex-iii-deployer" },
      ],
      inbox: "ai-governance",
    },
    {
      id: "ai-act-high-risk-product",
      name: "Likely high-risk AI as a safety component of a regulated product",
      when: [
        { field: "regime", op: "is", value: { regime: "eu-ai-act", status: ["likely"] } },
        { field: "tier", op: "includes", value: "high-risk-annex-i-provider" },
      ],
      inbox: "ai-governance",
    },
    {
      id: "ai-act-general-purpose-model",
      name: "Likely provider of a general-purpose AI model",
      when: [
        { field: "regime", op: "is", value: { regime: "eu-ai-act", status: ["likely"] } },
        { field: "tier", op: "includes", value: "gpai" },
      ],
      inbox: "ai-governance",
    },
    {
      id: "us-sanctions-likely",
      name: "US sanctions likely apply",
      when: [{ field: "regime", op: "is", value: { regime: "us-sanctions", status: ["likely"] } }],
      inbox: "sanctions-export",
    },
    {
      id: "us-export-controls-likely",
      name: "US export controls likely apply",
      when: [{ field: "regime", op: "is", value: { regime: "us-export-controls", status: ["likely"] } }],
      inbox: "sanctions-export",
    },
    {
      id: "eu-sanctions-likely",
      name: "EU sanctions likely apply",
      when: [{ field: "regime", op: "is", value: { regime: "eu-sanctions", status: ["likely"] } }],
      inbox: "sanctions-export",
    },
    {
      id: "eu-dual-use-likely",
      name: "EU dual-use export controls likely apply",
      when: [{ field: "regime", op: "is", value: { regime: "eu-dual-use", status: ["likely"] } }],
      inbox: "sanctions-export",
    },
    {
      id: "uk-sanctions-likely",
      name: "UK sanctions likely apply",
      when: [{ field: "regime", op: "is", value: { regime: "uk-sanctions", status: ["likely"] } }],
      inbox: "sanctions-export",
    },
    {
      id: "uk-export-controls-likely",
      name: "UK export controls likely apply",
      when: [{ field: "regime", op: "is", value: { regime: "uk-export-controls", status: ["likely"] } }],
      inbox: "sanctions-export",
    },
    {
      id: "dora-likely",
      name: "DORA likely applies",
      when: [{ field: "regime", op: "is", value: { regime: "dora", status: ["likely"] } }],
      inbox: "cyber-resilience",
    },
    {
      id: "nis2-likely",
      name: "NIS2 likely applies",
      when: [{ field: "regime", op: "is", value: { regime: "nis2", status: ["likely"] } }],
      inbox: "cyber-resilience",
    },
    {
      id: "uk-nis-likely",
      name: "The UK NIS Regulations likely apply",
      when: [{ field: "regime", op: "is", value: { regime: "uk-nis", status: ["likely"] } }],
      inbox: "cyber-resilience",
    },
    {
      id: "platform-law-likely",
      name: "The Digital Services Act likely applies to a medium or large platform",
      when: [
        { field: "regime", op: "is", value: { regime: "eu-dsa", status: ["likely"] } },
        { field: "tier", op: "includes", value: "online-platform" },
      ],
      inbox: "privacy-data",
    },
    {
      id: "connected-products-likely",
      name: "Radio-equipment cybersecurity duties likely apply to connected products",
      when: [{ field: "regime", op: "is", value: { regime: "eu-red-cyber", status: ["likely"] } }],
      inbox: "cyber-resilience",
    },
    {
      id: "us-state-privacy-likely",
      name: "US state consumer privacy laws likely apply",
      when: [{ field: "regime", op: "is", value: { regime: "us-state-privacy", status: ["likely"] } }],
      inbox: "privacy-data",
    },
    {
      id: "biometric-privacy-likely",
      name: "Illinois biometric privacy law likely applies",
      when: [{ field: "regime", op: "is", value: { regime: "il-bipa", status: ["likely"] } }],
      inbox: "privacy-data",
    },
    {
      id: "gdpr-high-exposure",
      name: "GDPR likely applies and overall exposure is High or Critical",
      when: [
        { field: "regime", op: "is", value: { regime: "gdpr", status: ["likely"] } },
        { field: "band", op: "in", value: ["High", "Critical"] },
      ],
      inbox: "privacy-data",
    },
    {
      id: "uk-gdpr-high-exposure",
      name: "The UK GDPR likely applies and overall exposure is High or Critical",
      when: [
        { field: "regime", op: "is", value: { regime: "uk-gdpr", status: ["likely"] } },
        { field: "band", op: "in", value: ["High", "Critical"] },
      ],
      inbox: "privacy-data",
    },
    {
      id: "localisation-markets-high-exposure",
      name: "Customers in a data-localisation country and High or Critical exposure",
      when: [
        { field: "markets", op: "includesAny", value: ["russia", "china", "india"] },
        { field: "band", op: "in", value: ["High", "Critical"] },
      ],
      inbox: "privacy-data",
    },
    {
      id: "ai-act-high-priority",
      name: "The AI Act may apply and the lead is high priority",
      when: [
        { field: "regime", op: "is", value: { regime: "eu-ai-act", status: ["likely", "possible"] } },
        { field: "priority", op: "gte", value: 50 },
      ],
      inbox: "ai-governance",
    },
    {
      id: "large-financial-firm",
      name: "Large financial services firm",
      when: [
        { field: "sectors", op: "includesAny", value: ["financial-services"] },
        { field: "employees", op: "in", value: ["250-749", "750-plus"] },
      ],
      inbox: "cyber-resilience",
    },

    // The visitor's own words, when the assessment points nowhere in particular.
    {
      id: "concern-ai",
      name: "Asked about AI regulation",
      when: [{ field: "mainConcern", op: "includesAny", value: ["eu-ai-act", "us-ai-laws"] }],
      inbox: "ai-governance",
    },
    {
      id: "concern-privacy",
      name: "Asked about privacy or data localisation",
      when: [{ field: "mainConcern", op: "includesAny", value: ["gdpr", "data-localisation"] }],
      inbox: "privacy-data",
    },
    {
      id: "concern-cyber",
      name: "Asked about cybersecurity, resilience or product rules",
      when: [{ field: "mainConcern", op: "includesAny", value: ["nis2", "dora", "data-act", "cyber-resilience-act"] }],
      inbox: "cyber-resilience",
    },
    {
      id: "concern-trade",
      name: "Asked about sanctions or export controls",
      when: [{ field: "mainConcern", op: "includesAny", value: ["sanctions", "export-controls"] }],
      inbox: "sanctions-export",
    },
    {
      id: "came-from-trade-topic",
      name: "Came from a sanctions or export-control article",
      when: [{ field: "sourceTopic", op: "in", value: ["sanctions", "export-controls"] }],
      inbox: "sanctions-export",
    },
  ],
};
