import { all, is, named } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import { NOT_EU_ESTABLISHED } from "./predicates";

// EU sanctions and dual-use controls are the primary regimes for an EU company (review C.2):
// they bind anyone inside the EU, EU nationals anywhere, companies incorporated in a member
// state, and any business done in whole or in part in the EU (Reg. 833/2014, Art. 13). An EU
// establishment is therefore enough for "likely"; serving EU customers from outside is "possible".

const EU_ESTABLISHED = named("EU establishment", is("establishments", "eu-eea"));
/** Russia, Belarus and the occupied regions of Ukraine, where EU trade, services and dual-use bans apply. */
const RUSSIA_BELARUS = named(
  "Russia, Belarus or occupied Ukraine",
  is("tradeCountries", "russia", "belarus", "occupied-ukraine"),
);
const EU_SANCTIONED = named(
  "EU-sanctioned country",
  is("tradeCountries", "russia", "belarus", "occupied-ukraine", "iran", "north-korea"),
);
const EU_DUAL_USE_ITEMS = named(
  "EU dual-use items",
  is("sensitiveExports", "encryption", "semiconductor-equipment", "other-dual-use"),
);

const EU_SCREENING =
  "Screen customers, suppliers, banks and their owners against the EU consolidated list; entities owned or controlled by listed persons are frozen too (Reg. 269/2014)";

export const EU_SANCTIONS_RULES = [
  {
    id: "EU-SANCTIONS-RUSSIA-IT",
    regime: "eu-sanctions",
    tier: "russia-services-ban",
    tierLabel: "An EU software or IT provider with customers in Russia (EU services ban)",
    // Reg. 833/2014, Art. 5n(1)–(2) bans IT consultancy and other business services to the Russian
    // Government and legal persons established in Russia; Art. 5n(2b), inserted by Reg. (EU)
    // 2023/2878 of 18 December 2023, adds the software listed in Annex XXXIX.
    when: all(EU_ESTABLISHED, is("tradeCountries", "russia"), is("sectors", "software-saas", "digital-infrastructure")),
    status: "likely",
    severity: 1,
    appliesFrom: "eu-russia-833",
    obligations: [
      "EU sanctions ban IT consultancy and other listed business services to the Russian Government and to legal persons established in Russia (Reg. 833/2014, Art. 5n(1)–(2)): stop covered services unless an exemption or authorisation applies, and take legal advice now",
      "Art. 5n(2b), inserted by Reg. (EU) 2023/2878 of 18 December 2023, also bans supplying them enterprise-management software (such as ERP, CRM and business intelligence) and industrial design and manufacturing software (such as CAD, CAM and BIM) listed in Annex XXXIX: check your products against Annex XXXIX",
      EU_SCREENING,
    ],
    confidence: "medium",
    note: "Check the exemptions, wind-down periods and authorisations in the consolidated text of Art. 5n on EUR-Lex before relying on one.",
  },
  {
    id: "EU-SANCTIONS-RUSSIA-BELARUS",
    regime: "eu-sanctions",
    tier: "russia-belarus",
    tierLabel: "EU company with business in Russia, Belarus or occupied Ukraine",
    when: all(EU_ESTABLISHED, RUSSIA_BELARUS),
    status: "likely",
    severity: 0.9,
    appliesFrom: "eu-russia-833",
    alsoDates: ["eu-belarus-765"],
    obligations: [
      EU_SCREENING,
      "Check every good, technology and service against the export, import and services bans of Reg. 833/2014 (Russia) and Reg. 765/2006 (Belarus), and the bans on the occupied regions",
      "Use your best efforts to make non-EU subsidiaries you own or control comply too (Art. 8a)",
    ],
  },
  {
    id: "EU-SANCTIONS-IRAN-DPRK",
    regime: "eu-sanctions",
    tier: "iran-north-korea",
    tierLabel: "EU company with business in Iran or North Korea",
    when: all(EU_ESTABLISHED, is("tradeCountries", "iran", "north-korea")),
    status: "likely",
    severity: 0.8,
    appliesFrom: "eu-iran-267",
    obligations: [
      EU_SCREENING,
      "Check goods, technology, finance and insurance against the restrictions of Reg. 267/2012 (Iran) and the EU's North Korea regime, which bans almost all trade",
    ],
  },
  {
    id: "EU-NO-RUSSIA-CLAUSE",
    regime: "eu-sanctions",
    tier: "no-russia-clause",
    tierLabel: "EU exporter of controlled or high-priority technology: the 'no re-export to Russia' clause",
    when: all(EU_ESTABLISHED, is("sensitiveExports", "ai-chips", "semiconductor-equipment", "other-dual-use")),
    status: "likely",
    severity: 0.5,
    appliesFrom: "eu-russia-833",
    obligations: [
      "Contracts selling common high-priority items to countries outside the EU must forbid re-export to Russia and for use in Russia, with adequate remedies (Reg. 833/2014, Art. 12g)",
    ],
    confidence: "medium",
    note: "Applies to the items listed as common high-priority items, which the form approximates.",
  },
  {
    id: "EU-BLOCKING-STATUTE",
    regime: "eu-sanctions",
    tier: "blocking-statute",
    tierLabel: "EU company with Iran or Cuba business: the Blocking Statute",
    when: all(EU_ESTABLISHED, is("tradeCountries", "iran", "cuba")),
    status: "likely",
    severity: 0.5,
    appliesFrom: "eu-blocking-statute",
    obligations: [
      "Do not comply with the US sanctions listed in the Blocking Statute (Iran, Cuba) unless the Commission authorises it; tell the Commission within 30 days when your interests are affected (Reg. 2271/96, Arts 2, 5)",
      "Document why any Iran or Cuba business ends, since ending it only to comply with US law can breach the Statute",
    ],
  },
  {
    id: "EU-SANCTIONS-NON-EU",
    regime: "eu-sanctions",
    tier: "russia-belarus",
    tierLabel: "Business with a sanctioned country by a company serving the EU from outside",
    when: all(is("markets", "eu-eea"), NOT_EU_ESTABLISHED, EU_SANCTIONED),
    status: "possible",
    severity: 0.9,
    appliesFrom: "eu-russia-833",
    obligations: [
      "EU sanctions reach business done in whole or in part in the EU and EU nationals on your staff (Reg. 833/2014, Art. 13): map which deals touch the EU",
      EU_SCREENING,
    ],
  },
] as const satisfies readonly RuleDefinition[];

export const EU_DUAL_USE_RULES = [
  {
    id: "EU-DUAL-USE-RESTRICTED",
    regime: "eu-dual-use",
    tier: "dual-use-banned-destination",
    tierLabel: "EU exporter of dual-use items with business in Russia, Belarus, Iran or North Korea",
    // Reg. 833/2014, Art. 2 and Reg. 765/2006 ban dual-use exports to Russia and Belarus outright;
    // Iran and North Korea need authorisation or are banned. A probable present breach, hence a red flag.
    when: all(EU_ESTABLISHED, EU_DUAL_USE_ITEMS, EU_SANCTIONED),
    status: "likely",
    severity: 0.9,
    appliesFrom: "eu-russia-833",
    alsoDates: ["eu-dual-use-2021"],
    obligations: [
      "The sale, supply, transfer or export of dual-use goods and technology to Russia and Belarus is banned (Reg. 833/2014, Art. 2; Reg. 765/2006): stop such deliveries, including through third countries, and take legal advice now",
      "Classify every item against Annex I of Reg. 2021/821 and screen end users",
    ],
    confidence: "medium",
    note: "Whether your dual-use items actually reach these countries decides it.",
  },
  {
    id: "EU-DUAL-USE-EXPORTER",
    regime: "eu-dual-use",
    tier: "dual-use-exporter",
    tierLabel: "EU exporter of dual-use items",
    when: all(EU_ESTABLISHED, EU_DUAL_USE_ITEMS),
    status: "likely",
    severity: 0.6,
    appliesFrom: "eu-dual-use-2021",
    obligations: [
      "An export authorisation for Annex I items leaving the EU, and for Annex IV items moving within it (Reg. 2021/821, Arts 3, 11)",
      "Catch-all controls for unlisted items meant for weapons or cyber-surveillance, and controls on brokering and technical assistance (Arts 4–5, 6, 8)",
      "An internal compliance programme for global and general authorisations, and records kept for five years (Arts 12, 27)",
    ],
  },
  {
    id: "EU-DUAL-USE-CHIPS",
    regime: "eu-dual-use",
    tier: "dual-use-exporter",
    tierLabel: "EU exporter of advanced chips or GPU servers (may be listed dual-use items)",
    when: all(EU_ESTABLISHED, is("sensitiveExports", "ai-chips")),
    status: "possible",
    severity: 0.6,
    appliesFrom: "eu-dual-use-2021",
    obligations: [
      "Classify the chips and servers against Annex I of Reg. 2021/821 and national control lists before export",
    ],
  },
] as const satisfies readonly RuleDefinition[];
