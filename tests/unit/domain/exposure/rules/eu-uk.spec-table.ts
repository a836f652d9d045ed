import type { AnswersInput } from "~/domain/questionnaire";
import type { RuleSpec } from "./rule-spec";

const EU_FIRM = { establishments: ["eu-eea"], markets: ["eu-eea"], usNexus: ["none"] } satisfies AnswersInput;
const UK_FIRM = { establishments: ["uk"], markets: ["uk"], usNexus: ["none"] } satisfies AnswersInput;
const HARDWARE = { sectors: ["connected-devices"] } satisfies AnswersInput;

export const EU_TRADE_SPECS: readonly RuleSpec[] = [
  {
    rule: "EU-SANCTIONS-RUSSIA-IT",
    fires: [
      {
        when: "for an EU SaaS company with customers in Russia and no US link (Reg. 833/2014, Art. 5n)",
        answers: { ...EU_FIRM, sectors: ["software-saas"], tradeCountries: ["russia"] },
      },
    ],
    doesNotFire: [
      {
        when: "for an EU retailer with customers in Russia",
        answers: { ...EU_FIRM, sectors: ["other"], tradeCountries: ["russia"] },
      },
      {
        when: "for a SaaS company outside the EU",
        answers: {
          establishments: ["other"],
          markets: ["other"],
          sectors: ["software-saas"],
          tradeCountries: ["russia"],
        },
      },
    ],
  },
  {
    rule: "EU-SANCTIONS-RUSSIA-BELARUS",
    fires: [
      { when: "for an EU company with Belarusian suppliers", answers: { ...EU_FIRM, tradeCountries: ["belarus"] } },
      {
        when: "for an EU company with partners in occupied Ukraine",
        answers: { ...EU_FIRM, tradeCountries: ["occupied-ukraine"] },
      },
    ],
    doesNotFire: [
      { when: "for an EU company trading only with China", answers: { ...EU_FIRM, tradeCountries: ["china"] } },
    ],
  },
  {
    rule: "EU-SANCTIONS-IRAN-DPRK",
    fires: [{ when: "for an EU company with Iranian customers", answers: { ...EU_FIRM, tradeCountries: ["iran"] } }],
    doesNotFire: [
      { when: "for an EU company with Cuban customers only", answers: { ...EU_FIRM, tradeCountries: ["cuba"] } },
    ],
  },
  {
    rule: "EU-NO-RUSSIA-CLAUSE",
    fires: [
      {
        when: "for an EU exporter of dual-use parts (Art. 12g)",
        answers: { ...EU_FIRM, ...HARDWARE, tradeCountries: ["china"], sensitiveExports: ["other-dual-use"] },
      },
    ],
    doesNotFire: [
      {
        when: "for an EU exporter of encryption software only",
        answers: {
          ...EU_FIRM,
          sectors: ["software-saas"],
          tradeCountries: ["china"],
          sensitiveExports: ["encryption"],
        },
      },
    ],
  },
  {
    rule: "EU-BLOCKING-STATUTE",
    fires: [{ when: "for an EU company with Cuban customers", answers: { ...EU_FIRM, tradeCountries: ["cuba"] } }],
    doesNotFire: [
      {
        when: "for a US company with Cuban customers",
        answers: { establishments: ["us"], markets: ["us-other"], tradeCountries: ["cuba"] },
      },
    ],
  },
  {
    rule: "EU-SANCTIONS-NON-EU",
    fires: [
      {
        when: "for a Swiss company serving the EU with Russian partners",
        answers: { establishments: ["other"], markets: ["eu-eea"], tradeCountries: ["russia"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a company outside the EU that does not serve it",
        answers: { establishments: ["other"], markets: ["other"], tradeCountries: ["russia"] },
      },
    ],
  },
  {
    rule: "EU-DUAL-USE-RESTRICTED",
    fires: [
      {
        when: "for an EU maker of dual-use sensors with Russian customers (Reg. 833/2014, Art. 2)",
        answers: { ...EU_FIRM, ...HARDWARE, tradeCountries: ["russia"], sensitiveExports: ["other-dual-use"] },
      },
    ],
    doesNotFire: [
      {
        when: "for an EU maker of dual-use sensors selling only to China",
        answers: { ...EU_FIRM, ...HARDWARE, tradeCountries: ["china"], sensitiveExports: ["other-dual-use"] },
      },
    ],
  },
  {
    rule: "EU-DUAL-USE-EXPORTER",
    fires: [
      {
        when: "for an EU exporter of encryption software (Reg. 2021/821, Art. 3)",
        answers: { ...EU_FIRM, sectors: ["software-saas"], tradeCountries: ["none"], sensitiveExports: ["encryption"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a US exporter of encryption software",
        answers: {
          establishments: ["us"],
          markets: ["us-other"],
          sectors: ["software-saas"],
          sensitiveExports: ["encryption"],
        },
      },
    ],
  },
  {
    rule: "EU-DUAL-USE-CHIPS",
    fires: [
      {
        when: "for an EU reseller of GPU servers",
        answers: { ...EU_FIRM, ...HARDWARE, tradeCountries: ["none"], sensitiveExports: ["ai-chips"] },
      },
    ],
    doesNotFire: [
      {
        when: "for an EU hardware firm exporting nothing sensitive",
        answers: { ...EU_FIRM, ...HARDWARE, sensitiveExports: ["none"] },
      },
    ],
  },
];

export const UK_SPECS: readonly RuleSpec[] = [
  {
    rule: "UK-GDPR-AUTOMATED-DECISIONS",
    fires: [
      {
        when: "for a UK lender whose model decides credit",
        answers: {
          ...UK_FIRM,
          aiRoles: ["deployer"],
          aiUses: ["credit-scoring"],
          decisionRole: "fully-automated",
          personalData: ["customers"],
        },
      },
    ],
    doesNotFire: [
      {
        when: "for a UK lender whose model only assists a reviewer",
        answers: {
          ...UK_FIRM,
          aiRoles: ["deployer"],
          aiUses: ["credit-scoring"],
          decisionRole: "assists",
          personalData: ["customers"],
        },
      },
    ],
  },
  {
    rule: "UK-GDPR-DPIA",
    fires: [
      {
        when: "for health data of 100,000 people or more in the UK",
        answers: { ...UK_FIRM, personalData: ["customers", "special-categories"], dataSubjects: "100k-1m" },
      },
    ],
    doesNotFire: [
      {
        when: "for health data of fewer than 10,000 people",
        answers: { ...UK_FIRM, personalData: ["customers", "special-categories"], dataSubjects: "under-10k" },
      },
    ],
  },
  {
    rule: "UK-GDPR-REPRESENTATIVE",
    fires: [
      {
        when: "for a US app with UK users and no UK office",
        answers: { establishments: ["us"], markets: ["uk"], personalData: ["customers"] },
      },
    ],
    doesNotFire: [{ when: "for a UK company", answers: { ...UK_FIRM, personalData: ["customers"] } }],
  },
  {
    rule: "UK-GDPR-APPLIES",
    fires: [
      { when: "for a UK company processing customer data", answers: { ...UK_FIRM, personalData: ["customers"] } },
    ],
    doesNotFire: [
      { when: "for a UK company with no personal data", answers: { ...UK_FIRM, personalData: ["none"] } },
      { when: "for an EU company with no UK link", answers: { ...EU_FIRM, personalData: ["customers"] } },
    ],
  },
  {
    rule: "UK-NIS-OES",
    fires: [
      {
        when: "for a UK water company with 50 or more staff",
        answers: { ...UK_FIRM, employees: "250-749", sectors: ["critical-services"] },
      },
    ],
    doesNotFire: [{ when: "for a UK retailer", answers: { ...UK_FIRM, employees: "250-749", sectors: ["other"] } }],
  },
  {
    rule: "UK-NIS-RDSP",
    fires: [
      {
        when: "for a medium-sized online marketplace serving the UK",
        answers: { establishments: ["eu-eea"], markets: ["uk"], employees: "50-249", sectors: ["online-platforms"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a small online marketplace (micro and small firms are excluded)",
        answers: { ...UK_FIRM, employees: "10-49", sectors: ["online-platforms"] },
      },
    ],
  },
  {
    rule: "UK-SANCTIONS-RUSSIA-IT",
    fires: [
      {
        when: "for a UK software company with customers in Russia",
        answers: { ...UK_FIRM, sectors: ["software-saas"], tradeCountries: ["russia"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a UK retailer with customers in Russia",
        answers: { ...UK_FIRM, sectors: ["other"], tradeCountries: ["russia"] },
      },
    ],
  },
  {
    rule: "UK-SANCTIONS",
    fires: [{ when: "for a UK company with Iranian partners", answers: { ...UK_FIRM, tradeCountries: ["iran"] } }],
    doesNotFire: [
      { when: "for a UK company with Chinese suppliers only", answers: { ...UK_FIRM, tradeCountries: ["china"] } },
    ],
  },
  {
    rule: "UK-SANCTIONS-NON-UK",
    fires: [
      {
        when: "for an EU company serving the UK with Belarusian partners",
        answers: { establishments: ["eu-eea"], markets: ["uk"], tradeCountries: ["belarus"] },
      },
    ],
    doesNotFire: [{ when: "for a UK company (likely instead)", answers: { ...UK_FIRM, tradeCountries: ["belarus"] } }],
  },
  {
    rule: "UK-EXPORT-RESTRICTED",
    fires: [
      {
        when: "for a UK exporter of dual-use parts with Russian customers",
        answers: { ...UK_FIRM, ...HARDWARE, tradeCountries: ["russia"], sensitiveExports: ["other-dual-use"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a UK exporter of dual-use parts selling only to China",
        answers: { ...UK_FIRM, ...HARDWARE, tradeCountries: ["china"], sensitiveExports: ["other-dual-use"] },
      },
    ],
  },
  {
    rule: "UK-EXPORT-LICENCE",
    fires: [
      {
        when: "for a UK exporter of encryption software",
        answers: { ...UK_FIRM, sectors: ["software-saas"], tradeCountries: ["none"], sensitiveExports: ["encryption"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a UK software firm exporting nothing controlled",
        answers: { ...UK_FIRM, sectors: ["software-saas"], tradeCountries: ["none"], sensitiveExports: ["none"] },
      },
    ],
  },
];

const EU_SELLER = {
  establishments: ["eu-eea"],
  markets: ["eu-eea"],
  personalData: ["customers"],
} satisfies AnswersInput;

export const EU_PRODUCT_SPECS: readonly RuleSpec[] = [
  {
    rule: "DSA-PLATFORM",
    fires: [
      {
        when: "for an EU marketplace with 50 or more staff",
        answers: { ...EU_SELLER, employees: "50-249", sectors: ["online-platforms"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a small marketplace (Art. 19 spares micro and small platforms)",
        answers: { ...EU_SELLER, employees: "10-49", sectors: ["online-platforms"] },
      },
    ],
  },
  {
    rule: "DSA-HOSTING",
    fires: [
      {
        when: "for a small EU social network",
        answers: { ...EU_SELLER, employees: "10-49", sectors: ["online-platforms"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a platform with no EU users or office",
        answers: {
          establishments: ["us"],
          markets: ["us-other"],
          personalData: ["customers"],
          sectors: ["online-platforms"],
        },
      },
    ],
  },
  {
    rule: "DSA-REPRESENTATIVE",
    fires: [
      {
        when: "for a US marketplace with EU users (Art. 13)",
        answers: {
          establishments: ["us"],
          markets: ["eu-eea"],
          personalData: ["customers"],
          sectors: ["online-platforms"],
        },
      },
    ],
    doesNotFire: [{ when: "for an EU-established platform", answers: { ...EU_SELLER, sectors: ["online-platforms"] } }],
  },
  {
    rule: "PLD-MANUFACTURER",
    fires: [
      {
        when: "for a maker of connected devices sold in the EU",
        answers: { ...EU_SELLER, euProducts: ["connected-devices"] },
      },
      {
        when: "for a vendor of installable software sold in the EU",
        answers: { ...EU_SELLER, euProducts: ["software-products"] },
      },
    ],
    doesNotFire: [
      { when: "for a company placing no products on the EU market", answers: { ...EU_SELLER, euProducts: ["none"] } },
    ],
  },
  {
    rule: "PLD-AI-PROVIDER",
    fires: [{ when: "for a provider of AI systems used in the EU", answers: { ...EU_SELLER, aiRoles: ["provider"] } }],
    doesNotFire: [{ when: "for a company that only uses AI tools", answers: { ...EU_SELLER, aiRoles: ["deployer"] } }],
  },
  {
    rule: "PLD-SAAS",
    fires: [
      { when: "for a SaaS provider with EU customers", answers: { ...EU_SELLER, euProducts: ["cloud-services"] } },
    ],
    doesNotFire: [{ when: "for a firm with no cloud services", answers: { ...EU_SELLER, euProducts: ["none"] } }],
  },
  {
    rule: "RED-CYBER",
    fires: [
      {
        when: "for a maker of connected devices sold in the EU",
        answers: { ...EU_SELLER, euProducts: ["connected-devices"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a vendor of installable software only",
        answers: { ...EU_SELLER, euProducts: ["software-products"] },
      },
    ],
  },
  {
    rule: "EAA-SERVICE",
    fires: [
      {
        when: "for an EU online marketplace with 10 or more staff",
        answers: { ...EU_SELLER, employees: "10-49", sectors: ["online-platforms"] },
      },
      {
        when: "for a telecoms provider serving EU consumers",
        answers: { ...EU_SELLER, employees: "50-249", sectors: ["telecom"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a micro marketplace (services of micro-enterprises are exempt)",
        answers: { ...EU_SELLER, employees: "under-10", sectors: ["online-platforms"] },
      },
    ],
  },
  {
    rule: "EAA-SERVICE-MICRO",
    fires: [
      {
        when: "for a micro marketplace, pending the exemption check",
        answers: { ...EU_SELLER, employees: "under-10", sectors: ["online-platforms"] },
      },
    ],
    doesNotFire: [{ when: "for a consultancy", answers: { ...EU_SELLER, sectors: ["other"] } }],
  },
  {
    rule: "EAA-BANKING",
    fires: [
      {
        when: "for a bank serving EU consumers",
        answers: { ...EU_SELLER, employees: "750-plus", sectors: ["financial-services"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a bank with no EU customers",
        answers: {
          establishments: ["us"],
          markets: ["us-other"],
          personalData: ["customers"],
          sectors: ["financial-services"],
        },
      },
    ],
  },
  {
    rule: "EAA-PRODUCT",
    fires: [
      {
        when: "for a maker of consumer hardware sold in the EU",
        answers: { ...EU_SELLER, sectors: ["connected-devices"], euProducts: ["connected-devices"] },
      },
    ],
    doesNotFire: [
      {
        when: "for an industrial machine maker",
        answers: { ...EU_SELLER, sectors: ["manufacturing"], euProducts: ["connected-devices"] },
      },
    ],
  },
];
