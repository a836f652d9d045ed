import { afterEach, describe, expect, it, vi } from "vitest";
import { REGIME_IDS, RULESET_VERSION, SCORING, assess } from "~/domain/exposure";
import type { AnswersInput } from "~/domain/questionnaire";
import { TODAY, assessProfile, profile, regimeOf } from "../support/profiles";

const EU_BANK: AnswersInput = {
  establishments: ["eu-eea"],
  markets: ["eu-eea"],
  employees: "750-plus",
  turnover: "over-150m",
  sectors: ["financial-services"],
  aiRoles: ["deployer"],
  aiUses: ["credit-scoring", "fraud-detection"],
  decisionRole: "main-factor",
  personalData: ["customers"],
  dataSubjects: "over-1m",
};

/** The worked example of the scoring model: an EU employer screening CVs for EU and NYC roles. */
const EU_EMPLOYER_CV_SCREENING: AnswersInput = {
  establishments: ["eu-eea"],
  markets: ["eu-eea", "us-new-york-city"],
  employees: "250-749",
  turnover: "50m-150m",
  aiRoles: ["deployer"],
  aiUses: ["employment"],
  decisionRole: "main-factor",
  personalData: ["customers", "employees"],
  dataSubjects: "10k-100k",
};

describe("assess: the result as a whole", () => {
  it("carries the ruleset version, the day it speaks for and the disclaimer", () => {
    const result = assessProfile();
    expect(result.rulesetVersion).toBe(RULESET_VERSION);
    expect(result.asOf).toBe(TODAY);
    expect(result.disclaimer).toMatch(/^Indicative, not legal advice\./);
  });

  it("lists every regime exactly once, in ruleset order", () => {
    expect(assessProfile().regimes.map((regime) => regime.regime)).toEqual([...REGIME_IDS]);
  });

  it("gives the scoring model's worked example High for its Art. 22 decisions, next deadline 2 December 2027", () => {
    const result = assessProfile(EU_EMPLOYER_CV_SCREENING);
    // GDPR Art. 22 (0.8) for a large company (× 1.1): the worst single exposure decides.
    expect(result.impact).toBe(88);
    expect(result.band).toBe("High");
    expect(result.bandReason).toMatchObject({ regime: "gdpr", ruleId: "GDPR-ART22", redFlag: null, onUnsure: false });
    expect(result.urgency).toBe(1);
    expect(result.priority).toBeGreaterThanOrEqual(SCORING.priorityBase.High);
    expect(result.priority).toBeLessThan(SCORING.priorityBase.Critical);
    expect(result.nextDeadline?.date).toBe("2027-12-02");
    expect(result.nextDeadline?.text).toBe("from 2 December 2027, in 371 days");
  });

  it("accepts asOf as a Date, read as its UTC day", () => {
    const answers = profile(EU_BANK);
    expect(assess(answers, new Date("2026-11-26T12:00:00Z"))).toEqual(assess(answers, "2026-11-26"));
  });

  it("rejects an asOf that is not a calendar day", () => {
    expect(() => assess(profile(), "tomorrow")).toThrow(RangeError);
  });

  describe("with the system clock moved", () => {
    afterEach(() => vi.useRealTimers());

    it("never reads the clock: only asOf matters", () => {
      const answers = profile(EU_BANK);
      vi.useFakeTimers();
      vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
      const later = assess(answers, TODAY);
      vi.setSystemTime(new Date("2020-01-01T00:00:00Z"));
      expect(assess(answers, TODAY)).toEqual(later);
    });
  });

  it("does not change the answers it is given", () => {
    const answers = profile(EU_BANK);
    const copy = structuredClone(answers);
    assess(Object.freeze(answers), TODAY);
    expect(answers).toEqual(copy);
  });

  it("lists the topics of exposed regimes, most exposed first, for routing", () => {
    // The Accessibility Act's consumer-banking duties are possible and filed under products.
    expect(assessProfile(EU_BANK).topics).toEqual(["gdpr", "dora", "eu-ai-act", "cyber-resilience-act"]);
  });
});

describe("assess: one regime's verdict", () => {
  it("flags AI Act high-risk deployer for credit scoring used in the EU, with a fundamental-rights impact assessment", () => {
    const aiAct = regimeOf(assessProfile(EU_BANK), "eu-ai-act");
    expect(aiAct.status).toBe("likely");
    expect(aiAct.tier).toBe("high-risk-annex-iii-deployer-fria");
    expect(aiAct.ruleId).toBe("AIA-HR3-DEPLOYER-FRIA");
    expect(aiAct.appliesFrom?.date).toBe("2027-12-02");
    expect(aiAct.obligations.join(" ")).toMatch(/fundamental-rights impact assessment/);
  });

  it("names only the answers that fired the rule, and only their matching values", () => {
    const aiAct = regimeOf(assessProfile(EU_BANK), "eu-ai-act");
    // Fraud detection is not a reason and the sector is not what triggers the impact assessment
    // (credit scoring is), so neither is named.
    expect(aiAct.firedBy).toEqual({
      aiRoles: ["deployer"],
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      aiUses: ["credit-scoring"],
      decisionRole: "main-factor",
    });
  });

  it("headlines the heaviest finding that carries the verdict, while a heavier possible reading still sets the exposure", () => {
    const aiAct = regimeOf(
      assessProfile({
        establishments: ["eu-eea"],
        markets: ["eu-eea"],
        sectors: ["manufacturing"],
        aiRoles: ["product-integrator"],
      }),
      "eu-ai-act",
    );
    expect(aiAct.status).toBe("likely");
    expect(aiAct.ruleId).toBe("AIA-ART4");
    expect(aiAct.findings.map((finding) => [finding.ruleId, finding.status])).toEqual([
      ["AIA-HR1-MANUFACTURER", "possible"],
      ["AIA-ART4", "likely"],
    ]);
    expect(aiAct.exposure).toBe(0.45);
  });

  it("lists every finding heaviest first, leaving out a possible reading of a tier that is already likely", () => {
    const nyc = regimeOf(
      assessProfile({
        establishments: ["us"],
        markets: ["us-new-york-city"],
        aiRoles: ["deployer"],
        aiUses: ["employment"],
        decisionRole: "fully-automated",
      }),
      "nyc-ll144",
    );
    expect(nyc.findings.map((finding) => finding.ruleId)).toEqual(["NYC-AEDT-EMPLOYER"]);
  });

  it('explains a verdict that rests on an "unsure" answer as possible, with low confidence naming the question', () => {
    const bipa = regimeOf(
      assessProfile({
        establishments: ["us"],
        markets: ["us-illinois"],
        personalData: ["employees"],
        biometricData: "unsure",
      }),
      "il-bipa",
    );
    expect(bipa.status).toBe("possible");
    expect(bipa.confidence).toBe("low");
    expect(bipa.confidenceNote).toMatch(/not sure/);
    expect(bipa.findings[0]?.unsureAbout).toEqual(["biometricData"]);
    expect(bipa.firedBy.biometricData).toBe("unsure");
  });

  it("keeps the penalty and sources for an unlikely regime but no tier, rule or dates", () => {
    const dora = regimeOf(assessProfile(), "dora");
    expect(dora).toMatchObject({
      status: "unlikely",
      tier: null,
      ruleId: null,
      obligations: [],
      appliesFrom: null,
      nextDate: null,
      exposure: 0,
    });
    expect(dora.maxPenalty).not.toBe("");
    expect(dora.sources.length).toBeGreaterThan(0);
  });

  it('says "applies now" for a duty in force and gives no next date when nothing is still to come', () => {
    const gdpr = regimeOf(assessProfile(EU_BANK), "gdpr");
    expect(gdpr.appliesFrom?.text).toBe("applies now");
    expect(gdpr.nextDate).toBeNull();
  });

  it("gives the nearest future date among a regime's findings as its next date", () => {
    const dataAct = regimeOf(
      assessProfile({ establishments: ["eu-eea"], markets: ["eu-eea"], euProducts: ["cloud-services"] }),
      "data-act",
    );
    expect(dataAct.appliesFrom?.text).toBe("applies now");
    expect(dataAct.nextDate?.date).toBe("2027-01-12");
    expect(dataAct.nextDate?.text).toBe("from 12 January 2027, in 47 days");
  });
});

describe("assess: red flags", () => {
  it("raises a red flag and lifts impact to Critical for Iranian business with a US link", () => {
    const result = assessProfile({ tradeCountries: ["iran"], usNexus: ["usd-payments"] });
    expect(result.redFlags.map((flag) => flag.id)).toEqual(["embargoed-country-us-link"]);
    expect(result.redFlags[0]).toMatchObject({ regime: "us-sanctions", ruleIds: ["OFAC-EMBARGO"], override: true });
    expect(result.impact).toBe(SCORING.overrideFloor);
    expect(result.band).toBe("Critical");
    expect(result.bandReason).toMatchObject({ ruleId: "OFAC-EMBARGO", redFlag: "embargoed-country-us-link" });
  });

  it("raises no red flag for Iranian business without a US link, only a possible sanctions exposure", () => {
    const result = assessProfile({ tradeCountries: ["iran"], usNexus: ["none"] });
    expect(result.redFlags).toEqual([]);
    expect(regimeOf(result, "us-sanctions").status).toBe("possible");
  });

  it("raises a red flag for an AI Act prohibited practice", () => {
    const result = assessProfile({
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      aiRoles: ["deployer"],
      prohibitedPractices: ["emotion-workplace"],
    });
    expect(result.redFlags.map((flag) => flag.id)).toEqual(["ai-act-prohibited-practice"]);
    expect(result.band).toBe("Critical");
  });

  it('raises no red flag when the visitor is only "unsure" about prohibited practices', () => {
    const result = assessProfile({
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      aiRoles: ["deployer"],
      prohibitedPractices: ["unsure"],
    });
    expect(result.redFlags).toEqual([]);
  });

  it("makes Russian data stored abroad Critical: a probable present breach of 23-FZ", () => {
    const result = assessProfile({ markets: ["russia"], personalData: ["customers"], dataLocation: ["russia"] });
    expect(result.redFlags).toEqual([expect.objectContaining({ id: "russian-data-stored-abroad", override: true })]);
    expect(result.band).toBe("Critical");
  });
});

describe("assess: gaps", () => {
  const NYC_SCREENING: AnswersInput = {
    establishments: ["us"],
    markets: ["us-new-york-city"],
    aiRoles: ["deployer"],
    aiUses: ["employment"],
    decisionRole: "main-factor",
  };

  it("reports a likely regime's missing control the visitor said they lack", () => {
    const result = assessProfile({ ...NYC_SCREENING, controls: ["none"] });
    expect(result.gaps).toEqual([
      expect.objectContaining({ control: "bias-audit", regimes: ["nyc-ll144"], ruleIds: ["NYC-AEDT-EMPLOYER"] }),
    ]);
  });

  it("reports no gap for a control in place", () => {
    expect(assessProfile({ ...NYC_SCREENING, controls: ["bias-audit"] }).gaps).toEqual([]);
  });

  it('reports no gap when the visitor is "unsure" about controls', () => {
    expect(assessProfile({ ...NYC_SCREENING, controls: ["unsure"] }).gaps).toEqual([]);
  });

  it("reports no gap for a regime that is only possible", () => {
    expect(assessProfile({ ...NYC_SCREENING, decisionRole: "assists", controls: ["none"] }).gaps).toEqual([]);
  });

  it("never lets controls change impact or verdicts", () => {
    const without = assessProfile({ ...NYC_SCREENING, controls: ["none"] });
    const withAll = assessProfile({ ...NYC_SCREENING, controls: ["bias-audit", "ai-inventory", "impact-assessments"] });
    expect(withAll.impact).toBe(without.impact);
    expect(withAll.regimes).toEqual(without.regimes);
  });
});

describe("assess: urgency, priority and the next deadline", () => {
  it("takes the nearest future date among exposed regimes as the next deadline, naming every regime due that day", () => {
    const result = assessProfile({
      establishments: ["us"],
      markets: ["us-colorado", "us-california"],
      turnover: "over-150m",
      personalData: ["customers"],
      aiRoles: ["deployer"],
      aiUses: ["housing"],
      decisionRole: "fully-automated",
    });
    expect(result.nextDeadline).toMatchObject({
      date: "2027-01-01",
      daysFromAsOf: 36,
      regimes: ["colorado-ai", "ca-admt"],
    });
  });

  it("has no next deadline when everything that applies already applies", () => {
    expect(
      assessProfile({ establishments: ["eu-eea"], markets: ["eu-eea"], personalData: ["customers"] }).nextDeadline,
    ).toBeNull();
  });

  it("is not made urgent by a light duty that already applies when a material one lies years ahead", () => {
    const result = assessProfile(
      { establishments: ["eu-eea"], markets: ["eu-eea"], aiRoles: ["deployer"], aiUses: ["product-safety"] },
      "2026-06-01",
    );
    // AI literacy applies now but weighs 0.15; the Annex I duties start on 2 August 2028.
    expect(result.urgency).toBe(0.3);
    expect(result.priority).toBeLessThan(
      assessProfile(
        { establishments: ["eu-eea"], markets: ["eu-eea"], aiRoles: ["deployer"], aiUses: ["product-safety"] },
        "2028-08-02",
      ).priority,
    );
  });

  it("scores a company with only a light duty by that duty's urgency", () => {
    const result = assessProfile({ establishments: ["eu-eea"], markets: ["eu-eea"], aiRoles: ["deployer"] });
    // AI literacy (0.15) for a small company (× 0.8).
    expect(result.impact).toBe(12);
    expect(result.urgency).toBe(1);
    expect(result.band).toBe("Low");
  });

  it("gives zero impact, urgency and priority when nothing applies", () => {
    expect(assessProfile()).toMatchObject({ impact: 0, urgency: 0, priority: 0, band: "Low", nextDeadline: null });
  });
});
