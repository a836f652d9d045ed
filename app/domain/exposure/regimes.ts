import type { RegimeDefinition } from "./types";

export const REGIMES: readonly RegimeDefinition[] = [
  {
    id: "eu-ai-act",
    name: "EU AI Act",
    law: "Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744 (Digital Omnibus on AI)",
    topic: "eu-ai-act",
    bucket: "ai-governance",
    maxPenalty:
      "Up to €35M or 7% of worldwide turnover for prohibited practices; €15M or 3% for most other duties, including those of general-purpose model providers; €7.5M or 1% for misleading information. The higher amount applies, the lower one for SMEs and small mid-caps.",
    finesScaleWithTurnover: true,
    sources: [
      "Regulation (EU) 2024/1689, Arts 3–6, 16, 22–27, 50, 53–55, 99, 101, 113 and Annexes I and III",
      "Regulation (EU) 2026/1744 (Digital Omnibus on AI), in force 27 July 2026",
      "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
    ],
  },
  {
    id: "gdpr",
    name: "GDPR",
    law: "Regulation (EU) 2016/679",
    topic: "gdpr",
    bucket: "privacy",
    maxPenalty: "Up to €20M or 4% of worldwide annual turnover, whichever is higher.",
    finesScaleWithTurnover: true,
    sources: [
      "Regulation (EU) 2016/679, Arts 3, 22, 27, 33, 35, 83",
      "CJEU C-634/21 SCHUFA Holding (Scoring), 7 December 2023",
      "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    ],
  },
  {
    id: "nis2",
    name: "NIS2",
    law: "Directive (EU) 2022/2555 and the national laws transposing it",
    topic: "nis2",
    bucket: "cyber",
    maxPenalty:
      "Essential entities: at least €10M or 2% of worldwide turnover; important entities: at least €7M or 1.4%. Management bodies can be held personally liable.",
    finesScaleWithTurnover: true,
    sources: [
      "Directive (EU) 2022/2555, Arts 2, 3, 20, 21, 23, 26, 34 and Annexes I–II",
      "https://eur-lex.europa.eu/eli/dir/2022/2555/oj",
    ],
  },
  {
    id: "dora",
    name: "DORA",
    law: "Regulation (EU) 2022/2554 (Digital Operational Resilience Act)",
    topic: "dora",
    bucket: "cyber",
    maxPenalty:
      "Penalties for financial entities are set nationally; critical ICT third-party providers face periodic penalties of up to 1% of average daily worldwide turnover per day.",
    finesScaleWithTurnover: true,
    sources: ["Regulation (EU) 2022/2554, Arts 2, 5–19, 28–35", "https://eur-lex.europa.eu/eli/reg/2022/2554/oj"],
  },
  {
    id: "data-act",
    name: "EU Data Act",
    law: "Regulation (EU) 2023/2854",
    topic: "data-act",
    bucket: "cyber",
    maxPenalty:
      "Set by each member state (effective, proportionate and dissuasive); GDPR-level fines where personal data is involved.",
    finesScaleWithTurnover: true,
    sources: [
      "Regulation (EU) 2023/2854, Arts 3–5, 7, 23–31, 40, 50",
      "https://eur-lex.europa.eu/eli/reg/2023/2854/oj",
    ],
  },
  {
    id: "cyber-resilience-act",
    name: "Cyber Resilience Act",
    law: "Regulation (EU) 2024/2847",
    topic: "cyber-resilience-act",
    bucket: "cyber",
    maxPenalty:
      "Up to €15M or 2.5% of worldwide turnover for breaches of the essential requirements; €10M or 2% for other duties.",
    finesScaleWithTurnover: true,
    sources: [
      "Regulation (EU) 2024/2847, Arts 2, 13–14, 19–20, 64, 71",
      "https://eur-lex.europa.eu/eli/reg/2024/2847/oj",
    ],
  },
  {
    id: "nyc-ll144",
    name: "NYC Local Law 144 (automated employment decision tools)",
    law: "NYC Administrative Code §§ 20-870–20-874; 6 RCNY § 5-300",
    topic: "us-ai-laws",
    bucket: "ai-governance",
    maxPenalty:
      "$500 for a first violation and $500–$1,500 for each further one; every day of use and every missing notice counts separately.",
    sources: ["NYC Administrative Code §§ 20-870–20-874", "6 RCNY § 5-300 (DCWP rules)"],
  },
  {
    id: "colorado-ai",
    name: "Colorado automated-decision law (SB 26-189)",
    law: "Colorado SB 26-189, replacing SB 24-205",
    topic: "us-ai-laws",
    bucket: "ai-governance",
    maxPenalty:
      "Civil penalties under the Colorado Consumer Protection Act, enforced by the Attorney General (up to $20,000 per violation).",
    sources: ["Colorado SB 26-189 (signed 14 May 2026, effective 1 January 2027)", "https://coag.gov/resources/ai"],
  },
  {
    id: "ca-ccpa",
    name: "California Consumer Privacy Act",
    law: "Cal. Civ. Code § 1798.100 et seq. and CPPA regulations",
    topic: "us-ai-laws",
    bucket: "privacy",
    maxPenalty:
      "$2,500 per violation, $7,500 per intentional violation or one involving minors (adjusted for inflation), plus private actions after data breaches.",
    sources: [
      "Cal. Civ. Code §§ 1798.140, 1798.155, 1798.185",
      "CPPA regulations on risk assessments and ADMT (effective 1 January 2026)",
    ],
  },
  {
    id: "us-state-privacy",
    name: "US state consumer privacy laws (beyond California)",
    law: "The comprehensive consumer privacy acts of Virginia, Colorado, Connecticut, Utah, Texas, Oregon, Montana, Delaware, Iowa, Nebraska, New Hampshire, New Jersey, Tennessee, Minnesota, Maryland, Indiana, Kentucky and Rhode Island",
    topic: "us-ai-laws",
    bucket: "privacy",
    maxPenalty:
      "Enforced by the state attorneys general, with no private right of action: civil penalties per violation of up to $7,500 in Virginia, Utah, Texas and Oregon, up to $20,000 in Colorado and $5,000 per wilful violation in Connecticut. For any other state, check its act for the maximum penalty and whether a cure period still runs.",
    sources: [
      "Virginia: Va. Code §§ 59.1-575 to 59.1-585 (VCDPA), in force 1 January 2023",
      "Colorado: C.R.S. §§ 6-1-1301 to 6-1-1313 (CPA), in force 1 July 2023, and 4 CCR 904-3",
      "Connecticut: Conn. Gen. Stat. §§ 42-515 to 42-525 (CTDPA), in force 1 July 2023",
      "Utah: Utah Code §§ 13-61-101 to 13-61-404 (UCPA), in force 31 December 2023",
      "Texas: Tex. Bus. & Com. Code ch. 541 (TDPSA), in force 1 July 2024",
      "Oregon: ORS 646A.570 to 646A.589 (OCPA), in force 1 July 2024",
      "Delaware, Iowa, Nebraska, New Hampshire (1 January 2025), New Jersey (15 January 2025), Tennessee (1 July 2025), Minnesota (31 July 2025), Maryland (1 October 2025), Indiana, Kentucky and Rhode Island (1 January 2026)",
      "Tennessee: Tenn. Code § 47-18-3202 (revenue above $25M and 175,000 consumers, or 25,000 with more than half of revenue from sales)",
      "Montana: Mont. Code Ann. § 30-14-2803(1) as amended by SB 297 (2025), in force 1 October 2025 (25,000 consumers, or 15,000 with more than 25% of revenue from sales)",
    ],
  },
  {
    id: "ca-admt",
    name: "California rules on automated decision-making technology",
    law: "CPPA regulations on automated decision-making technology under the CCPA",
    topic: "us-ai-laws",
    bucket: "ai-governance",
    maxPenalty: "As for the CCPA: $2,500 per violation, $7,500 per intentional violation (adjusted for inflation).",
    sources: ["CPPA regulations on automated decision-making technology (ADMT duties from 1 January 2027)"],
  },
  {
    id: "ca-feha",
    name: "California FEHA rules on automated-decision systems in employment",
    law: "California Fair Employment and Housing Act; Civil Rights Council regulations (2025)",
    topic: "us-ai-laws",
    bucket: "ai-governance",
    maxPenalty: "Civil-rights remedies: uncapped compensatory and punitive damages and attorneys' fees.",
    sources: [
      "Cal. Gov. Code § 12940",
      "Civil Rights Council regulations on automated-decision systems (effective 1 October 2025)",
    ],
  },
  {
    id: "il-hb3773",
    name: "Illinois HB 3773 (AI in employment)",
    law: "Illinois Human Rights Act as amended by HB 3773 (Public Act 103-0804)",
    topic: "us-ai-laws",
    bucket: "ai-governance",
    maxPenalty: "Illinois Human Rights Act remedies: actual damages, back pay, attorneys' fees and civil penalties.",
    sources: ["775 ILCS 5/2-102 as amended by Public Act 103-0804 (effective 1 January 2026)"],
  },
  {
    id: "il-bipa",
    name: "Illinois Biometric Information Privacy Act",
    law: "740 ILCS 14",
    topic: "us-ai-laws",
    bucket: "privacy",
    maxPenalty:
      "Private actions: $1,000 per negligent and $5,000 per intentional or reckless violation (counted per person since 2024), plus attorneys' fees.",
    sources: ["740 ILCS 14/15, 14/20", "Illinois SB 2979 (2024) on per-person damages"],
  },
  {
    id: "tx-traiga",
    name: "Texas Responsible AI Governance Act",
    law: "Texas HB 149 (2025)",
    topic: "us-ai-laws",
    bucket: "ai-governance",
    maxPenalty:
      "Attorney General only, after a 60-day cure period: $10,000–$12,000 per curable violation, $80,000–$200,000 per uncurable one, $2,000–$40,000 per day of continuing violation.",
    sources: ["Texas HB 149 (2025), effective 1 January 2026"],
  },
  {
    id: "us-sanctions",
    name: "US sanctions (OFAC)",
    law: "IEEPA and the OFAC sanctions regulations (31 CFR Chapter V)",
    topic: "sanctions",
    bucket: "trade",
    maxPenalty:
      "Civil: the IEEPA maximum per violation as adjusted for inflation each January ($377,700 in the 2025 adjustment; see the current figure in 31 CFR 501) or twice the transaction value, on a strict-liability basis; criminal: up to $1M and 20 years; 10-year limitation period.",
    sources: [
      "31 CFR Parts 510 (North Korea), 515 (Cuba), 560 (Iran), 587 (Russia), 589 (Ukraine/Russia-related)",
      "https://ofac.treasury.gov",
    ],
  },
  {
    id: "us-export-controls",
    name: "US export controls (EAR)",
    law: "Export Administration Regulations, 15 CFR Parts 730–774",
    topic: "export-controls",
    bucket: "trade",
    maxPenalty:
      "Civil: the ECRA maximum per violation as adjusted for inflation each January (about $374,000 in 2025; see the current figure in 15 CFR 6.3) or twice the transaction value; criminal: up to $1M and 20 years; denial of export privileges.",
    sources: ["15 CFR Parts 734, 736, 742, 744, 746 (including ECCNs 3A090 and 4A090)", "https://www.bis.gov"],
  },
  {
    id: "ru-localisation",
    name: "Russian data localisation (242-FZ)",
    law: "Federal Law No. 152-FZ on Personal Data, Art. 18(5), as amended by 242-FZ and 23-FZ",
    topic: "data-localisation",
    bucket: "privacy",
    maxPenalty:
      "Fines up to RUB 6M, RUB 18M for a repeat offence; turnover-based fines (up to 3%) for leaks; blocking of the service in Russia.",
    sources: [
      "Federal Law No. 242-FZ (in force 1 September 2015)",
      "Federal Law No. 23-FZ (in force 1 July 2025)",
      "Code of Administrative Offences, Art. 13.11",
    ],
  },
  {
    id: "cn-pipl",
    name: "China PIPL and Data Security Law",
    law: "Personal Information Protection Law (2021); Data Security Law (2021); CAC cross-border transfer provisions (2024)",
    topic: "data-localisation",
    bucket: "privacy",
    maxPenalty:
      "PIPL: up to RMB 50M or 5% of prior-year turnover, suspension of business and personal liability for managers; DSL penalties for unapproved transfers to foreign authorities.",
    finesScaleWithTurnover: true,
    sources: [
      "PIPL Arts 3, 38–40, 53, 66",
      "Data Security Law Art. 36",
      "CAC Provisions on Promoting and Regulating Cross-Border Data Flows (22 March 2024)",
    ],
  },
  {
    id: "in-dpdp",
    name: "India Digital Personal Data Protection Act",
    law: "Digital Personal Data Protection Act 2023 and DPDP Rules 2025",
    topic: "data-localisation",
    bucket: "privacy",
    maxPenalty:
      "Up to ₹250 crore per breach of security safeguards; up to ₹200 crore for breaches of the duties on children's data.",
    sources: [
      "Digital Personal Data Protection Act 2023, ss. 3, 9, 10, 16, 33 and Schedule",
      "DPDP Rules (notified 13–14 November 2025)",
    ],
  },
  {
    id: "eu-sanctions",
    name: "EU sanctions",
    law: "Council Regulations (EU) No 833/2014 and 269/2014 (Russia), (EC) No 765/2006 (Belarus), (EU) No 267/2012 (Iran) and the Blocking Statute, Regulation (EC) No 2271/96",
    topic: "sanctions",
    bucket: "trade",
    maxPenalty:
      "Set by each member state and a criminal offence in most; Directive (EU) 2024/1226 requires fines for companies of at least 5% of worldwide turnover or €40M for the gravest breaches. Asset freezes and contracts void under the no-claims clauses.",
    sources: [
      "Council Regulation (EU) No 833/2014, Arts 2, 5n, 8a, 12g, 13",
      "Council Regulation (EU) 2023/2878 (18 December 2023), inserting Art. 5n(2b) and Annex XXXIX (enterprise-management and design software)",
      "Council Regulation (EU) No 269/2014 (asset freezes)",
      "Council Regulation (EC) No 765/2006 (Belarus); Council Regulation (EU) No 267/2012 (Iran)",
      "Council Regulation (EC) No 2271/96 (Blocking Statute), Art. 5",
      "Directive (EU) 2024/1226 on criminal offences and penalties for the violation of Union restrictive measures",
    ],
  },
  {
    id: "eu-dual-use",
    name: "EU dual-use export controls",
    law: "Regulation (EU) 2021/821 (Dual-Use Regulation), with the dual-use bans of the Russia and Belarus sanctions",
    topic: "export-controls",
    bucket: "trade",
    maxPenalty:
      "Set by each member state: administrative fines, and criminal penalties including imprisonment for exports without authorisation.",
    sources: [
      "Regulation (EU) 2021/821, Arts 3–9, 11, 25 and Annexes I and IV",
      "Council Regulation (EU) No 833/2014, Art. 2; Council Regulation (EC) No 765/2006, Art. 1e",
      "https://eur-lex.europa.eu/eli/reg/2021/821/oj",
    ],
  },
  {
    id: "uk-gdpr",
    name: "UK GDPR and Data Protection Act 2018",
    law: "UK GDPR and the Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025",
    topic: "gdpr",
    bucket: "privacy",
    maxPenalty: "Up to £17.5M or 4% of worldwide annual turnover, whichever is higher.",
    finesScaleWithTurnover: true,
    sources: [
      "UK GDPR, Arts 3, 22–22D, 27, 35, 83",
      "Data Protection Act 2018",
      "Data (Use and Access) Act 2025 (Royal Assent 19 June 2025); ss. 80 (Arts 22A–22D) and 85 (transfers) in force 5 February 2026 under SI 2026/82, reg. 2(j) and (m)",
    ],
  },
  {
    id: "uk-nis",
    name: "UK NIS Regulations",
    law: "The Network and Information Systems Regulations 2018 (SI 2018/506)",
    topic: "nis2",
    bucket: "cyber",
    maxPenalty: "Up to £17M per breach.",
    sources: ["The Network and Information Systems Regulations 2018 (SI 2018/506), regs 8, 10–14, 18 and Schedule 1"],
  },
  {
    id: "uk-sanctions",
    name: "UK sanctions",
    law: "Sanctions and Anti-Money Laundering Act 2018 and its regulations, including the Russia (Sanctions) (EU Exit) Regulations 2019",
    topic: "sanctions",
    bucket: "trade",
    maxPenalty:
      "Financial sanctions: OFSI civil penalties of the greater of £1M or 50% of the breach's value, on a strict-liability basis since 15 June 2022; up to 7 years' imprisonment. Trade sanctions: HMRC and OTSI penalties and prosecution.",
    sources: [
      "Sanctions and Anti-Money Laundering Act 2018",
      "The Russia (Sanctions) (EU Exit) Regulations 2019 (SI 2019/855), reg. 54C (professional and business services, including IT consultancy and design from 16 December 2022 under SI 2022/1331) and Chapter 4N with Schedule 3IA (sectoral software, from 24 April 2025 under SI 2025/504)",
      "Policing and Crime Act 2017, s. 146, as amended by the Economic Crime (Transparency and Enforcement) Act 2022",
    ],
  },
  {
    id: "uk-export-controls",
    name: "UK export controls",
    law: "Export Control Act 2002 and Export Control Order 2008, with the UK Strategic Export Control Lists",
    topic: "export-controls",
    bucket: "trade",
    maxPenalty:
      "Compound penalties from HMRC; on conviction an unlimited fine and up to 10 years' imprisonment (Customs and Excise Management Act 1979, s. 68).",
    sources: [
      "Export Control Order 2008 (SI 2008/3231)",
      "Retained Regulation (EC) No 428/2009 (UK dual-use list)",
      "Customs and Excise Management Act 1979, s. 68",
    ],
  },
  {
    id: "eu-dsa",
    name: "Digital Services Act",
    law: "Regulation (EU) 2022/2065",
    // No platform topic yet: the privacy desk takes platform law in the demo routing.
    topic: "gdpr",
    bucket: "privacy",
    maxPenalty: "Up to 6% of worldwide annual turnover; periodic penalties up to 5% of average daily turnover.",
    finesScaleWithTurnover: true,
    sources: ["Regulation (EU) 2022/2065, Arts 11–32, 52, 93", "https://eur-lex.europa.eu/eli/reg/2022/2065/oj"],
  },
  {
    id: "eu-product-liability",
    name: "Product Liability Directive",
    law: "Directive (EU) 2024/2853 and the national laws transposing it",
    topic: "cyber-resilience-act",
    bucket: "cyber",
    maxPenalty:
      "Civil liability without a cap: compensation for death, personal injury, damage to property and loss or corruption of data not used professionally.",
    sources: ["Directive (EU) 2024/2853, Arts 2, 4, 6–11, 22", "https://eur-lex.europa.eu/eli/dir/2024/2853/oj"],
  },
  {
    id: "eu-red-cyber",
    name: "Radio Equipment Directive cybersecurity requirements",
    law: "Directive 2014/53/EU, Art. 3(3)(d)–(f), applied by Delegated Regulation (EU) 2022/30",
    topic: "cyber-resilience-act",
    bucket: "cyber",
    maxPenalty: "Set by each member state; products that do not conform can be withdrawn or recalled.",
    sources: [
      "Directive 2014/53/EU, Art. 3(3)",
      "Commission Delegated Regulation (EU) 2022/30 (applicable from 1 August 2025)",
    ],
  },
  {
    id: "eu-accessibility",
    name: "European Accessibility Act",
    law: "Directive (EU) 2019/882 and the national laws transposing it",
    topic: "cyber-resilience-act",
    bucket: "cyber",
    maxPenalty:
      "Set by each member state (effective, proportionate and dissuasive); non-compliant products can be withdrawn.",
    sources: ["Directive (EU) 2019/882, Arts 2, 4, 13–14, 30–32 and Annexes I and V"],
  },
];
