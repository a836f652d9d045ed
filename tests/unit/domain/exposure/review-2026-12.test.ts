import { describe, expect, it } from "vitest";
import { MILESTONES, REGIMES, RULES } from "~/domain/exposure";
import { optionLabel, questionById, type AnswersInput } from "~/domain/questionnaire";
import { assessProfile, regimeOf } from "../support/profiles";

// The rule texts the December 2026 review found wrong or stale (items R1–R18 and its smaller
// points), each pinned to the fact that corrects it. Verdict changes are specified in the rule
// tables (tests/unit/domain/exposure/rules), whose case names carry the same item numbers.

const rule = (id: string) => {
  const found = RULES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`Unknown rule ${id}`);
  return found;
};
const text = (id: string) => [rule(id).tierLabel, ...rule(id).obligations, rule(id).note ?? ""].join(" ");
const EU = { establishments: ["eu-eea"], markets: ["eu-eea"] } satisfies AnswersInput;

describe("review R1–R4: NIS2", () => {
  it("R1: a micro telecoms provider is an important entity, not an essential one (Art. 3(1)(c), 3(2))", () => {
    const nis2 = regimeOf(
      assessProfile({ ...EU, employees: "under-10", turnover: "up-to-10m", sectors: ["telecom"] }),
      "nis2",
    );
    expect(nis2).toMatchObject({ status: "likely", tier: "important" });
  });

  it("R1: only DNS, TLD registries and qualified trust services are called essential regardless of size", () => {
    expect(rule("NIS2-ESSENTIAL-ANY-SIZE").tierLabel).not.toMatch(/telecom/i);
    expect(rule("NIS2-ESSENTIAL-ANY-SIZE").tierLabel).toMatch(/qualified trust services/);
  });

  it("R2: a small central-government agency is an essential entity (Art. 2(2)(f)(i), 3(1)(d))", () => {
    const nis2 = regimeOf(assessProfile({ ...EU, employees: "10-49", sectors: ["central-government"] }), "nis2");
    expect(nis2).toMatchObject({ status: "likely", tier: "essential", ruleId: "NIS2-CENTRAL-GOVERNMENT" });
  });

  it("R3: a medium-sized SaaS provider outside the EU serving EU customers is in NIS2 scope with a representative duty", () => {
    const nis2 = regimeOf(
      assessProfile({
        establishments: ["us"],
        markets: ["eu-eea"],
        employees: "50-249",
        sectors: ["software-saas"],
        euProducts: ["cloud-services"],
      }),
      "nis2",
    );
    expect(nis2).toMatchObject({ status: "likely", tier: "important" });
    expect(nis2.obligations.join(" ")).toMatch(/designate a representative/);
  });

  it("R4: turnover alone does not make a 30-person firm medium-sized; it is only possible (Rec. 2003/361/EC)", () => {
    const nis2 = regimeOf(
      assessProfile({ ...EU, employees: "10-49", turnover: "25m-50m", sectors: ["manufacturing"] }),
      "nis2",
    );
    expect(nis2.status).toBe("possible");
    expect(nis2.obligations.join(" ")).toMatch(/balance sheet/);
  });
});

describe("review R5–R7: DORA and the Data Act", () => {
  it("R5: an ICT supplier to EU financial entities is possible under DORA, not likely (Arts 2, 28–30)", () => {
    expect(rule("DORA-ICT-SUPPLIER").status).toBe("possible");
    expect(regimeOf(assessProfile({ sectors: ["software-saas"], financialIctSupplier: "yes" }), "dora").status).toBe(
      "possible",
    );
  });

  it("R6: DORA's 72 hours run from the initial notification and the month from the latest intermediate report", () => {
    const duties = text("DORA-FINANCIAL-ENTITY");
    expect(duties).toMatch(/72 hours of the initial notification/);
    expect(duties).toMatch(/one month of the latest intermediate report/);
    expect(duties).toMatch(/2025\/301, Art\. 5/);
  });

  it("R7: the Data Act's small-enterprise exemption extends to firms medium-sized for less than a year (Art. 7(1))", () => {
    const duties = text("DA-CONNECTED-PRODUCT-SMALL");
    expect(duties).toMatch(/does extend to a firm that has been medium-sized for less than a year/);
    expect(duties).not.toMatch(/nor firms that recently grew/);
  });
});

describe("review R8–R9: US state laws", () => {
  it("R8: social scoring by a private firm in Texas is not a TRAIGA banned practice (governmental entities only)", () => {
    const result = assessProfile({
      establishments: ["us"],
      markets: ["us-texas"],
      aiRoles: ["provider"],
      prohibitedPractices: ["social-scoring"],
    });
    expect(result.redFlags.map((flag) => flag.id)).not.toContain("texas-banned-practice");
    expect(regimeOf(result, "tx-traiga").tier).not.toBe("banned-practice");
  });

  it("R9: holding data of 100,000 people does not make a small firm a CCPA business; the limb counts data bought, sold or shared", () => {
    const ccpa = regimeOf(
      assessProfile({
        establishments: ["us"],
        markets: ["us-california"],
        turnover: "up-to-10m",
        personalData: ["customers"],
        dataSubjects: "100k-1m",
      }),
      "ca-ccpa",
    );
    expect(ccpa.status).toBe("possible");
    expect(ccpa.obligations.join(" ")).toMatch(/buy, sell or share/);
  });
});

describe("review R10–R14: EU AI Act", () => {
  it("R10: AI literacy states Art. 4 as adopted and tells the consultant to read the amended wording on EUR-Lex", () => {
    expect(text("AIA-ART4")).toMatch(/Art\. 4 as adopted in 2024/);
    expect(text("AIA-ART4")).toMatch(/consolidated text of Regulation \(EU\) 2024\/1689 on EUR-Lex/);
    expect(text("AIA-ART4")).not.toMatch(/to be confirmed/);
  });

  it("R11: a non-EU provider of a general-purpose model must appoint an EU authorised representative (Art. 54)", () => {
    const aiAct = regimeOf(
      assessProfile({ establishments: ["us"], markets: ["eu-eea"], aiRoles: ["provider"], gpaiModels: "proprietary" }),
      "eu-ai-act",
    );
    expect(aiAct.findings.map((finding) => finding.ruleId)).toContain("AIA-GPAI-REPRESENTATIVE");
    expect(aiAct.obligations.join(" ")).toMatch(/authorised representative in the EU/);
  });

  it("R12: open weights are spared the documentation duties only under a free and open-source licence (Art. 53(2))", () => {
    expect(text("AIA-GPAI-OPEN")).not.toMatch(/spared the documentation duties/);
    expect(text("AIA-GPAI-OPEN-LICENCE")).toMatch(/free and open-source licence/);
  });

  it("R13: a public body deploying AI only as a critical-infrastructure safety component owes no FRIA (Art. 27(1))", () => {
    const aiAct = regimeOf(
      assessProfile({ ...EU, sectors: ["public-sector"], aiRoles: ["deployer"], aiUses: ["critical-infrastructure"] }),
      "eu-ai-act",
    );
    expect(aiAct.findings.map((finding) => finding.ruleId)).not.toContain("AIA-HR3-DEPLOYER-FRIA");
    expect(aiAct.tier).toBe("high-risk-annex-iii-deployer");
  });

  it("R14: the product-safety option no longer names vehicles, which get AI Act duties only through sectoral acts", () => {
    expect(optionLabel("aiUses", "product-safety")).not.toMatch(/vehicle/i);
    expect(text("AIA-HR1-PROVIDER")).toMatch(/through their own sectoral law/);
  });
});

describe("review R15–R18: China, penalties and US jurisdiction", () => {
  it("R15: sensitive personal information of fewer than 10,000 people needs the CAC standard contract (2024 Provisions, Art. 8)", () => {
    const pipl = regimeOf(
      assessProfile({
        markets: ["china"],
        personalData: ["customers", "special-categories"],
        dataSubjects: "under-10k",
        dataLocation: ["china"],
      }),
      "cn-pipl",
    );
    expect(pipl).toMatchObject({ status: "likely", tier: "transfer-standard-contract" });
  });

  it("R16: US penalty maxima are stated as re-indexed each January, not as a bare 2025 figure", () => {
    for (const id of ["us-sanctions", "us-export-controls"]) {
      const penalty = REGIMES.find((regime) => regime.id === id)?.maxPenalty ?? "";
      expect(penalty).toMatch(/adjusted for inflation each January/);
      expect(penalty).not.toMatch(/^Civil: about/);
    }
  });

  it("R17: the Affiliates rule applies again from 10 November 2026 unless extended, with the Federal Register to check", () => {
    const milestone = MILESTONES.find((candidate) => candidate.id === "bis-affiliates");
    expect(milestone?.label).toMatch(/applies again from this day, unless BIS extended/);
    expect(milestone?.label).not.toMatch(/to be confirmed/);
    expect(text("EAR-ADVANCED-COMPUTING")).toMatch(/check the Federal Register/);
    expect(text("EAR-ADVANCED-COMPUTING")).not.toMatch(/to be confirmed/);
  });

  it("R18: using US software or cloud is not a US nexus: an EU firm on US cloud with Russian customers is not likely under OFAC or the EAR", () => {
    const result = assessProfile({ ...EU, tradeCountries: ["russia"], usNexus: ["none"] });
    expect(regimeOf(result, "us-sanctions").status).toBe("possible");
    expect(regimeOf(result, "us-export-controls").status).toBe("unlikely");
    expect(questionById("usNexus").options.map((option) => option.value)).not.toContain("us-origin-items");
    expect(questionById("usNexus").help).toMatch(/not a link on its own/);
  });
});

describe("review: smaller points", () => {
  it("dates the Russia programme from E.O. 14024 (2021), not from the 2024 IT-services ban", () => {
    expect(rule("OFAC-RUSSIA").appliesFrom).toBe("ofac-russia-eo14024");
    expect(MILESTONES.find((milestone) => milestone.id === "ofac-russia-eo14024")?.date).toBe("2021-04-15");
  });

  it("words the IT-services ban by location: anyone located in Russia", () => {
    expect(text("OFAC-RUSSIA")).toMatch(/anyone located in Russia/);
    expect(text("OFAC-RUSSIA")).not.toMatch(/to Russian persons/);
  });

  it("labels the Data Act design duty for products placed on the market after 12 September 2026 (Art. 50)", () => {
    expect(MILESTONES.find((milestone) => milestone.id === "data-act-design")?.label).toMatch(/after this day/);
    expect(text("DA-CONNECTED-PRODUCT")).toMatch(/after 12 September 2026/);
  });
});
