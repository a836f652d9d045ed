import type { AnswersInput } from "~/domain/questionnaire";
import type { RuleSpec } from "./rule-spec";

const EU = { establishments: ["eu-eea"], markets: ["eu-eea"] } satisfies AnswersInput;
const MEDIUM = { employees: "50-249", turnover: "10m-25m" } satisfies AnswersInput;
const SMALL = { employees: "10-49", turnover: "up-to-10m" } satisfies AnswersInput;
const LARGE = { employees: "250-749", turnover: "50m-150m" } satisfies AnswersInput;

export const EU_CYBER_SPECS: readonly RuleSpec[] = [
  {
    rule: "NIS2-ESSENTIAL-ANY-SIZE",
    fires: [
      {
        when: "for a small EU DNS provider, registry or qualified trust service provider, whatever its size",
        answers: { ...EU, ...SMALL, sectors: ["dns-tld-qualified-trust"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a DNS provider with no EU presence or customers",
        answers: { establishments: ["us"], markets: ["us-other"], sectors: ["dns-tld-qualified-trust"] },
      },
      {
        when: "for a small telecoms provider (important, not essential: R1)",
        answers: { ...EU, ...SMALL, sectors: ["telecom"] },
      },
      {
        when: "for a small non-qualified trust service provider (important: R1)",
        answers: { ...EU, ...SMALL, sectors: ["trust-services"] },
      },
    ],
  },
  {
    rule: "NIS2-CENTRAL-GOVERNMENT",
    fires: [
      {
        when: "for a small central-government agency in the EU (R2)",
        answers: { ...EU, ...SMALL, sectors: ["central-government"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a small regional public body (size test applies)",
        answers: { ...EU, ...SMALL, sectors: ["public-sector"] },
      },
    ],
  },
  {
    rule: "NIS2-ESSENTIAL-TELECOM",
    fires: [
      { when: "for a medium-sized EU telecoms provider (R1)", answers: { ...EU, ...MEDIUM, sectors: ["telecom"] } },
    ],
    doesNotFire: [
      { when: "for a small EU telecoms provider (R1)", answers: { ...EU, ...SMALL, sectors: ["telecom"] } },
    ],
  },
  {
    rule: "NIS2-ESSENTIAL",
    fires: [
      {
        when: "for an EU energy company with 250 or more staff",
        answers: { ...EU, employees: "250-749", turnover: "25m-50m", sectors: ["critical-services"] },
      },
      {
        when: "for a large EU SaaS provider with EU customers (cloud, recital 33: R3)",
        answers: { ...EU, ...LARGE, sectors: ["software-saas"], euProducts: ["cloud-services"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a medium-sized energy company (important instead)",
        answers: { ...EU, employees: "50-249", turnover: "25m-50m", sectors: ["critical-services"] },
      },
      {
        when: "for a large manufacturer (Annex II sectors are never essential)",
        answers: { ...EU, ...LARGE, sectors: ["manufacturing"] },
      },
      {
        when: "for a hospital group under 250 staff with more than €50M turnover (turnover alone: R4)",
        answers: { ...EU, employees: "50-249", turnover: "50m-150m", sectors: ["critical-services"] },
      },
    ],
  },
  {
    rule: "NIS2-ESSENTIAL-TURNOVER",
    fires: [
      {
        when: "for a hospital group under 250 staff with more than €50M turnover (balance sheet not asked: R4)",
        answers: { ...EU, employees: "50-249", turnover: "50m-150m", sectors: ["critical-services"] },
      },
    ],
    doesNotFire: [
      {
        when: "for an energy company with at most €50M turnover",
        answers: { ...EU, ...MEDIUM, sectors: ["critical-services"] },
      },
    ],
  },
  {
    rule: "NIS2-IMPORTANT-ANY-SIZE",
    fires: [
      {
        when: "for a micro telecoms provider in the EU (R1)",
        answers: { ...EU, employees: "under-10", turnover: "up-to-10m", sectors: ["telecom"] },
      },
      {
        when: "for a small non-qualified trust service provider (R1)",
        answers: { ...EU, ...SMALL, sectors: ["trust-services"] },
      },
    ],
    doesNotFire: [{ when: "for a small software vendor", answers: { ...EU, ...SMALL, sectors: ["software-saas"] } }],
  },
  {
    rule: "NIS2-IMPORTANT",
    fires: [
      {
        when: "for an EU machinery maker with 50 or more staff",
        answers: { ...EU, employees: "50-249", turnover: "up-to-10m", sectors: ["manufacturing"] },
      },
      {
        when: "for a non-EU online marketplace serving the EU",
        answers: { establishments: ["us"], markets: ["eu-eea"], ...MEDIUM, sectors: ["online-platforms"] },
      },
      {
        when: "for a medium-sized non-EU SaaS provider serving EU customers (R3)",
        answers: {
          establishments: ["us"],
          markets: ["eu-eea"],
          ...MEDIUM,
          sectors: ["software-saas"],
          euProducts: ["cloud-services"],
        },
      },
    ],
    doesNotFire: [
      {
        when: "for a company under 50 staff and at most €10M turnover",
        answers: { ...EU, ...SMALL, sectors: ["manufacturing"] },
      },
      {
        when: "for a 30-person EU cloud provider with more than €10M turnover (turnover alone: R4)",
        answers: { ...EU, employees: "10-49", turnover: "10m-25m", sectors: ["digital-infrastructure"] },
      },
      {
        when: "for a bank (DORA is the sector-specific act)",
        answers: { ...EU, ...LARGE, sectors: ["financial-services"] },
      },
      {
        when: "for a non-EU machinery maker that only exports to the EU",
        answers: { establishments: ["other"], markets: ["eu-eea"], ...MEDIUM, sectors: ["manufacturing"] },
      },
    ],
  },
  {
    rule: "NIS2-IMPORTANT-TURNOVER",
    fires: [
      {
        when: "for a 30-person EU cloud provider with more than €10M turnover (balance sheet not asked: R4)",
        answers: { ...EU, employees: "10-49", turnover: "10m-25m", sectors: ["digital-infrastructure"] },
      },
      {
        when: 'for a small company "unsure" of its turnover',
        answers: { ...EU, employees: "10-49", turnover: "unsure", sectors: ["manufacturing"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a company under 50 staff and at most €10M turnover",
        answers: { ...EU, ...SMALL, sectors: ["manufacturing"] },
      },
    ],
  },
  {
    rule: "NIS2-SUPPLIER",
    fires: [
      { when: "for a SaaS vendor serving EU customers", answers: { ...EU, ...SMALL, sectors: ["software-saas"] } },
    ],
    doesNotFire: [
      {
        when: "for a SaaS vendor serving only US customers",
        answers: { establishments: ["us"], markets: ["us-other"], sectors: ["software-saas"] },
      },
    ],
  },
  {
    rule: "DORA-FINANCIAL-ENTITY",
    fires: [{ when: "for an EU payment institution", answers: { ...EU, sectors: ["financial-services"] } }],
    doesNotFire: [{ when: "for an EU software company", answers: { ...EU, sectors: ["software-saas"] } }],
  },
  {
    rule: "DORA-FINANCIAL-NON-EU",
    fires: [
      {
        when: "for a US broker with EU clients",
        answers: { establishments: ["us"], markets: ["eu-eea"], sectors: ["financial-services"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a US broker with only US clients",
        answers: { establishments: ["us"], markets: ["us-other"], sectors: ["financial-services"] },
      },
    ],
  },
  {
    rule: "DORA-CTPP",
    fires: [
      {
        when: "for a large cloud provider serving EU banks",
        answers: { ...EU, ...LARGE, sectors: ["digital-infrastructure"], financialIctSupplier: "yes" },
      },
    ],
    doesNotFire: [
      {
        when: "for a medium-sized cloud provider serving EU banks",
        answers: {
          ...EU,
          employees: "50-249",
          turnover: "25m-50m",
          sectors: ["digital-infrastructure"],
          financialIctSupplier: "yes",
        },
      },
    ],
  },
  {
    rule: "DORA-ICT-SUPPLIER",
    fires: [
      {
        when: "(not likely: R5) for a software supplier to EU insurers",
        answers: { sectors: ["software-saas"], financialIctSupplier: "yes" },
      },
      { when: 'when the visitor is "unsure"', answers: { sectors: ["software-saas"], financialIctSupplier: "unsure" } },
    ],
    doesNotFire: [
      {
        when: "when no EU financial firm is a client",
        answers: { sectors: ["software-saas"], financialIctSupplier: "no" },
      },
    ],
  },
  {
    rule: "DA-CONNECTED-PRODUCT",
    fires: [
      {
        when: "for a medium-sized maker of connected devices sold in the EU",
        answers: { ...EU, ...MEDIUM, euProducts: ["connected-devices"] },
      },
    ],
    doesNotFire: [
      {
        when: "for a small maker (under 50 staff, at most €10M)",
        answers: { ...EU, ...SMALL, euProducts: ["connected-devices"] },
      },
      {
        when: "for a 30-person maker with €25M turnover (may still be small by balance sheet: R4)",
        answers: { ...EU, employees: "10-49", turnover: "25m-50m", euProducts: ["connected-devices"] },
      },
      { when: "for a software vendor", answers: { ...EU, ...MEDIUM, euProducts: ["software-products"] } },
    ],
  },
  {
    rule: "DA-CONNECTED-PRODUCT-SMALL",
    fires: [
      {
        when: "for a small maker of connected devices, pending the exemption check",
        answers: { ...EU, ...SMALL, euProducts: ["connected-devices"] },
      },
    ],
    doesNotFire: [{ when: "for a cloud provider", answers: { ...EU, ...SMALL, euProducts: ["cloud-services"] } }],
  },
  {
    rule: "DA-CLOUD",
    fires: [
      {
        when: "for a SaaS provider with EU customers, whatever its size",
        answers: { ...EU, ...SMALL, euProducts: ["cloud-services"] },
      },
    ],
    doesNotFire: [{ when: "for installed software only", answers: { ...EU, euProducts: ["software-products"] } }],
  },
  {
    rule: "CRA-MANUFACTURER",
    fires: [
      { when: "for installable software sold in the EU", answers: { ...EU, euProducts: ["software-products"] } },
      { when: "for connected devices sold in the EU", answers: { ...EU, euProducts: ["connected-devices"] } },
    ],
    doesNotFire: [
      { when: "for pure SaaS, which the Act leaves out", answers: { ...EU, euProducts: ["cloud-services"] } },
    ],
  },
  {
    rule: "CRA-REPORTING",
    fires: [
      {
        when: "for firmware in devices already on the EU market",
        answers: { ...EU, euProducts: ["connected-devices"] },
      },
    ],
    doesNotFire: [{ when: "for a company placing nothing on the EU market", answers: { ...EU, euProducts: ["none"] } }],
  },
  {
    rule: "CRA-IMPORTER-DISTRIBUTOR",
    fires: [
      { when: "for a distributor of routers made outside the EU", answers: { ...EU, euProducts: ["resold-products"] } },
    ],
    doesNotFire: [{ when: "for a cloud provider", answers: { ...EU, euProducts: ["cloud-services"] } }],
  },
];
