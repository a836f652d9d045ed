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
    id: "il-bipa",
    date: "2008-10-03",
    label: "Illinois Biometric Information Privacy Act in force",
    basis: "law",
    source: "740 ILCS 14",
  },
  {
    id: "ru-242fz",
    date: "2015-09-01",
    label: "Russian personal-data localisation (242-FZ) in force",
    basis: "law",
    source: "Federal Law No. 242-FZ; Federal Law No. 152-FZ, Art. 18(5)",
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
    id: "ofac-russia-eo14024",
    date: "2021-04-15",
    label: "US Russia sanctions programme (E.O. 14024; new-investment and services bans under E.O. 14071 from April 2022)",
    basis: "law",
    source: "Executive Order 14024 (15 April 2021); Executive Order 14071 (6 April 2022); 31 CFR Part 587",
  },
  {
    id: "cn-pipl",
    date: "2021-11-01",
    label: "China Personal Information Protection Law in force",
    basis: "law",
    source: "PIPL (2021); Data Security Law (in force 1 September 2021)",
  },
  {
    id: "bis-advanced-computing",
    date: "2022-10-07",
    label: "US controls on advanced computing chips and semiconductor items",
    basis: "law",
    source: "15 CFR Parts 734, 740, 742, 744 (ECCNs 3A090, 4A090); later updates 2023–2026",
  },
  {
    id: "nyc-ll144",
    date: "2023-07-05",
    label: "NYC Local Law 144 enforced",
    basis: "law",
    source: "NYC Admin. Code §§ 20-870–20-874; 6 RCNY § 5-300",
  },
  {
    id: "cn-cac-2024",
    date: "2024-03-22",
    label: "China eases cross-border data transfer thresholds",
    basis: "law",
    source: "CAC Provisions on Promoting and Regulating Cross-Border Data Flows (22 March 2024)",
  },
  {
    id: "ofac-russia-it",
    date: "2024-09-12",
    label: "US ban on IT consultancy and design, and on IT support and cloud services for enterprise and design software, for anyone located in Russia",
    basis: "law",
    source: "OFAC determination under E.O. 14071 (12 June 2024, 89 FR 58286); OFAC FAQs 1184–1188",
  },
  { id: "nis2", date: "2024-10-18", label: "NIS2 national laws due", basis: "law", source: "Directive (EU) 2022/2555, Art. 41" },
  { id: "dora", date: "2025-01-17", label: "DORA applies", basis: "law", source: "Regulation (EU) 2022/2554, Art. 64" },
  {
    id: "aia-prohibitions",
    date: "2025-02-02",
    label: "AI Act prohibitions and AI literacy apply",
    basis: "law",
    source: "Regulation (EU) 2024/1689, Arts 4, 5, 113(a)",
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
    id: "ca-feha-ads",
    date: "2025-10-01",
    label: "California FEHA rules on automated-decision systems in employment",
    basis: "law",
    source: "California Civil Rights Council regulations on automated-decision systems (effective 1 October 2025)",
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
    label: "US Affiliates (50%) rule: its one-year suspension ran to this day (whether it now applies or was extended is to be confirmed)",
    basis: "law",
    source: "BIS Affiliates rule (Federal Register 2025-19001), suspended for one year on 10 November 2025; status after 10 November 2026 to be confirmed",
  },
  {
    id: "aia-intimate-imagery-ban",
    date: "2026-12-02",
    label: "AI Act ban on generating non-consensual intimate imagery and abuse material",
    basis: "law",
    source: "Regulation (EU) 2026/1744 amending Regulation (EU) 2024/1689, Art. 5",
  },
  {
    id: "aia-marking-legacy",
    date: "2026-12-02",
    label: "AI Act: grace period for marking synthetic content from existing systems ends",
    basis: "law",
    source: "Regulation (EU) 2026/1744 amending Regulation (EU) 2024/1689, Art. 50(2)",
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
    label: "India DPDP Act core duties apply (18 months after the Rules)",
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
    source: "Regulation (EU) 2026/1744 amending Regulation (EU) 2024/1689, Art. 113 (previously 2 August 2026)",
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
    source: "Regulation (EU) 2026/1744 amending Regulation (EU) 2024/1689, Art. 113 (previously 2 August 2027)",
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
