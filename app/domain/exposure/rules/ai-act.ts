import { all, any, is, named } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import {
  AI_DEPLOYER,
  AI_DISTRIBUTOR,
  AI_PROVIDER,
  ANNEX_III_USE,
  EU_LINK,
  NOT_EU_ESTABLISHED,
  NO_ART_6_3_ESCAPE,
  PUBLIC_BODY,
  USES_AI,
} from "./predicates";

const GPAI_REPRESENTATIVE =
  "If established outside the EU: appoint an authorised representative in the EU by written mandate before placing the model on the market (Art. 54)";

/** Annex III uses that can require a fundamental-rights impact assessment from a public body: all but point 2. */
const ANNEX_III_USE_EXCEPT_INFRASTRUCTURE = named(
  "Annex III use other than critical infrastructure",
  is(
    "aiUses",
    "employment",
    "credit-scoring",
    "insurance-pricing",
    "public-services",
    "education",
    "biometrics",
    "law-enforcement-justice",
  ),
);

/** The Act reaches EU establishments and anyone whose AI is placed on, or used in, the EU market. */
const IN_SCOPE = named("in AI Act scope", all(USES_AI, EU_LINK));

const ART_5_PRACTICES = named(
  "Art. 5 practice",
  is(
    "prohibitedPractices",
    "manipulation",
    "social-scoring",
    "crime-prediction",
    "facial-scraping",
    "emotion-workplace",
    "biometric-categorisation",
    "realtime-rbi-police",
  ),
);

const HIGH_RISK_PROVIDER_DUTIES = [
  "Risk management, data governance and technical documentation for the system (Arts 9–11; simplified for SMEs and small mid-caps)",
  "Logging, instructions for deployers, human oversight, accuracy, robustness and cybersecurity (Arts 12–15)",
  "Quality management system, conformity assessment, CE marking and registration in the EU database (Arts 16–17, 43–49)",
  "Post-market monitoring and serious-incident reporting (Arts 72–73); an authorised representative in the EU if you are established outside it (Art. 22)",
];

const HIGH_RISK_DEPLOYER_DUTIES = [
  "Use the system as instructed, with trained human oversight and relevant input data (Art. 26)",
  "Monitor it, keep its logs for at least six months, and inform workers and the people affected (Art. 26)",
  "Explain decisions to affected people on request (Art. 86)",
];

// Ordered most specific first: when two findings weigh the same, the first one is shown.
export const AI_ACT_RULES = [
  {
    id: "AIA-ART5",
    regime: "eu-ai-act",
    tier: "prohibited",
    tierLabel: "Prohibited practice",
    when: all(IN_SCOPE, ART_5_PRACTICES),
    status: "likely",
    severity: 1,
    appliesFrom: "aia-prohibitions",
    obligations: [
      "Stop or redesign the practice: Art. 5 bans it outright, with no compliance route",
      "Document the decision and check every similar system",
    ],
  },
  {
    id: "AIA-ART5-INTIMATE-IMAGERY",
    regime: "eu-ai-act",
    tier: "prohibited-intimate-imagery",
    tierLabel: "Prohibited practice: non-consensual intimate imagery",
    when: all(IN_SCOPE, is("prohibitedPractices", "intimate-imagery")),
    status: "likely",
    severity: 1,
    appliesFrom: "aia-intimate-imagery-ban",
    obligations: [
      "Withdraw the capability or put effective safeguards in place before the ban applies (Art. 5 as amended in 2026)",
    ],
  },
  {
    id: "AIA-GPAI-SYSTEMIC",
    regime: "eu-ai-act",
    tier: "gpai-systemic-risk",
    tierLabel: "General-purpose AI model with systemic risk",
    when: all(IN_SCOPE, is("gpaiModels", "systemic")),
    status: "likely",
    severity: 0.9,
    appliesFrom: "aia-gpai",
    alsoDates: ["aia-transparency", "aia-gpai-legacy"],
    obligations: [
      "Technical documentation, information for downstream providers, a copyright policy and a public training-data summary (Art. 53)",
      "Model evaluations and adversarial testing, systemic-risk mitigation, serious-incident reporting and cybersecurity (Art. 55)",
      "Notify the Commission and consider signing the General-Purpose AI Code of Practice",
      GPAI_REPRESENTATIVE,
    ],
  },
  {
    id: "AIA-GPAI",
    regime: "eu-ai-act",
    tier: "gpai",
    tierLabel: "General-purpose AI model provider",
    when: all(IN_SCOPE, is("gpaiModels", "proprietary")),
    status: "likely",
    severity: 0.6,
    appliesFrom: "aia-gpai",
    alsoDates: ["aia-transparency", "aia-gpai-legacy"],
    obligations: [
      "Technical documentation, information for downstream providers, a copyright policy and a public training-data summary (Art. 53)",
      GPAI_REPRESENTATIVE,
    ],
  },
  {
    id: "AIA-GPAI-REPRESENTATIVE",
    regime: "eu-ai-act",
    tier: "gpai-authorised-representative",
    tierLabel: "General-purpose AI model provider outside the EU: authorised representative (Art. 54)",
    // Review R11: Art. 54 binds providers established in third countries; only models released
    // under a free and open-source licence without systemic risk are spared (Art. 54(6)).
    when: all(IN_SCOPE, NOT_EU_ESTABLISHED, is("gpaiModels", "proprietary", "systemic")),
    status: "likely",
    severity: 0.6,
    appliesFrom: "aia-gpai",
    obligations: [GPAI_REPRESENTATIVE],
  },
  {
    id: "AIA-GPAI-REPRESENTATIVE-OPEN",
    regime: "eu-ai-act",
    tier: "gpai-authorised-representative",
    tierLabel:
      "Open-weights model provider outside the EU: authorised representative unless the licence is free and open-source",
    when: all(IN_SCOPE, NOT_EU_ESTABLISHED, is("gpaiModels", "open-weights")),
    status: "possible",
    severity: 0.6,
    appliesFrom: "aia-gpai",
    obligations: [
      "Appoint an authorised representative in the EU (Art. 54) unless the model is released under a free and open-source licence and has no systemic risk (Art. 54(6))",
    ],
  },
  {
    id: "AIA-GPAI-OPEN",
    regime: "eu-ai-act",
    tier: "gpai-open-weights",
    tierLabel: "Open-weights general-purpose AI model provider",
    when: all(IN_SCOPE, is("gpaiModels", "open-weights")),
    status: "likely",
    severity: 0.4,
    appliesFrom: "aia-gpai",
    alsoDates: ["aia-gpai-legacy"],
    obligations: ["A copyright policy and a public training-data summary, whatever the licence (Art. 53(1)(c)–(d))"],
  },
  {
    id: "AIA-GPAI-OPEN-LICENCE",
    regime: "eu-ai-act",
    tier: "gpai",
    tierLabel: "Open-weights model: full documentation duties unless the licence is free and open-source",
    // Review R12: the Art. 53(2) relief needs a free and open-source licence with the parameters,
    // architecture and usage information public; open weights under a restrictive licence do not qualify.
    when: all(IN_SCOPE, is("gpaiModels", "open-weights")),
    status: "possible",
    severity: 0.6,
    appliesFrom: "aia-gpai",
    alsoDates: ["aia-gpai-legacy"],
    obligations: [
      "Technical documentation and information for downstream providers (Art. 53(1)(a)–(b)) unless the model is released under a free and open-source licence with its parameters, architecture and usage information public (Art. 53(2))",
    ],
    note: "Whether the licence is free and open-source is not asked.",
  },
  {
    id: "AIA-HR3-PROVIDER",
    regime: "eu-ai-act",
    tier: "high-risk-annex-iii-provider",
    tierLabel: "High-risk AI system provider (Annex III)",
    when: all(IN_SCOPE, AI_PROVIDER, ANNEX_III_USE, NO_ART_6_3_ESCAPE),
    status: "likely",
    severity: 0.9,
    appliesFrom: "aia-annex-iii",
    obligations: HIGH_RISK_PROVIDER_DUTIES,
  },
  {
    id: "AIA-HR3-PROVIDER-ART6-3",
    regime: "eu-ai-act",
    tier: "high-risk-annex-iii-provider",
    tierLabel: "High-risk AI system provider (Annex III), unless the Art. 6(3) exemption applies",
    when: all(IN_SCOPE, AI_PROVIDER, ANNEX_III_USE),
    status: "possible",
    severity: 0.9,
    appliesFrom: "aia-annex-iii",
    obligations: [
      "Decide whether the Art. 6(3) exemption applies (narrow or preparatory task, no profiling); document it and register the system either way",
      ...HIGH_RISK_PROVIDER_DUTIES,
    ],
    note: "The Art. 6(3) exemption turns on facts a form cannot capture.",
  },
  {
    id: "AIA-HR3-DEPLOYER-FRIA",
    regime: "eu-ai-act",
    tier: "high-risk-annex-iii-deployer-fria",
    tierLabel: "High-risk AI system deployer with a fundamental-rights impact assessment (Annex III)",
    when: all(
      IN_SCOPE,
      AI_DEPLOYER,
      ANNEX_III_USE,
      NO_ART_6_3_ESCAPE,
      // Review R13: Art. 27(1) leaves out Annex III point 2 (critical infrastructure).
      any(all(PUBLIC_BODY, ANNEX_III_USE_EXCEPT_INFRASTRUCTURE), is("aiUses", "credit-scoring", "insurance-pricing")),
    ),
    status: "likely",
    severity: 0.75,
    appliesFrom: "aia-annex-iii",
    obligations: [
      "A fundamental-rights impact assessment before first use, notified to the market surveillance authority (Art. 27)",
      ...HIGH_RISK_DEPLOYER_DUTIES,
    ],
  },
  {
    id: "AIA-HR3-DEPLOYER",
    regime: "eu-ai-act",
    tier: "high-risk-annex-iii-deployer",
    tierLabel: "High-risk AI system deployer (Annex III)",
    when: all(IN_SCOPE, AI_DEPLOYER, ANNEX_III_USE, NO_ART_6_3_ESCAPE),
    status: "likely",
    severity: 0.7,
    appliesFrom: "aia-annex-iii",
    obligations: HIGH_RISK_DEPLOYER_DUTIES,
  },
  {
    id: "AIA-HR3-DEPLOYER-ART6-3",
    regime: "eu-ai-act",
    tier: "high-risk-annex-iii-deployer",
    tierLabel: "High-risk AI system deployer (Annex III), unless the provider's Art. 6(3) exemption applies",
    when: all(IN_SCOPE, AI_DEPLOYER, ANNEX_III_USE),
    status: "possible",
    severity: 0.7,
    appliesFrom: "aia-annex-iii",
    obligations: [
      "Ask the provider whether it registered the system as high-risk or relied on Art. 6(3)",
      ...HIGH_RISK_DEPLOYER_DUTIES,
    ],
    note: "Whether the system is high-risk depends on the provider's classification.",
  },
  {
    id: "AIA-HR3-DISTRIBUTOR",
    regime: "eu-ai-act",
    tier: "high-risk-annex-iii-importer-distributor",
    tierLabel: "Importer or distributor of high-risk AI systems (Annex III)",
    when: all(IN_SCOPE, AI_DISTRIBUTOR, ANNEX_III_USE, NO_ART_6_3_ESCAPE),
    status: "likely",
    severity: 0.5,
    appliesFrom: "aia-annex-iii",
    obligations: [
      "Check the CE marking, declaration of conformity, documentation and instructions before placing the system on the market (Arts 23–24)",
      "Do not supply a system you believe non-compliant; keep records for ten years and cooperate with authorities",
    ],
  },
  {
    id: "AIA-HR3-DISTRIBUTOR-ART6-3",
    regime: "eu-ai-act",
    tier: "high-risk-annex-iii-importer-distributor",
    tierLabel: "Importer or distributor of AI systems that may be high-risk (Annex III)",
    when: all(IN_SCOPE, AI_DISTRIBUTOR, ANNEX_III_USE),
    status: "possible",
    severity: 0.5,
    appliesFrom: "aia-annex-iii",
    obligations: [
      "Ask each provider how it classified the system, and apply the importer or distributor checks to the high-risk ones (Arts 23–24)",
    ],
  },
  {
    id: "AIA-HR1-PROVIDER",
    regime: "eu-ai-act",
    tier: "high-risk-annex-i-provider",
    tierLabel: "High-risk AI as a safety component of a regulated product (Annex I)",
    when: all(IN_SCOPE, is("aiUses", "product-safety"), AI_PROVIDER),
    status: "likely",
    severity: 0.9,
    appliesFrom: "aia-annex-i",
    // Review R14: vehicles, aviation, marine and rail (Annex I Section B) get AI Act requirements
    // only through their own sectoral acts (Art. 2(2), Arts 102–109), not from this date.
    note: "Vehicles, aircraft, ships and rail equipment are reached through their own sectoral law, not directly by these duties.",
    obligations: [
      "Meet the high-risk requirements inside the product's own conformity assessment (Arts 8–15, 43(3))",
      ...HIGH_RISK_PROVIDER_DUTIES.slice(2),
    ],
  },
  {
    id: "AIA-HR1-DEPLOYER",
    regime: "eu-ai-act",
    tier: "high-risk-annex-i-deployer",
    tierLabel: "Deployer of a high-risk AI safety component (Annex I)",
    when: all(IN_SCOPE, is("aiUses", "product-safety"), AI_DEPLOYER),
    status: "likely",
    severity: 0.6,
    appliesFrom: "aia-annex-i",
    obligations: HIGH_RISK_DEPLOYER_DUTIES,
  },
  {
    id: "AIA-HR1-MANUFACTURER",
    regime: "eu-ai-act",
    tier: "high-risk-annex-i-provider",
    tierLabel: "Product manufacturer whose AI may be a safety component (Annex I)",
    when: all(IN_SCOPE, is("sectors", "manufacturing", "connected-devices"), is("aiRoles", "product-integrator")),
    status: "possible",
    severity: 0.9,
    appliesFrom: "aia-annex-i",
    obligations: [
      "Check whether the AI in your products is a safety component under the product law that applies to them (Art. 6(1), Annex I)",
    ],
    note: "Depends on the product law and on whether the AI performs a safety function.",
  },
  {
    id: "AIA-ART50-SYNTHETIC",
    regime: "eu-ai-act",
    tier: "transparency-synthetic-content",
    tierLabel: "Transparency duties for synthetic content",
    when: all(IN_SCOPE, is("aiUses", "generative")),
    status: "likely",
    severity: 0.4,
    appliesFrom: "aia-transparency",
    alsoDates: ["aia-marking-legacy"],
    obligations: [
      "Mark synthetic audio, images, video and text in a machine-readable way; systems already on the market have until 2 December 2026 (Art. 50(2))",
      "Label deepfakes and AI-generated text published to inform the public (Art. 50(4))",
    ],
  },
  {
    id: "AIA-ART50",
    regime: "eu-ai-act",
    tier: "transparency-interaction",
    tierLabel: "Transparency duties for chatbots and emotion recognition",
    when: all(IN_SCOPE, is("aiUses", "chatbot", "biometrics")),
    status: "likely",
    severity: 0.4,
    appliesFrom: "aia-transparency",
    obligations: [
      "Tell people when they are talking to an AI system, unless it is obvious (Art. 50(1))",
      "Where a system recognises emotions or categorises people biometrically, inform the people exposed to it (Art. 50(3))",
    ],
  },
  {
    id: "AIA-ART4",
    regime: "eu-ai-act",
    tier: "ai-literacy",
    tierLabel: "AI literacy (every provider and deployer)",
    when: IN_SCOPE,
    status: "likely",
    severity: 0.15,
    appliesFrom: "aia-prohibitions",
    // Review R10: the duty below is the 2024 text of Art. 4. Our sources disagree on how the 2026
    // amending regulation worded it (measures that "support" literacy, or a duty moved to the
    // Commission and Member States), and none is the Official Journal text, so the amended wording
    // is not stated: the consultant is told where to read it instead.
    obligations: [
      "Take measures to ensure a sufficient level of AI literacy among staff and others who operate or use AI systems on your behalf (Art. 4 as adopted in 2024, applying since 2 February 2025)",
      "Read Art. 4 in the consolidated text of Regulation (EU) 2024/1689 on EUR-Lex for how the 2026 amendments word this duty today, and keep records of the literacy measures you take",
    ],
    confidence: "medium",
    note: "The 2026 amendments to the AI Act revisit Art. 4; check its current wording on EUR-Lex before relying on the duty as adopted in 2024.",
  },
] as const satisfies readonly RuleDefinition[];
