import type { AnswersInput } from "~/domain/questionnaire";
import type { RuleSpec } from "./rule-spec";

const RU_DATA = { markets: ["russia"], personalData: ["customers"] } satisfies AnswersInput;
const CN_DATA = { markets: ["china"], personalData: ["customers"] } satisfies AnswersInput;

export const TRADE_SPECS: readonly RuleSpec[] = [
  {
    rule: "OFAC-EMBARGO",
    fires: [
      {
        when: "for Iranian customers paid in US dollars",
        answers: { tradeCountries: ["iran"], usNexus: ["usd-payments"] },
      },
      {
        when: "for Cuban business of a company with a US subsidiary",
        answers: { establishments: ["other", "us"], tradeCountries: ["cuba"] },
      },
      {
        when: "for Crimean partners supplied with US-origin technology",
        answers: { tradeCountries: ["occupied-ukraine"], usNexus: ["us-origin-supply"] },
      },
    ],
    doesNotFire: [
      {
        when: "for Iranian customers with no US link (secondary sanctions only)",
        answers: { tradeCountries: ["iran"], usNexus: ["none"] },
      },
      {
        when: "for Russian customers with a US link (not a full embargo)",
        answers: { tradeCountries: ["russia"], usNexus: ["usd-payments"] },
      },
    ],
  },
  {
    rule: "OFAC-RUSSIA-IT-SERVICES",
    fires: [
      {
        when: "for a US-incorporated SaaS company with customers in Russia",
        answers: {
          establishments: ["us"],
          sectors: ["software-saas"],
          tradeCountries: ["russia"],
          usNexus: ["us-entity"],
        },
      },
    ],
    doesNotFire: [
      {
        when: "for a non-US SaaS company with customers in Russia and no US persons",
        answers: { sectors: ["software-saas"], tradeCountries: ["russia"], usNexus: ["usd-payments"] },
      },
      {
        when: "for a US retailer (not a software or IT provider) with customers in Russia",
        answers: { establishments: ["us"], sectors: ["other"], tradeCountries: ["russia"], usNexus: ["us-entity"] },
      },
    ],
  },
  {
    rule: "OFAC-RUSSIA",
    fires: [
      {
        when: "for Russian customers paid in US dollars",
        answers: { tradeCountries: ["russia"], usNexus: ["usd-payments"] },
      },
      {
        when: "for Belarusian partners of a company with US staff",
        answers: { tradeCountries: ["belarus"], usNexus: ["us-entity"] },
      },
    ],
    doesNotFire: [
      { when: "for Russian customers with no US link", answers: { tradeCountries: ["russia"], usNexus: ["none"] } },
      {
        when: "for Russian customers of a company that only supplies US-origin goods (an export-control matter)",
        answers: { tradeCountries: ["russia"], usNexus: ["us-origin-supply"] },
      },
    ],
  },
  {
    rule: "OFAC-SECONDARY",
    fires: [
      { when: "for Iranian business without a US link", answers: { tradeCountries: ["iran"], usNexus: ["none"] } },
    ],
    doesNotFire: [
      {
        when: "for Cuban business without a US link (no secondary sanctions)",
        answers: { tradeCountries: ["cuba"], usNexus: ["none"] },
      },
    ],
  },
  {
    rule: "OFAC-SYRIA",
    fires: [{ when: "for Syrian business after the programme was lifted", answers: { tradeCountries: ["syria"] } }],
    doesNotFire: [{ when: "for no listed country", answers: { tradeCountries: ["none"] } }],
  },
  {
    rule: "OFAC-SCREENING",
    fires: [
      {
        when: "for Chinese suppliers paid in US dollars",
        answers: { tradeCountries: ["china"], usNexus: ["usd-payments"] },
      },
    ],
    doesNotFire: [
      { when: "for Chinese suppliers with no US link", answers: { tradeCountries: ["china"], usNexus: ["none"] } },
    ],
  },
  {
    rule: "EAR-ADVANCED-COMPUTING",
    fires: [
      {
        when: "for GPU servers reaching China",
        answers: { tradeCountries: ["china"], sensitiveExports: ["ai-chips"] },
      },
      {
        when: "for GPUs reaching Iran even without any other US link",
        answers: { tradeCountries: ["iran"], usNexus: ["none"], sensitiveExports: ["ai-chips"] },
      },
    ],
    doesNotFire: [
      {
        when: "for GPUs with no restricted country in the business",
        answers: { sectors: ["connected-devices"], tradeCountries: ["none"], sensitiveExports: ["ai-chips"] },
      },
    ],
  },
  {
    rule: "EAR-AI-MODELS",
    fires: [
      {
        when: "for training compute rented to Russian customers",
        answers: { tradeCountries: ["russia"], sensitiveExports: ["model-weights-compute"] },
      },
    ],
    doesNotFire: [
      {
        when: "for training compute with no restricted country",
        answers: {
          sectors: ["connected-devices"],
          tradeCountries: ["none"],
          sensitiveExports: ["model-weights-compute"],
        },
      },
    ],
  },
  {
    rule: "EAR-CHIPS-HEADQUARTERS",
    fires: [
      {
        when: "for any export of advanced AI chips (customers' headquarters matter)",
        answers: { sectors: ["connected-devices"], tradeCountries: ["none"], sensitiveExports: ["ai-chips"] },
      },
    ],
    doesNotFire: [
      { when: "for encryption software", answers: { sectors: ["software-saas"], sensitiveExports: ["encryption"] } },
    ],
  },
  {
    rule: "EAR-COUNTRY-WIDE",
    fires: [
      {
        when: "for US-origin goods with Belarusian customers",
        answers: { tradeCountries: ["belarus"], usNexus: ["us-origin-supply"] },
      },
    ],
    doesNotFire: [
      {
        when: "for US-origin goods with Chinese customers (no country-wide licence requirement)",
        answers: { tradeCountries: ["china"], usNexus: ["us-origin-supply"] },
      },
    ],
  },
  {
    rule: "EAR-DUAL-USE-RESTRICTED",
    fires: [
      {
        when: "for US-origin encryption tools sold to China",
        answers: { tradeCountries: ["china"], usNexus: ["us-origin-supply"], sensitiveExports: ["encryption"] },
      },
    ],
    doesNotFire: [
      {
        when: "for home-grown encryption tools with no US jurisdiction",
        answers: { tradeCountries: ["china"], usNexus: ["usd-payments"], sensitiveExports: ["encryption"] },
      },
    ],
  },
  {
    rule: "EAR-DUAL-USE",
    fires: [
      {
        when: "for US-origin dual-use items to any destination",
        answers: {
          sectors: ["connected-devices"],
          usNexus: ["us-origin-supply"],
          sensitiveExports: ["other-dual-use"],
        },
      },
    ],
    doesNotFire: [
      {
        when: "for dual-use items with no US jurisdiction",
        answers: { sectors: ["connected-devices"], usNexus: ["none"], sensitiveExports: ["other-dual-use"] },
      },
    ],
  },
  {
    rule: "EAR-US-ITEMS-POSSIBLE",
    fires: [
      { when: "for a US company's Russian business", answers: { tradeCountries: ["russia"], usNexus: ["us-entity"] } },
    ],
    doesNotFire: [
      {
        when: "for Russian business paid in dollars only",
        answers: { tradeCountries: ["russia"], usNexus: ["usd-payments"] },
      },
    ],
  },
];

export const LOCALISATION_SPECS: readonly RuleSpec[] = [
  {
    rule: "RU-242FZ",
    fires: [{ when: "for a company collecting personal data of people in Russia", answers: RU_DATA }],
    doesNotFire: [
      {
        when: "for Russian customers when no personal data is processed",
        answers: { ...RU_DATA, personalData: ["none"] },
      },
    ],
  },
  {
    rule: "RU-DATA-ABROAD",
    fires: [
      { when: "when data of people in Russia is stored abroad", answers: { ...RU_DATA, dataLocation: ["russia"] } },
    ],
    doesNotFire: [{ when: "when it is kept in Russia", answers: { ...RU_DATA, dataLocation: ["none"] } }],
  },
  {
    rule: "CN-PIPL",
    fires: [
      { when: "for a company serving people in China", answers: CN_DATA },
      {
        when: "for a company established in China",
        answers: { establishments: ["china"], markets: ["other"], personalData: ["employees"] },
      },
    ],
    doesNotFire: [{ when: "when no personal data is processed", answers: { ...CN_DATA, personalData: ["none"] } }],
  },
  {
    rule: "CN-TRANSFER-ASSESSMENT",
    fires: [
      {
        when: "for exporting data of more than a million people",
        answers: { ...CN_DATA, dataLocation: ["china"], dataSubjects: "over-1m" },
      },
      {
        when: "for exporting sensitive data of 10,000 people or more",
        answers: {
          ...CN_DATA,
          personalData: ["special-categories"],
          dataLocation: ["china"],
          dataSubjects: "10k-100k",
        },
      },
    ],
    doesNotFire: [
      {
        when: "for exporting ordinary data of 100,000 to 1 million people (standard contract instead)",
        answers: { ...CN_DATA, dataLocation: ["china"], dataSubjects: "100k-1m" },
      },
    ],
  },
  {
    rule: "CN-TRANSFER-CONTRACT",
    fires: [
      {
        when: "for exporting data of 100,000 to 1 million people",
        answers: { ...CN_DATA, dataLocation: ["china"], dataSubjects: "100k-1m" },
      },
    ],
    doesNotFire: [
      {
        when: "for exporting data of fewer than 100,000 people (exempt)",
        answers: { ...CN_DATA, dataLocation: ["china"], dataSubjects: "10k-100k" },
      },
    ],
  },
  {
    rule: "IN-DPDP",
    fires: [
      {
        when: "for a company offering services to people in India",
        answers: { markets: ["india"], personalData: ["customers"] },
      },
    ],
    doesNotFire: [
      { when: "when no personal data is processed", answers: { markets: ["india"], personalData: ["none"] } },
    ],
  },
  {
    rule: "IN-DPDP-SDF",
    fires: [
      {
        when: "for more than a million people's data",
        answers: { markets: ["india"], personalData: ["customers"], dataSubjects: "over-1m" },
      },
    ],
    doesNotFire: [
      {
        when: "for up to a million people's data",
        answers: { markets: ["india"], personalData: ["customers"], dataSubjects: "100k-1m" },
      },
    ],
  },
];
