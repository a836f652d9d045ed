import { describe, expect, it } from "vitest";
import type { Band } from "~/domain/exposure";
import type { AnswersInput } from "~/domain/questionnaire";
import { assessProfile } from "../support/profiles";

/**
 * The worked examples of decision 019: the profiles the December 2026 review found ranked wrongly
 * by the additive buckets of ruleset 2026.11.1, with the band the old model gave and the band
 * legal severity gives now, and the finding that must decide it.
 */
interface WorkedExample {
  profile: string;
  answers: AnswersInput;
  before: Band;
  band: Band;
  decidedBy: string;
  redFlag?: string;
}

const ALL_UNSURE: AnswersInput = {
  establishments: ["eu-eea"],
  markets: ["unsure"],
  employees: "50-249",
  turnover: "unsure",
  sectors: ["other"],
  aiRoles: ["unsure"],
  gpaiModels: "unsure",
  aiUses: ["unsure"],
  decisionRole: "unsure",
  prohibitedPractices: ["unsure"],
  personalData: ["unsure"],
  dataSubjects: "unsure",
  biometricData: "unsure",
  dataLocation: ["unsure"],
  euProducts: ["unsure"],
  financialIctSupplier: "unsure",
  controls: ["unsure"],
  tradeCountries: ["unsure"],
  usNexus: ["unsure"],
  sensitiveExports: ["unsure"],
};

const WORKED_EXAMPLES: WorkedExample[] = [
  {
    profile: "US-incorporated SaaS company providing enterprise software to customers in Russia",
    answers: {
      establishments: ["us"],
      markets: ["us-other", "russia"],
      employees: "50-249",
      turnover: "10m-25m",
      sectors: ["software-saas"],
      personalData: ["customers"],
      tradeCountries: ["russia"],
      usNexus: ["us-entity", "usd-payments"],
    },
    before: "Low",
    band: "Critical",
    decidedBy: "OFAC-RUSSIA-IT-SERVICES",
    redFlag: "russia-it-services-us-person",
  },
  {
    profile: "Illinois gym chain with fingerprint check-in for its members",
    answers: {
      establishments: ["us"],
      markets: ["us-illinois"],
      employees: "50-249",
      turnover: "10m-25m",
      personalData: ["customers", "employees"],
      dataSubjects: "10k-100k",
      biometricData: "yes",
      usNexus: ["us-entity"],
    },
    before: "Moderate",
    band: "High",
    decidedBy: "IL-BIPA",
  },
  {
    profile: "Illinois gym chain taking fingerprints without signed written releases",
    answers: {
      establishments: ["us"],
      markets: ["us-illinois"],
      employees: "50-249",
      turnover: "10m-25m",
      personalData: ["customers", "employees"],
      dataSubjects: "10k-100k",
      biometricData: "yes",
      biometricRelease: "no",
      usNexus: ["us-entity"],
    },
    before: "Moderate",
    band: "Critical",
    decidedBy: "IL-BIPA-NO-RELEASE",
    redFlag: "biometrics-without-release",
  },
  {
    profile: "EU bank with 5,000 staff and no AI",
    answers: {
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      employees: "750-plus",
      turnover: "over-150m",
      sectors: ["financial-services"],
      personalData: ["customers", "employees"],
      dataSubjects: "over-1m",
    },
    before: "Moderate",
    band: "High",
    decidedBy: "DORA-FINANCIAL-ENTITY",
  },
  {
    profile: "Essential EU energy operator",
    answers: {
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      employees: "750-plus",
      turnover: "over-150m",
      sectors: ["critical-services"],
      personalData: ["customers", "employees"],
      dataSubjects: "over-1m",
    },
    before: "Moderate",
    band: "High",
    decidedBy: "NIS2-ESSENTIAL",
  },
  {
    profile: "EU lab training a general-purpose model above 10^25 FLOP",
    answers: {
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      employees: "50-249",
      turnover: "10m-25m",
      sectors: ["software-saas"],
      aiRoles: ["provider"],
      gpaiModels: "systemic",
      aiUses: ["generative"],
      prohibitedPractices: ["none"],
      personalData: ["customers"],
    },
    before: "Moderate",
    band: "High",
    decidedBy: "AIA-GPAI-SYSTEMIC",
  },
  {
    profile: "Tiny EU firm using an emotion-recognition tool on its staff",
    answers: {
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      employees: "under-10",
      aiRoles: ["deployer"],
      aiUses: ["biometrics"],
      prohibitedPractices: ["emotion-workplace"],
      personalData: ["employees"],
    },
    before: "Critical",
    band: "Critical",
    decidedBy: "AIA-ART5",
    redFlag: "ai-act-prohibited-practice",
  },
  {
    profile: 'Visitor who answers "Not sure" wherever they can',
    answers: ALL_UNSURE,
    before: "High",
    band: "Moderate",
    decidedBy: "AIA-ART5",
  },
];

describe("band model: the worked examples of decision 019", () => {
  it.each(
    WORKED_EXAMPLES.map((example) => [`${example.profile}: ${example.before} → ${example.band}`, example] as const),
  )("%s", (_name, example) => {
    const result = assessProfile(example.answers);
    expect(result.band).toBe(example.band);
    expect(result.bandReason?.ruleId).toBe(example.decidedBy);
    expect(result.bandReason?.redFlag ?? undefined).toBe(example.redFlag);
  });

  it('caps the all-"unsure" visitor at Moderate and tags the lead "needs discovery"', () => {
    const result = assessProfile(ALL_UNSURE);
    expect(result.bandReason?.onUnsure).toBe(true);
    expect(result.needsDiscovery).toBe(true);
    expect(result.discoveryQuestions).toEqual(
      expect.arrayContaining(["aiRoles", "prohibitedPractices", "tradeCountries"]),
    );
  });

  it("does not tag a lead whose answers were all definite", () => {
    const bank = WORKED_EXAMPLES.find((example) => example.decidedBy === "DORA-FINANCIAL-ENTITY");
    expect(assessProfile(bank?.answers).needsDiscovery).toBe(false);
  });

  it("orders the inbox by band first: every Critical lead before every High one, every High before Moderate", () => {
    const results = WORKED_EXAMPLES.map((example) => assessProfile(example.answers));
    const rank: Record<Band, number> = { Low: 0, Moderate: 1, High: 2, Critical: 3 };
    for (const a of results) {
      for (const b of results) {
        if (rank[a.band] > rank[b.band]) expect(a.priority).toBeGreaterThan(b.priority);
      }
    }
  });

  it("ranks the large bank above the mid-size gym within High: engagement value grows with size and breadth", () => {
    const [bank, gym] = ["DORA-FINANCIAL-ENTITY", "IL-BIPA"].map((ruleId) =>
      assessProfile(WORKED_EXAMPLES.find((example) => example.decidedBy === ruleId)?.answers),
    );
    expect(bank?.engagement.score).toBeGreaterThan(gym?.engagement.score ?? 100);
    expect(bank?.priority).toBeGreaterThan(gym?.priority ?? 100);
  });

  it("gives the tiny firm with a prohibited practice a Critical band but a small engagement value", () => {
    const tiny = assessProfile(
      WORKED_EXAMPLES.find((example) => example.decidedBy === "AIA-ART5" && example.band === "Critical")?.answers,
    );
    const bank = assessProfile(
      WORKED_EXAMPLES.find((example) => example.decidedBy === "DORA-FINANCIAL-ENTITY")?.answers,
    );
    expect(tiny.band).toBe("Critical");
    expect(tiny.engagement.score).toBeLessThan(bank.engagement.score);
  });

  it("lets company size enter legal severity where fines are a share of turnover", () => {
    const gdprOnly = (employees: string, turnover: string) =>
      assessProfile({
        establishments: ["eu-eea"],
        markets: ["eu-eea"],
        employees,
        turnover,
        personalData: ["customers"],
      } as AnswersInput);
    expect(gdprOnly("under-10", "up-to-10m").band).toBe("Low");
    expect(gdprOnly("250-749", "50m-150m").band).toBe("Moderate");
    expect(gdprOnly("250-749", "50m-150m").impact).toBeGreaterThan(gdprOnly("50-249", "10m-25m").impact);
  });
});
