import { describe, expect, it } from "vitest";
import {
  type RegimeDates,
  actionsThisQuarter,
  bandInWords,
  buildSummaryView,
  buildTimeline,
  penaltyScale,
  scopeNotice,
  timeOverview,
} from "~/domain/summary";
import { assessProfile } from "../support/profiles";

const AI_ACT = {
  name: "EU AI Act",
  status: "likely",
  maxPenalty:
    "Up to €35M or 7% of worldwide turnover for prohibited practices; €15M or 3% for most other duties. The higher amount applies, the lower one for SMEs and small mid-caps.",
};
const GDPR = {
  name: "GDPR",
  status: "likely",
  maxPenalty: "Up to €20M or 4% of worldwide annual turnover, whichever is higher.",
};
const CCPA = { name: "CCPA", status: "likely", maxPenalty: "$2,500 per violation, $7,500 per intentional violation." };

describe("the penalty scale for the visitor's size", () => {
  it("a mid-sized company's ceiling is the fixed amount, and it says when that can exceed a year's turnover", () => {
    expect(penaltyScale([GDPR], { employees: "50-249", turnover: "10m-25m" })?.sentence).toBe(
      "For a company with a turnover of €10 million to €25 million, the heaviest fine under GDPR, which likely applies, is up to €20 million. That can be more than a year's turnover.",
    );
  });

  it("a large company hears the share of turnover, since its fine has no fixed ceiling", () => {
    expect(penaltyScale([GDPR], { employees: "750-plus", turnover: "over-150m" })?.sentence).toContain(
      "is €20 million or 4% of worldwide turnover, whichever is higher.",
    );
  });

  it("an SME under the AI Act gets the lower of the two amounts", () => {
    expect(penaltyScale([AI_ACT], { employees: "10-49", turnover: "up-to-10m" })?.sentence).toContain(
      "is up to €700,000 (7% of turnover; the lower amount applies to SMEs).",
    );
    expect(penaltyScale([GDPR], { employees: "under-10", turnover: "up-to-10m" })?.sentence).toContain(
      "is up to €20 million. That is more than a year's turnover.",
    );
  });

  it("picks the heaviest likely regulation before a possible one", () => {
    const scale = penaltyScale([{ ...AI_ACT, status: "possible" }, GDPR], {
      employees: "250-749",
      turnover: "50m-150m",
    });
    expect(scale?.regime).toBe("GDPR");
  });

  it("a visitor unsure of their turnover is told the rule, not a made-up figure", () => {
    expect(penaltyScale([GDPR], { employees: "250-749", turnover: "unsure" })?.sentence).toBe(
      "You were not sure of your turnover; for your company, the heaviest fine under GDPR, which likely applies, is the higher of €20 million and 4% of worldwide turnover.",
    );
  });

  it("says nothing when no regulation states its fine as an amount and a share", () => {
    expect(penaltyScale([CCPA], { turnover: "10m-25m" })).toBeNull();
    expect(penaltyScale([{ ...GDPR, status: "unlikely" }], { turnover: "10m-25m" })).toBeNull();
  });
});

describe("where the tool does not reach", () => {
  it("a company only elsewhere (Switzerland, say) is told the tool does not assess the laws of other countries", () => {
    const notice = scopeNotice({ establishments: ["other"], markets: ["other", "unsure"] });
    expect(notice?.onlyOutside).toBe(true);
    expect(notice?.sentence).toMatch(
      /^Your answers point outside what this tool covers\. .* it does not assess the laws of other countries/,
    );
  });

  it("a company partly elsewhere is told those places are not in the summary", () => {
    expect(scopeNotice({ establishments: ["eu-eea"], markets: ["other"] })).toMatchObject({
      onlyOutside: false,
      sentence: expect.stringContaining("somewhere other than the EU, the UK, the US, China, India or Russia"),
    });
  });

  it("a company in the UK hears nothing about it: UK law is assessed", () => {
    expect(scopeNotice({ establishments: ["uk"], markets: ["uk", "eu-eea"] })).toBeNull();
  });

  it("a company only in covered places hears nothing about it", () => {
    expect(scopeNotice({ establishments: ["eu-eea"], markets: ["eu-eea", "us-california"] })).toBeNull();
  });
});

describe("the band in words", () => {
  it.each([
    ["Critical", /^Critical: .*this week/],
    ["High", /^High: .*this quarter/],
    ["Moderate", /^Moderate: /],
    ["Low", /^Low: /],
  ])("%s says what to do about it", (band, words) => {
    expect(bandInWords(band)).toMatch(words);
  });
});

const inForce = (regime: string, name: string, obligations: string[]) => ({
  dates: {
    regime,
    name,
    status: "likely",
    appliesFrom: { date: "2018-05-25", label: `${name} applies` },
  } satisfies RegimeDates,
  duties: { regime, name, status: "likely", obligations },
});

describe("three actions for this quarter", () => {
  const gdpr = inForce("gdpr", "GDPR", [
    "A lawful basis and a privacy notice for every purpose (Arts 6, 13–14)",
    "Records of processing",
  ]);
  const dora = inForce("dora", "DORA", ["An ICT risk-management framework owned by the management body (Arts 5–16)"]);
  const nis2 = inForce("nis2", "NIS2", ["Register with the national authority"]);
  const cra: RegimeDates = {
    regime: "cra",
    name: "Cyber Resilience Act",
    status: "likely",
    appliesFrom: { date: "2027-09-11", label: "CRA reporting" },
  };
  const timings = timeOverview([gdpr.dates, dora.dates, nis2.dates, cra], "2026-12-01").concerned;

  it("puts a possible present breach first, then duties in force, at most three, without article numbers", () => {
    const actions = actionsThisQuarter({
      redFlags: [
        {
          message: "A system you build or use looks like a practice the EU AI Act bans outright. Speak to counsel now.",
        },
      ],
      gaps: [],
      regimes: [gdpr.duties, dora.duties, nis2.duties],
      timings,
    });
    expect(actions).toEqual([
      "Get legal advice now: a system you build or use looks like a practice the EU AI Act bans outright.",
      "GDPR applies now: A lawful basis and a privacy notice for every purpose.",
      "DORA applies now: An ICT risk-management framework owned by the management body.",
    ]);
  });

  it("prepares for a date within the year once the duties in force are listed", () => {
    const actions = actionsThisQuarter({
      redFlags: [],
      gaps: [],
      regimes: [
        gdpr.duties,
        {
          regime: "cra",
          name: "Cyber Resilience Act",
          status: "likely",
          obligations: ["Report exploited vulnerabilities within 24 hours"],
        },
      ],
      timings,
    });
    expect(actions[1]).toBe(
      "Prepare for Cyber Resilience Act, from 11 September 2027 (in 284 days): Report exploited vulnerabilities within 24 hours.",
    );
  });

  it("has nothing to say when nothing applies", () => {
    expect(actionsThisQuarter({ redFlags: [], gaps: [], regimes: [], timings: [] })).toEqual([]);
  });
});

describe("the deadline timeline", () => {
  const ban = { date: "2025-02-02", label: "Bans" };
  const highRisk = { date: "2027-12-02", label: "High-risk duties" };
  const timings = timeOverview(
    [
      {
        regime: "eu-ai-act",
        name: "EU AI Act",
        status: "likely",
        appliesFrom: ban,
        findings: [{ status: "likely", appliesFrom: ban, alsoDates: [highRisk] }],
      },
      {
        regime: "cra",
        name: "Cyber Resilience Act",
        status: "possible",
        appliesFrom: { date: "2027-12-11", label: "CRA in full" },
      },
    ],
    "2026-12-01",
  ).concerned;

  it("runs from today to the last date to come, a lane for each regulation, in force first", () => {
    const timeline = buildTimeline(timings, "2026-12-01")!;
    expect(timeline.title).toBe("Deadline timeline from 1 December 2026 to 11 December 2027");
    expect(timeline.lanes.map((lane) => [lane.name, lane.state])).toEqual([
      ["EU AI Act", "in-force"],
      ["Cyber Resilience Act", "coming"],
    ]);
    expect(timeline.lanes[0]!.solidFrom).toBe(0);
    expect(timeline.lanes[1]!.solidFrom).toBeGreaterThan(300);
    expect(timeline.lanes[0]!.markers.map((marker) => marker.text)).toEqual(["from 2 December 2027 (in 366 days)"]);
  });

  it("gives the same facts as text: in force since, then coming, soonest first", () => {
    const entries = buildTimeline(timings, "2026-12-01")!.entries.map(
      (entry) => `${entry.state} ${entry.regime}: ${entry.text}`,
    );
    expect(entries).toEqual([
      "in-force EU AI Act: applies now (since 2 February 2025)",
      "coming EU AI Act: from 2 December 2027 (in 366 days)",
      "coming Cyber Resilience Act: from 11 December 2027 (in 375 days)",
    ]);
  });

  it("has nothing to draw when nothing applies", () => {
    expect(buildTimeline([], "2026-12-01")).toBeNull();
  });
});

describe("the summary view of a real assessment", () => {
  const bank = assessProfile({
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
  });

  it("read a year later, nothing that has started is said to be days away", () => {
    const view = buildSummaryView(bank, { employees: "750-plus", turnover: "over-150m" }, "2028-01-10");
    for (const regime of [...view.likely, ...view.possible]) expect(regime.when).not.toMatch(/^From/);
    expect(view.headline).toMatch(/apply today/);
  });

  it("has at most three actions and splits likely from possible", () => {
    const view = buildSummaryView(bank, {}, bank.asOf);
    expect(view.actions.length).toBeLessThanOrEqual(3);
    expect(view.likely.every((regime) => regime.status === "likely")).toBe(true);
    expect(view.possible.every((regime) => regime.status === "possible")).toBe(true);
  });
});
