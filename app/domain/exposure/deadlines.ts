import type { Milestone } from "./types";

/**
 * Every date the rules refer to, oldest first. Rules point at these ids, so moving a date (as
 * the 2026 Digital Omnibus did for the AI Act's high-risk tiers) is a one-line change here plus a
 * new ruleset version.
 */
const MILESTONE_TABLE = [
  {
    id: "us-ieepa",
    date: "1977-12-28",
    label: "US sanctions programmes under IEEPA (long-standing)",
    basis: "law",
    source: "50 U.S.C. § 1701 et seq.; 31 CFR Chapter V",
  },
  {
    id: "eu-blocking-statute",
    date: "1996-11-22",
    label: "EU Blocking Statute against listed extraterritorial sanctions",
    basis: "law",
    source: "Council Regulation (EC) No 2271/96 of 22 November 1996, as amended",
  },
  {
    id: "eu-belarus-765",
    date: "2006-05-18",
    label: "EU Belarus sanctions regulation (extended to trade and dual-use bans from 2022)",
    basis: "law",
    source: "Council Regulation (EC) No 765/2006 of 18 May 2006, as amended",
  },
  {
    id: "il-bipa",
    date: "2008-10-03",
    label: "Illinois Biometric Information Privacy Act in force",
    basis: "law",
    source: "740 ILCS 14",
  },
  {
    id: "uk-export-control-order",
    date: "2009-04-06",
    label: "UK Export Control Order 2008 in force",
    basis: "law",
    source: "Export Control Order 2008 (SI 2008/3231)",
  },
  {
    id: "eu-iran-267",
    date: "2012-03-23",
    label: "EU Iran sanctions regulation",
    basis: "law",
    source: "Council Regulation (EU) No 267/2012 of 23 March 2012, as amended",
  },
  {
    id: "eu-russia-833",
    date: "2014-08-01",
    label: "EU Russia sectoral sanctions (later widened to trade, services and dual-use bans)",
    basis: "law",
    source: "Council Regulation (EU) No 833/2014 of 31 July 2014, as amended",
  },
  {
    id: "ru-242fz",
    date: "2015-09-01",
    label: "Russian personal-data localisation (242-FZ) in force",
    basis: "law",
    source: "Federal Law No. 242-FZ; Federal Law No. 152-FZ, Art. 18(5)",
  },
  {
    id: "uk-nis",
    date: "2018-05-10",
    label: "UK NIS Regulations in force",
    basis: "law",
    source: "The Network and Information Systems Regulations 2018 (SI 2018/506)",
  },
  { id: "gdpr", date: "2018-05-25", label: "GDPR applies", basis: "law", source: "Regulation (EU) 2016/679, Art. 99" },
  {
    id: "us-ear",
    date: "2018-08-13",
    label: "Export Control Reform Act: statutory basis of the EAR",
    basis: "law",
    source: "50 U.S.C. §§ 4801–4852; 15 CFR Parts 730–774",
  },
  {
    id: "ccpa",
    date: "2020-01-01",
    label: "California Consumer Privacy Act in force",
    basis: "law",
    source: "Cal. Civ. Code § 1798.100 et seq.",
  },
  {
    id: "uk-sanctions",
    date: "2020-12-31",
    label: "UK sanctions regimes under SAMLA 2018 in force (end of the transition period)",
    basis: "law",
    source: "Sanctions and Anti-Money Laundering Act 2018; Russia (Sanctions) (EU Exit) Regulations 2019",
  },
  {
    id: "uk-gdpr",
    date: "2021-01-01",
    label: "UK GDPR applies",
    basis: "law",
    source: "Data Protection, Privacy and Electronic Communications (Amendments etc) (EU Exit) Regulations 2019",
  },
  {
    id: "ofac-russia-eo14024",
    date: "2021-04-15",
    label:
      "US Russia sanctions programme (E.O. 14024; new-investment and services bans under E.O. 14071 from April 2022)",
    basis: "law",
    source: "Executive Order 14024 (15 April 2021); Executive Order 14071 (6 April 2022); 31 CFR Part 587",
  },
  {
    id: "eu-dual-use-2021",
    date: "2021-09-09",
    label: "EU Dual-Use Regulation applies",
    basis: "law",
    source: "Regulation (EU) 2021/821, Art. 32",
  },
  {
    id: "cn-pipl",
    date: "2021-11-01",
    label: "China Personal Information Protection Law in force",
    basis: "law",
    source: "PIPL (2021); Data Security Law (in force 1 September 2021)",
  },
  {
    id: "uk-ofsi-strict-liability",
    date: "2022-06-15",
    label: "UK: OFSI civil penalties on a strict-liability basis",
    basis: "law",
    source:
      "Economic Crime (Transparency and Enforcement) Act 2022, s. 54, amending the Policing and Crime Act 2017, s. 146",
  },
  {
    id: "bis-advanced-computing",
    date: "2022-10-07",
    label: "US controls on advanced computing chips and semiconductor items",
    basis: "law",
    source: "15 CFR Parts 734, 740, 742, 744 (ECCNs 3A090, 4A090); later updates 2023–2026",
  },
  {
    id: "us-vcdpa",
    date: "2023-01-01",
    label: "Virginia Consumer Data Protection Act in force",
    basis: "law",
    source: "Va. Code § 59.1-575 et seq.",
  },
  {
    id: "us-cpa-ctdpa",
    date: "2023-07-01",
    label: "Colorado Privacy Act and Connecticut Data Privacy Act in force",
    basis: "law",
    source: "C.R.S. § 6-1-1301 et seq.; Conn. Gen. Stat. § 42-515 et seq.",
  },
  {
    id: "nyc-ll144",
    date: "2023-07-05",
    label: "NYC Local Law 144 enforced",
    basis: "law",
    source: "NYC Admin. Code §§ 20-870–20-874; 6 RCNY § 5-300",
  },
  {
    id: "us-ucpa",
    date: "2023-12-31",
    label: "Utah Consumer Privacy Act in force",
    basis: "law",
    source: "Utah Code § 13-61-101 et seq.",
  },
  {
    id: "dsa",
    date: "2024-02-17",
    label: "Digital Services Act applies in full",
    basis: "law",
    source: "Regulation (EU) 2022/2065, Art. 93(2)",
  },
  {
    id: "cn-cac-2024",
    date: "2024-03-22",
    label: "China eases cross-border data transfer thresholds",
    basis: "law",
    source: "CAC Provisions on Promoting and Regulating Cross-Border Data Flows (22 March 2024)",
  },
  {
    id: "us-tdpsa-ocpa",
    date: "2024-07-01",
    label: "Texas Data Privacy and Security Act and Oregon Consumer Privacy Act in force",
    basis: "law",
    source: "Tex. Bus. & Com. Code ch. 541; ORS 646A.570 et seq.",
  },
  {
    id: "ofac-russia-it",
    date: "2024-09-12",
    label:
      "US ban on IT consultancy and design, and on IT support and cloud services for enterprise and design software, for anyone located in Russia",
    basis: "law",
    source: "OFAC determination under E.O. 14071 (12 June 2024, 89 FR 58286); OFAC FAQs 1184–1188",
  },
  {
    id: "nis2",
    date: "2024-10-18",
    label: "NIS2 national laws due",
    basis: "law",
    source: "Directive (EU) 2022/2555, Art. 41",
  },
  {
    id: "us-privacy-2025",
    date: "2025-01-01",
    label: "Delaware, Iowa, Nebraska and New Hampshire privacy acts in force (New Jersey from 15 January 2025)",
    basis: "law",
    source: "Del. Code tit. 6 ch. 12D; Iowa Code ch. 715D; Neb. LB 1074 (2024); N.H. RSA 507-H; N.J. S.B. 332 (2024)",
  },
  { id: "dora", date: "2025-01-17", label: "DORA applies", basis: "law", source: "Regulation (EU) 2022/2554, Art. 64" },
  {
    id: "aia-prohibitions",
    date: "2025-02-02",
    label: "AI Act prohibitions and AI literacy apply",
    basis: "law",
    source: "Regulation (EU) 2024/1689, Arts 4, 5, 113(a)",
  },
  {
    id: "eaa",
    date: "2025-06-28",
    label: "European Accessibility Act applies",
    basis: "law",
    source: "Directive (EU) 2019/882, Art. 31(2)",
  },
  {
    id: "ru-23fz",
    date: "2025-07-01",
    label: "Russia bans collecting citizens' data into foreign databases",
    basis: "law",
    source: "Federal Law No. 23-FZ (2025), amending 152-FZ Art. 18(5)",
  },
  {
    id: "ofac-syria-revoked",
    date: "2025-07-01",
    label: "US Syria sanctions programme revoked (list-based designations remain)",
    basis: "law",
    source: "Executive order of 30 June 2025 revoking the Syria sanctions programme",
  },
  {
    id: "us-tn-mn-privacy",
    date: "2025-07-01",
    label: "Tennessee Information Protection Act in force (Minnesota's act from 31 July 2025)",
    basis: "law",
    source: "Tenn. Code § 47-18-3201 et seq.; Minn. Stat. ch. 325M",
  },
  {
    id: "red-cyber",
    date: "2025-08-01",
    label: "Radio equipment: cybersecurity requirements apply",
    basis: "law",
    source: "Commission Delegated Regulation (EU) 2022/30, Art. 3, as amended by Delegated Regulation (EU) 2023/2444",
  },
  {
    id: "aia-gpai",
    date: "2025-08-02",
    label: "AI Act duties for general-purpose AI models apply",
    basis: "law",
    source: "Regulation (EU) 2024/1689, Arts 53–55, 113(b)",
  },
  {
    id: "data-act",
    date: "2025-09-12",
    label: "EU Data Act applies",
    basis: "law",
    source: "Regulation (EU) 2023/2854, Art. 50",
  },
  {
    id: "us-md-privacy",
    date: "2025-10-01",
    label: "Maryland Online Data Privacy Act in force",
    basis: "law",
    source: "Md. Code, Com. Law § 14-4601 et seq.",
  },
  {
    id: "ca-feha-ads",
    date: "2025-10-01",
    label: "California FEHA rules on automated-decision systems in employment",
    basis: "law",
    source: "California Civil Rights Council regulations on automated-decision systems (effective 1 October 2025)",
  },
  {
    id: "us-privacy-2026",
    date: "2026-01-01",
    label: "Indiana, Kentucky and Rhode Island privacy acts in force",
    basis: "law",
    source: "Ind. Code § 24-15; Ky. Rev. Stat. ch. 367 (HB 15, 2024); R.I. Gen. Laws ch. 6-48.1",
  },
  {
    id: "ca-cppa-regs",
    date: "2026-01-01",
    label: "California CPPA regulations in force (risk assessments for new processing)",
    basis: "law",
    source: "CPPA regulations on risk assessments, cybersecurity audits and ADMT (effective 1 January 2026)",
  },
  {
    id: "il-hb3773",
    date: "2026-01-01",
    label: "Illinois HB 3773 (AI in employment decisions) in force",
    basis: "law",
    source: "Illinois HB 3773 (Public Act 103-0804), amending the Illinois Human Rights Act",
  },
  {
    id: "tx-traiga",
    date: "2026-01-01",
    label: "Texas Responsible AI Governance Act in force",
    basis: "law",
    source: "Texas HB 149 (2025)",
  },
  {
    id: "uk-duaa",
    date: "2026-02-05",
    label:
      "UK GDPR as amended by the Data (Use and Access) Act 2025: the new rules on automated decisions and on transfers apply",
    basis: "law",
    source:
      "Data (Use and Access) Act 2025, ss. 80 and 85, in force 5 February 2026 (SI 2026/82, reg. 2(j) and (m)); Royal Assent 19 June 2025",
  },
  {
    id: "bis-hq-guidance",
    date: "2026-05-31",
    label:
      "US guidance: advanced-chip licences for companies headquartered in China or arms-embargoed countries, wherever located",
    basis: "law",
    source: "BIS guidance of 31 May 2026 on 3A090/4A090 end users",
  },
  {
    id: "aia-transparency",
    date: "2026-08-02",
    label: "AI Act transparency duties (Art. 50) and general application",
    basis: "law",
    source: "Regulation (EU) 2024/1689, Arts 50, 101, 113",
  },
  {
    id: "cra-reporting",
    date: "2026-09-11",
    label: "Cyber Resilience Act: reporting of exploited vulnerabilities and severe incidents",
    basis: "law",
    source: "Regulation (EU) 2024/2847, Arts 14, 71(2)",
  },
  {
    id: "data-act-design",
    date: "2026-09-12",
    label: "Data Act: access by design for connected products placed on the market after this day",
    basis: "law",
    source: "Regulation (EU) 2023/2854, Arts 3(1), 50",
  },
  {
    id: "bis-affiliates",
    date: "2026-11-10",
    label:
      "US Affiliates (50%) rule applies again from this day, unless BIS extended its one-year suspension (check the Federal Register)",
    basis: "law",
    source:
      "BIS Affiliates rule, 90 FR 47201 (FR Doc. 2025-19001, 30 September 2025); BIS final rule suspending it from 10 November 2025 to 9 November 2026 and reimposing it on 10 November 2026 absent an extension (Federal Register vol. 90, no. 216, November 2025)",
  },
  {
    id: "aia-intimate-imagery-ban",
    date: "2026-12-02",
    label: "AI Act ban on generating non-consensual intimate imagery and abuse material",
    basis: "law",
    source:
      "Regulation (EU) 2024/1689, Arts 5, 113, as amended by the Digital Omnibus on AI (check the Official Journal on EUR-Lex for the amending regulation's number)",
  },
  {
    id: "aia-marking-legacy",
    date: "2026-12-02",
    label: "AI Act: grace period for marking synthetic content from existing systems ends",
    basis: "law",
    source:
      "Regulation (EU) 2024/1689, Arts 50(2), 111, as amended by the Digital Omnibus on AI (check the Official Journal on EUR-Lex for the amending regulation's number)",
  },
  {
    id: "pld",
    date: "2026-12-09",
    label:
      "New Product Liability Directive: transposition due; applies to products placed on the market after this day",
    basis: "law",
    source: "Directive (EU) 2024/2853, Arts 2(1), 22(1)",
  },
  {
    id: "co-sb26-189",
    date: "2027-01-01",
    label: "Colorado SB 26-189 (automated decisions) in force",
    basis: "law",
    source: "Colorado SB 26-189 (signed 14 May 2026), replacing SB 24-205",
  },
  {
    id: "ca-admt",
    date: "2027-01-01",
    label: "California ADMT duties: pre-use notice, opt-out, access",
    basis: "law",
    source: "CPPA regulations on automated decision-making technology (ADMT)",
  },
  {
    id: "data-act-egress",
    date: "2027-01-12",
    label: "Data Act: cloud switching and egress charges banned",
    basis: "law",
    source: "Regulation (EU) 2023/2854, Art. 29",
  },
  {
    id: "in-dpdp-core",
    date: "2027-05-13",
    label:
      "India DPDP Act core duties apply, 18 months after the Rules were published (check rule 1 of the DPDP Rules 2025 in the Gazette of India for the exact day)",
    basis: "law",
    approximate: true,
    source: "Digital Personal Data Protection Act 2023; DPDP Rules notified 13–14 November 2025",
  },
  {
    id: "aia-gpai-legacy",
    date: "2027-08-02",
    label: "AI Act: general-purpose models placed on the market before August 2025 must comply",
    basis: "law",
    source: "Regulation (EU) 2024/1689, Art. 111(3)",
  },
  {
    id: "aia-annex-iii",
    date: "2027-12-02",
    label: "AI Act high-risk duties for Annex III uses",
    basis: "law",
    source:
      "Regulation (EU) 2024/1689, Art. 113 (previously 2 August 2026), as amended by the Digital Omnibus on AI (check the Official Journal on EUR-Lex for the amending regulation's number)",
  },
  {
    id: "cra-full",
    date: "2027-12-11",
    label: "Cyber Resilience Act applies in full",
    basis: "law",
    source: "Regulation (EU) 2024/2847, Art. 71(2)",
  },
  {
    id: "ca-risk-submission",
    date: "2028-04-01",
    label: "California: first risk-assessment submissions due to the CPPA",
    basis: "law",
    source: "CPPA regulations on risk assessments",
  },
  {
    id: "aia-annex-i",
    date: "2028-08-02",
    label: "AI Act high-risk duties for Annex I products",
    basis: "law",
    source:
      "Regulation (EU) 2024/1689, Art. 113 (previously 2 August 2027), as amended by the Digital Omnibus on AI (check the Official Journal on EUR-Lex for the amending regulation's number)",
  },
] as const satisfies readonly Milestone[];

export type MilestoneId = (typeof MILESTONE_TABLE)[number]["id"];

export const MILESTONES: readonly Milestone[] = MILESTONE_TABLE;

const BY_ID = new Map<string, Milestone>(MILESTONES.map((milestone) => [milestone.id, milestone]));

export function milestoneById(id: string): Milestone {
  const milestone = BY_ID.get(id);
  if (!milestone) throw new Error(`Unknown milestone ${id}`);
  return milestone;
}
