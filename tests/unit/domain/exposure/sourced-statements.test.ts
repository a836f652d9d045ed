import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MILESTONES, REGIMES, RULES, RULESET_VERSION, assess, reassessment } from "~/domain/exposure";
import type { AnswersInput } from "~/domain/questionnaire";
import { assessProfile, profile, regimeOf } from "../support/profiles";

// Ruleset 2026.12.2: every statement that 2026.12.1 left "to be confirmed" is either restated from
// a primary source or dropped in favour of an instruction saying what to check (docs/ruleset-changes.md).

const UNCONFIRMED = /to be confirmed|\[verify\]/i;
const ARTICLES = fileURLToPath(new URL("../../../../db/seed/articles/", import.meta.url));

const findingOf = (answers: AnswersInput, regime: Parameters<typeof regimeOf>[1], ruleId: string) =>
  regimeOf(assessProfile(answers), regime).findings.find((finding) => finding.ruleId === ruleId);
const milestone = (id: string) => MILESTONES.find((candidate) => candidate.id === id);

describe("no statement of the engine or the articles is left unconfirmed", () => {
  it("no rule label, obligation or note says 'to be confirmed'", () => {
    for (const rule of RULES) {
      for (const text of [rule.tierLabel, ...rule.obligations, rule.note ?? ""]) {
        expect(text, rule.id).not.toMatch(UNCONFIRMED);
      }
    }
  });

  it("no milestone label or source says 'to be confirmed'", () => {
    for (const { id, label, source } of MILESTONES) {
      expect(label, id).not.toMatch(UNCONFIRMED);
      expect(source, id).not.toMatch(UNCONFIRMED);
    }
  });

  it("no regime's law, penalty or sources says 'to be confirmed'", () => {
    for (const regime of REGIMES) {
      for (const text of [regime.law, regime.maxPenalty, ...regime.sources]) {
        expect(text, regime.id).not.toMatch(UNCONFIRMED);
      }
    }
  });

  it("no article says 'to be confirmed'", () => {
    for (const file of readdirSync(ARTICLES).filter((name) => name.endsWith(".md"))) {
      expect(readFileSync(`${ARTICLES}${file}`, "utf8"), file).not.toMatch(UNCONFIRMED);
    }
  });
});

describe("R10: AI literacy (AI Act Art. 4)", () => {
  const IN_SCOPE = { establishments: ["eu-eea"], markets: ["eu-eea"], aiRoles: ["deployer"] } satisfies AnswersInput;

  it("states the duty as adopted in 2024 and sends the consultant to the consolidated text for the amended wording", () => {
    const finding = findingOf(IN_SCOPE, "eu-ai-act", "AIA-ART4");
    expect(finding?.status).toBe("likely");
    const text = [...(finding?.obligations ?? []), finding?.confidenceNote].join(" ");
    expect(text).toMatch(
      /sufficient level of AI literacy .* \(Art\. 4 as adopted in 2024, applying since 2 February 2025\)/,
    );
    expect(text).toMatch(/consolidated text of Regulation \(EU\) 2024\/1689 on EUR-Lex/);
    // The unsourced "measures to support" wording is no longer asserted.
    expect(text).not.toMatch(/support the AI literacy/);
  });

  it("is not found for a company that uses no AI", () => {
    expect(findingOf({ ...IN_SCOPE, aiRoles: ["none"] }, "eu-ai-act", "AIA-ART4")).toBeUndefined();
  });
});

describe("R17: the BIS Affiliates rule after its suspension", () => {
  const CHIPS_TO_CHINA = {
    establishments: ["us"],
    markets: ["china"],
    tradeCountries: ["china"],
    sensitiveExports: ["ai-chips"],
  } satisfies AnswersInput;

  it("dates the rule's return on 10 November 2026 under the suspension rule, unless extended", () => {
    expect(milestone("bis-affiliates")).toMatchObject({ date: "2026-11-10" });
    expect(milestone("bis-affiliates")?.label).toMatch(/applies again from this day, unless BIS extended/);
    expect(milestone("bis-affiliates")?.source).toMatch(/90 FR 47201/);
  });

  it("tells a chip exporter to screen 50%-owned affiliates and to check the Federal Register for an extension", () => {
    const finding = findingOf(CHIPS_TO_CHINA, "us-export-controls", "EAR-ADVANCED-COMPUTING");
    expect(finding?.obligations.join(" ")).toMatch(/applies again from 10 November 2026 unless BIS extended/);
    expect(finding?.obligations.join(" ")).toMatch(/check the Federal Register/);
  });

  it("gives no Affiliates-rule text to a chip exporter with no China or embargoed destination", () => {
    const finding = findingOf(
      { ...CHIPS_TO_CHINA, markets: ["eu-eea"], tradeCountries: ["none"] },
      "us-export-controls",
      "EAR-ADVANCED-COMPUTING",
    );
    expect(finding).toBeUndefined();
  });
});

describe("UK Data (Use and Access) Act 2025 commencement", () => {
  const UK_LENDER = {
    establishments: ["uk"],
    markets: ["uk"],
    aiRoles: ["deployer"],
    aiUses: ["credit-scoring"],
    decisionRole: "fully-automated",
    personalData: ["customers"],
  } satisfies AnswersInput;

  it("dates the new automated-decision and transfer rules from 5 February 2026 (SI 2026/82)", () => {
    expect(milestone("uk-duaa")).toMatchObject({ date: "2026-02-05" });
    expect(milestone("uk-duaa")?.source).toMatch(/SI 2026\/82, reg\. 2\(j\) and \(m\)/);
  });

  it("tells a UK lender deciding credit automatically that Arts 22A–22D apply since 5 February 2026", () => {
    const finding = findingOf(UK_LENDER, "uk-gdpr", "UK-GDPR-AUTOMATED-DECISIONS");
    expect(finding?.confidenceNote).toMatch(/apply since 5 February 2026 \(SI 2026\/82\)/);
    expect(finding?.alsoDates.map((date) => date.date)).toContain("2026-02-05");
  });

  it("does not find automated decisions when a person reviews every case", () => {
    expect(
      findingOf({ ...UK_LENDER, decisionRole: "assists" }, "uk-gdpr", "UK-GDPR-AUTOMATED-DECISIONS"),
    ).toBeUndefined();
  });
});

describe("UK and EU bans on IT services and software for Russia", () => {
  const RUSSIAN_CUSTOMERS = {
    sectors: ["software-saas"],
    tradeCountries: ["russia"],
    usNexus: ["none"],
  } satisfies AnswersInput;
  const UK_SAAS = { establishments: ["uk"], markets: ["uk"], ...RUSSIAN_CUSTOMERS } satisfies AnswersInput;
  const EU_SAAS = { establishments: ["eu-eea"], markets: ["eu-eea"], ...RUSSIAN_CUSTOMERS } satisfies AnswersInput;

  it("UK: names reg. 54C with its dates and the Schedule 3IA software ban from 24 April 2025", () => {
    const text = findingOf(UK_SAAS, "uk-sanctions", "UK-SANCTIONS-RUSSIA-IT")?.obligations.join(" ") ?? "";
    expect(text).toMatch(/IT consultancy and design services to persons connected with Russia since 16 December 2022/);
    expect(text).toMatch(/reg\. 54C/);
    expect(text).toMatch(/Since 24 April 2025 .* Schedule 3IA .* SI 2025\/504/);
  });

  it("UK: a retailer with Russian customers gets no services-ban text", () => {
    expect(findingOf({ ...UK_SAAS, sectors: ["other"] }, "uk-sanctions", "UK-SANCTIONS-RUSSIA-IT")).toBeUndefined();
  });

  it("EU: names Art. 5n(1)–(2) and the Annex XXXIX software added by Reg. (EU) 2023/2878", () => {
    const finding = findingOf(EU_SAAS, "eu-sanctions", "EU-SANCTIONS-RUSSIA-IT");
    const text = finding?.obligations.join(" ") ?? "";
    expect(text).toMatch(/Art\. 5n\(1\)–\(2\)/);
    expect(text).toMatch(/Art\. 5n\(2b\), inserted by Reg\. \(EU\) 2023\/2878 .* Annex XXXIX/);
    expect(finding?.confidenceNote).toMatch(/^Check the exemptions/);
  });

  it("EU: a retailer with Russian customers gets no services-ban text", () => {
    expect(findingOf({ ...EU_SAAS, sectors: ["other"] }, "eu-sanctions", "EU-SANCTIONS-RUSSIA-IT")).toBeUndefined();
  });
});

describe("US state privacy thresholds, opt-out signals and penalties", () => {
  const STATE_CONSUMERS = {
    establishments: ["us"],
    markets: ["us-colorado", "us-other"],
    personalData: ["customers"],
  } satisfies AnswersInput;

  it("from 25,000 consumers in a state, tells the controller Montana's act applies whatever the revenue", () => {
    const finding = findingOf(
      { ...STATE_CONSUMERS, usStateConsumers: "25k-100k" },
      "us-state-privacy",
      "US-PRIVACY-SALE-THRESHOLD",
    );
    expect(finding?.obligations.join(" ")).toMatch(/Montana: since 1 October 2025 its act applies from 25,000/);
  });

  it("below 25,000 consumers, states no Montana threshold finding", () => {
    const regime = regimeOf(assessProfile({ ...STATE_CONSUMERS, usStateConsumers: "under-25k" }), "us-state-privacy");
    expect(regime.findings.map((finding) => finding.ruleId)).not.toContain("US-PRIVACY-SALE-THRESHOLD");
  });

  it("states Tennessee's threshold with its section, at 100,000 consumers in a state", () => {
    const finding = findingOf(
      { ...STATE_CONSUMERS, usStateConsumers: "100k-plus" },
      "us-state-privacy",
      "US-PRIVACY-CONTROLLER",
    );
    expect(finding?.confidenceNote).toMatch(
      /Tennessee revenue above \$25M with 175,000 consumers in a year \(Tenn\. Code § 47-18-3202\)/,
    );
    const duties = finding?.obligations.join(" ") ?? "";
    expect(duties).toMatch(/Colorado's does, with the technical rules in 4 CCR 904-3, Part 5/);
    expect(duties).toMatch(/check the act of each state where you have consumers/);
  });

  it("states the penalties it can source and tells the consultant to check the other states' acts", () => {
    const penalty = REGIMES.find((regime) => regime.id === "us-state-privacy")?.maxPenalty ?? "";
    expect(penalty).toMatch(/\$20,000 in Colorado/);
    expect(penalty).toMatch(
      /For any other state, check its act for the maximum penalty and whether a cure period still runs/,
    );
  });
});

describe("ruleset 2026.12.3: the last specifics without a primary source", () => {
  const articleText = (slug: string) => readFileSync(`${ARTICLES}${slug}.md`, "utf8");
  const regime = (id: string) => REGIMES.find((candidate) => candidate.id === id);
  const STATE_CONSUMERS = {
    establishments: ["us"],
    markets: ["us-colorado", "us-other"],
    personalData: ["customers"],
  } satisfies AnswersInput;

  it("no regime, milestone or article names the Omnibus by a number the Official Journal was not checked for", () => {
    for (const { id, law, sources } of REGIMES) expect([law, ...sources].join(" "), id).not.toMatch(/2026\/1744/);
    for (const { id, source } of MILESTONES) expect(source, id).not.toMatch(/2026\/1744/);
    expect(articleText("ai-act-omnibus-new-deadlines")).not.toMatch(/2026\/1744|27 July 2026/);
  });

  it("tells the consultant to look the Omnibus up in the Official Journal", () => {
    expect(regime("eu-ai-act")?.sources.join(" ")).toMatch(/check the Official Journal on EUR-Lex for its number/);
    expect(milestone("aia-annex-iii")?.source).toMatch(/Regulation \(EU\) 2024\/1689, Art\. 113 .* Official Journal/);
    expect(articleText("ai-act-omnibus-new-deadlines")).toMatch(/look it up in the Official Journal on EUR-Lex/);
  });

  it("gives no month for India's DPDP core duties and says where the day is published", () => {
    const article = articleText("data-localisation-russia-china-india");
    expect(article).not.toMatch(/May 2027/);
    expect(article).toMatch(/Check rule 1 of the Digital Personal Data Protection Rules, 2025 in the Gazette of India/);
    expect(milestone("in-dpdp-core")?.label).toMatch(/check rule 1 of the DPDP Rules 2025 in the Gazette of India/);
  });

  it("cites OFAC's 2025 adjustment rule for the $377,700 figure and states no EAR figure", () => {
    expect(regime("us-sanctions")?.maxPenalty).toMatch(
      /\$377,700 from 15 January 2025 under OFAC's adjustment rule, 90 FR 3687/,
    );
    expect(regime("us-export-controls")?.maxPenalty).not.toMatch(/\$374,000/);
    expect(regime("us-export-controls")?.maxPenalty).toMatch(/check 15 CFR 6\.3 for the current figure/);
    const article = articleText("russia-iran-technology-sanctions-export-controls");
    expect(article).not.toMatch(/about \$377,700|of the same order/);
    expect(article).toMatch(/\(90 FR 3687\) set it at \$377,700/);
  });

  it("cites the section behind each state privacy penalty it states", () => {
    const penalty = regime("us-state-privacy")?.maxPenalty ?? "";
    for (const section of [
      "Va. Code § 59.1-584(C)",
      "Utah Code § 13-61-402(3)(d)",
      "Tex. Bus. & Com. Code § 541.155(a)",
      "ORS 646A.589(4)(a)",
      "C.R.S. §§ 6-1-1311(1)(c), 6-1-112(1)(a)",
      "Conn. Gen. Stat. §§ 42-525, 42-110o(b)",
    ]) {
      expect(penalty).toContain(section);
    }
  });

  it("from 25,000 consumers, states the 35,000 threshold only for the states whose statute it cites", () => {
    const finding = findingOf(
      { ...STATE_CONSUMERS, usStateConsumers: "25k-100k" },
      "us-state-privacy",
      "US-PRIVACY-SALE-THRESHOLD",
    );
    const duties = finding?.obligations.join(" ") ?? "";
    expect(duties).toMatch(
      /Delaware and Rhode Island: their acts apply from 35,000 .*Del\. Code tit\. 6 § 12D-103\(a\)\(1\); R\.I\. Gen\. Laws § 6-48\.1-4\(a\)\(1\)/,
    );
    expect(duties).toMatch(/check the thresholds in New Hampshire's act \(RSA 507-H\) and Maryland's/);
    expect(duties).not.toMatch(/New Hampshire, Maryland and Rhode Island: their laws apply from 35,000/);
  });
});

describe("ruleset 2026.12.3", () => {
  it("reassesses a lead stored under 2026.12.2 with unchanged verdicts and band", () => {
    const answers = profile({
      establishments: ["us"],
      markets: ["us-colorado", "us-other"],
      personalData: ["customers"],
      usStateConsumers: "25k-100k",
    });
    const stored = { ...assess(answers, "2026-12-01"), rulesetVersion: "2026.12.2" };
    expect(RULESET_VERSION).toBe("2026.12.3");
    expect(reassessment(answers, stored)).toMatchObject({
      kind: "unchanged",
      fromVersion: "2026.12.2",
      toVersion: "2026.12.3",
      verdicts: [],
    });
  });
});
