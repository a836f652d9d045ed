import type { AnswersInput } from "~/domain/questionnaire";
import type { RuleSpec } from "./rule-spec";

const EU = { establishments: ["eu-eea"], markets: ["eu-eea"] } satisfies AnswersInput;
const US_ONLY = { establishments: ["us"], markets: ["us-other"] } satisfies AnswersInput;
const EU_DEPLOYER = { ...EU, aiRoles: ["deployer"] } satisfies AnswersInput;
const EU_PROVIDER = { ...EU, aiRoles: ["provider"] } satisfies AnswersInput;

export const AI_ACT_SPECS: readonly RuleSpec[] = [
  {
    rule: "AIA-ART5",
    fires: [
      {
        when: "for emotion recognition of employees by an EU company",
        answers: { ...EU_DEPLOYER, prohibitedPractices: ["emotion-workplace"] },
      },
      {
        when: "for social scoring offered by a non-EU provider to EU users",
        answers: {
          establishments: ["us"],
          markets: ["eu-eea"],
          aiRoles: ["provider"],
          prohibitedPractices: ["social-scoring"],
        },
      },
      {
        when: 'as possible when the visitor is "unsure" about prohibited practices',
        answers: { ...EU_DEPLOYER, prohibitedPractices: ["unsure"] },
        as: "possible",
      },
    ],
    doesNotFire: [
      { when: "when no prohibited practice is ticked", answers: { ...EU_DEPLOYER, prohibitedPractices: ["none"] } },
      {
        when: "when the practice is used only outside the EU",
        answers: { ...US_ONLY, aiRoles: ["deployer"], prohibitedPractices: ["emotion-workplace"] },
      },
      {
        when: "for the intimate-imagery practice, which has its own date",
        answers: { ...EU_DEPLOYER, prohibitedPractices: ["intimate-imagery"] },
      },
    ],
  },
  {
    rule: "AIA-ART5-INTIMATE-IMAGERY",
    fires: [
      {
        when: "for an image generator without safeguards offered in the EU",
        answers: { ...EU_PROVIDER, aiUses: ["generative"], prohibitedPractices: ["intimate-imagery"] },
      },
    ],
    doesNotFire: [
      {
        when: "for the same generator offered only in the US",
        answers: {
          ...US_ONLY,
          aiRoles: ["provider"],
          aiUses: ["generative"],
          prohibitedPractices: ["intimate-imagery"],
        },
      },
    ],
  },
  {
    rule: "AIA-GPAI-SYSTEMIC",
    fires: [
      {
        when: "for a frontier model trained above 10^25 FLOP offered in the EU",
        answers: { ...EU_PROVIDER, gpaiModels: "systemic" },
      },
    ],
    doesNotFire: [
      {
        when: "for a proprietary model below the systemic-risk threshold",
        answers: { ...EU_PROVIDER, gpaiModels: "proprietary" },
      },
    ],
  },
  {
    rule: "AIA-GPAI",
    fires: [
      {
        when: "for a proprietary general-purpose model offered in the EU",
        answers: { ...EU_PROVIDER, gpaiModels: "proprietary" },
      },
    ],
    doesNotFire: [
      { when: "for a provider of ordinary AI systems", answers: { ...EU_PROVIDER, gpaiModels: "no" } },
      {
        when: "for a model offered only outside the EU",
        answers: { ...US_ONLY, aiRoles: ["provider"], gpaiModels: "proprietary" },
      },
    ],
  },
  {
    rule: "AIA-GPAI-OPEN",
    fires: [
      { when: "for an open-weights model released in the EU", answers: { ...EU_PROVIDER, gpaiModels: "open-weights" } },
    ],
    doesNotFire: [{ when: "for a proprietary model", answers: { ...EU_PROVIDER, gpaiModels: "proprietary" } }],
  },
  {
    rule: "AIA-GPAI-OPEN-LICENCE",
    fires: [
      {
        when: "for an open-weights model, whose documentation relief depends on a free and open-source licence (R12)",
        answers: { ...EU_PROVIDER, gpaiModels: "open-weights" },
      },
    ],
    doesNotFire: [
      { when: "for a proprietary model (full duties anyway)", answers: { ...EU_PROVIDER, gpaiModels: "proprietary" } },
    ],
  },
  {
    rule: "AIA-GPAI-REPRESENTATIVE",
    fires: [
      {
        when: "for a US provider of a proprietary model offered in the EU (Art. 54: R11)",
        answers: { establishments: ["us"], markets: ["eu-eea"], aiRoles: ["provider"], gpaiModels: "proprietary" },
      },
    ],
    doesNotFire: [
      { when: "for an EU-established provider", answers: { ...EU_PROVIDER, gpaiModels: "proprietary" } },
      {
        when: "for a US provider of an open-weights model (depends on the licence)",
        answers: { establishments: ["us"], markets: ["eu-eea"], aiRoles: ["provider"], gpaiModels: "open-weights" },
      },
    ],
  },
  {
    rule: "AIA-GPAI-REPRESENTATIVE-OPEN",
    fires: [
      {
        when: "for a US provider of an open-weights model offered in the EU (Art. 54(6) needs a free and open-source licence)",
        answers: { establishments: ["us"], markets: ["eu-eea"], aiRoles: ["provider"], gpaiModels: "open-weights" },
      },
    ],
    doesNotFire: [{ when: "for an EU-established provider", answers: { ...EU_PROVIDER, gpaiModels: "open-weights" } }],
  },
  {
    rule: "AIA-HR3-PROVIDER",
    fires: [
      { when: "for a provider of CV screening sold in the EU", answers: { ...EU_PROVIDER, aiUses: ["employment"] } },
      {
        when: "for a provider whose grading system decides on its own",
        answers: { ...EU_PROVIDER, aiUses: ["education"], decisionRole: "fully-automated" },
      },
      {
        when: "for a company that rebrands a third-party credit-scoring model",
        answers: { ...EU, aiRoles: ["modifier"], aiUses: ["credit-scoring"] },
      },
    ],
    doesNotFire: [
      {
        when: "when a grading system only assists a teacher who reviews independently (Art. 6(3) may apply)",
        answers: { ...EU_PROVIDER, aiUses: ["education"], decisionRole: "assists" },
      },
      {
        when: "for CV screening sold only in the US",
        answers: { ...US_ONLY, aiRoles: ["provider"], aiUses: ["employment"] },
      },
      {
        when: "for a deployer of CV screening (deployer duties instead)",
        answers: { ...EU_DEPLOYER, aiUses: ["employment"] },
      },
    ],
  },
  {
    rule: "AIA-HR3-PROVIDER-ART6-3",
    fires: [
      {
        when: "for an assisting grading system, pending the Art. 6(3) assessment",
        answers: { ...EU_PROVIDER, aiUses: ["education"], decisionRole: "assists" },
      },
    ],
    doesNotFire: [
      {
        when: "for fraud detection, which Annex III leaves out",
        answers: { ...EU_PROVIDER, aiUses: ["fraud-detection"] },
      },
    ],
  },
  {
    rule: "AIA-HR3-DEPLOYER-FRIA",
    fires: [
      {
        when: "for an EU bank using credit scoring as the main factor",
        answers: {
          ...EU_DEPLOYER,
          sectors: ["financial-services"],
          aiUses: ["credit-scoring"],
          decisionRole: "main-factor",
        },
      },
      {
        when: "for a public body deciding benefits automatically",
        answers: {
          ...EU_DEPLOYER,
          sectors: ["public-sector"],
          aiUses: ["public-services"],
          decisionRole: "fully-automated",
        },
      },
    ],
    doesNotFire: [
      {
        when: "for a private employer screening CVs (no fundamental-rights impact assessment required)",
        answers: { ...EU_DEPLOYER, aiUses: ["employment"] },
      },
    ],
  },
  {
    rule: "AIA-HR3-DEPLOYER",
    fires: [{ when: "for an EU employer using CV screening", answers: { ...EU_DEPLOYER, aiUses: ["employment"] } }],
    doesNotFire: [
      { when: "for fraud detection", answers: { ...EU_DEPLOYER, aiUses: ["fraud-detection"] } },
      {
        when: "for an assisting exam-proctoring tool (only possible)",
        answers: { ...EU_DEPLOYER, aiUses: ["education"], decisionRole: "assists" },
      },
    ],
  },
  {
    rule: "AIA-HR3-DEPLOYER-ART6-3",
    fires: [
      {
        when: "for an assisting exam-proctoring tool",
        answers: { ...EU_DEPLOYER, aiUses: ["education"], decisionRole: "assists" },
      },
    ],
    doesNotFire: [
      {
        when: "for tenant screening, which is not an Annex III use in the EU",
        answers: { ...EU_DEPLOYER, aiUses: ["housing"] },
      },
    ],
  },
  {
    rule: "AIA-HR3-DISTRIBUTOR",
    fires: [
      {
        when: "for a reseller of remote biometric identification systems",
        answers: { ...EU, aiRoles: ["importer-distributor"], aiUses: ["biometrics"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a reseller of chatbots",
        answers: { ...EU, aiRoles: ["importer-distributor"], aiUses: ["chatbot"] },
      },
    ],
  },
  {
    rule: "AIA-HR3-DISTRIBUTOR-ART6-3",
    fires: [
      {
        when: "for a reseller of assisting tools for courts",
        answers: {
          ...EU,
          aiRoles: ["importer-distributor"],
          aiUses: ["law-enforcement-justice"],
          decisionRole: "assists",
        },
      },
    ],
    doesNotFire: [
      {
        when: "for a court that only uses such a tool",
        answers: { ...EU_DEPLOYER, aiUses: ["law-enforcement-justice"], decisionRole: "assists" },
      },
    ],
  },
  {
    rule: "AIA-HR1-PROVIDER",
    fires: [
      {
        when: "for AI as the safety component of a medical device sold in the EU",
        answers: { ...EU, aiRoles: ["product-integrator"], aiUses: ["product-safety"] },
      },
    ],
    doesNotFire: [
      {
        when: "for the same device sold only in the US",
        answers: { ...US_ONLY, aiRoles: ["product-integrator"], aiUses: ["product-safety"] },
      },
    ],
  },
  {
    rule: "AIA-HR1-DEPLOYER",
    fires: [
      {
        when: "for a hospital using an AI safety component of a medical device",
        answers: { ...EU_DEPLOYER, aiUses: ["product-safety"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a deployer of an infrastructure safety component (Annex III instead)",
        answers: { ...EU_DEPLOYER, aiUses: ["critical-infrastructure"] },
      },
    ],
  },
  {
    rule: "AIA-HR1-MANUFACTURER",
    fires: [
      {
        when: "for a machinery maker that builds AI into its products",
        answers: { ...EU, sectors: ["manufacturing"], aiRoles: ["product-integrator"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a machinery maker that only uses AI internally",
        answers: { ...EU, sectors: ["manufacturing"], aiRoles: ["deployer"] },
      },
    ],
  },
  {
    rule: "AIA-ART50-SYNTHETIC",
    fires: [{ when: "for generated images offered to EU users", answers: { ...EU_PROVIDER, aiUses: ["generative"] } }],
    doesNotFire: [{ when: "for a customer chatbot alone", answers: { ...EU_DEPLOYER, aiUses: ["chatbot"] } }],
  },
  {
    rule: "AIA-ART50",
    fires: [
      { when: "for a customer chatbot in the EU", answers: { ...EU_DEPLOYER, aiUses: ["chatbot"] } },
      { when: "for emotion recognition", answers: { ...EU_DEPLOYER, aiUses: ["biometrics"] } },
    ],
    doesNotFire: [
      { when: "for internal productivity tools", answers: { ...EU_DEPLOYER, aiUses: ["internal-productivity"] } },
    ],
  },
  {
    rule: "AIA-ART4",
    fires: [
      {
        when: "for any EU company using AI, however small the use",
        answers: { ...EU_DEPLOYER, aiUses: ["internal-productivity"] },
      },
      {
        when: 'as possible when the visitor is "unsure" whether they use AI',
        answers: { ...EU, aiRoles: ["unsure"] },
        as: "possible",
      },
    ],
    doesNotFire: [
      { when: "for an EU company that uses no AI", answers: { ...EU, aiRoles: ["none"] } },
      { when: "for a US company with only US customers", answers: { ...US_ONLY, aiRoles: ["deployer"] } },
    ],
  },
];
