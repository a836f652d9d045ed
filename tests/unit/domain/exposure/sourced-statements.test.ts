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

describe("ruleset 2026.12.2", () => {
  it("reassesses a lead stored under 2026.12.1 with unchanged verdicts and band", () => {
    const answers = profile({
      establishments: ["uk"],
      markets: ["uk"],
      sectors: ["software-saas"],
      tradeCountries: ["russia"],
    });
    const stored = { ...assess(answers, "2026-12-01"), rulesetVersion: "2026.12.1" };
    expect(RULESET_VERSION).toBe("2026.12.2");
    expect(reassessment(answers, stored)).toMatchObject({
      kind: "unchanged",
      fromVersion: "2026.12.1",
      toVersion: "2026.12.2",
      verdicts: [],
    });
  });
});
