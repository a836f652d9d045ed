import { describe, expect, it } from "vitest";
import { type RegimeDates, regimeTiming, regimeWhenSentence, timeOverview, timingOf } from "~/domain/summary";

const BAN = { date: "2025-02-02", label: "AI Act prohibitions apply" };
const HIGH_RISK = { date: "2027-12-02", label: "AI Act high-risk duties apply" };

describe("timingOf: one date seen from the day the summary is read", () => {
  it("the day before, it is still to come, in 1 day", () => {
    expect(timingOf(BAN, "2025-02-01")).toMatchObject({
      state: "coming",
      daysUntil: 1,
      text: "from 2 February 2025 (in 1 day)",
    });
  });

  it("on the day itself, it applies now, since today", () => {
    expect(timingOf(BAN, "2025-02-02")).toMatchObject({
      state: "in-force",
      daysSince: 0,
      text: "applies now (since today, 2 February 2025)",
    });
  });

  it("the day after, it applies now, since its date", () => {
    expect(timingOf(BAN, "2025-02-03")).toMatchObject({
      state: "in-force",
      daysSince: 1,
      text: "applies now (since 2 February 2025)",
    });
  });

  it("long after, it still says since when, never a number of days", () => {
    expect(timingOf(BAN, "2026-12-01").text).toBe("applies now (since 2 February 2025)");
  });

  it("counts the days in plural and across a leap day", () => {
    expect(timingOf({ date: "2028-03-01", label: "x" }, "2028-02-27").text).toBe("from 1 March 2028 (in 3 days)");
  });

  it("an estimated date says about, before and after", () => {
    const estimate = { date: "2027-05-13", label: "DPDP core duties", approximate: true };
    expect(timingOf(estimate, "2027-05-12").text).toBe("from about 13 May 2027 (in about 1 day)");
    expect(timingOf(estimate, "2027-05-14").text).toBe("applies now (since about 13 May 2027)");
  });

  it("a proposal is never said to apply, even after its date", () => {
    const proposal = { date: "2027-08-02", label: "Proposed delay", basis: "proposal" as const };
    expect(timingOf(proposal, "2027-08-01").text).toBe("proposed for 2 August 2027 (in 1 day), not yet law");
    expect(timingOf(proposal, "2027-08-03")).toMatchObject({
      state: "proposed",
      text: "proposed for 2 August 2027, not yet law",
    });
  });
});

const prohibitedPractice: RegimeDates = {
  regime: "eu-ai-act",
  name: "EU AI Act",
  status: "likely",
  appliesFrom: BAN,
  findings: [{ status: "likely", appliesFrom: BAN, alsoDates: [HIGH_RISK], unsureAbout: [] }],
};

describe("a regime's When line", () => {
  it("a ban that already applies says so first, and the later date only as what comes next", () => {
    const timing = regimeTiming(prohibitedPractice, "2026-12-01")!;
    expect(timing.state).toBe("in-force");
    expect(regimeWhenSentence(timing)).toBe(
      "Applies now (since 2 February 2025). Next: AI Act high-risk duties apply, from 2 December 2027 (in 366 days).",
    );
  });

  it("the day before a regime starts, it is coming; on the day it applies; the day after, since then", () => {
    const regime: RegimeDates = { ...prohibitedPractice, findings: [{ status: "likely", appliesFrom: HIGH_RISK }] };
    expect(regimeWhenSentence(regimeTiming(regime, "2027-12-01")!)).toBe("From 2 December 2027 (in 1 day).");
    expect(regimeWhenSentence(regimeTiming(regime, "2027-12-02")!)).toBe("Applies now (since today, 2 December 2027).");
    expect(regimeWhenSentence(regimeTiming(regime, "2027-12-03")!)).toBe("Applies now (since 2 December 2027).");
  });

  it("once every date has passed, there is no next", () => {
    const timing = regimeTiming(prohibitedPractice, "2027-12-03")!;
    expect(timing.next).toBeNull();
    expect(regimeWhenSentence(timing)).toBe("Applies now (since 2 February 2025).");
  });

  it("a start resting on a Not sure answer names the question", () => {
    const regime: RegimeDates = {
      regime: "nis2",
      name: "NIS2",
      status: "possible",
      appliesFrom: { date: "2024-10-18", label: "NIS2 applies" },
      findings: [
        { status: "possible", appliesFrom: { date: "2024-10-18", label: "NIS2 applies" }, unsureAbout: ["sectors"] },
      ],
    };
    expect(regimeWhenSentence(regimeTiming(regime, "2026-12-01")!)).toBe(
      "Applies now (since 18 October 2024). This rests on your “Not sure” answer to “Which sectors do you work in?”.",
    );
  });

  it("a possible heavier tier does not make a likely regime apply before its own date", () => {
    const regime: RegimeDates = {
      regime: "eu-ai-act",
      name: "EU AI Act",
      status: "likely",
      appliesFrom: HIGH_RISK,
      findings: [
        { status: "possible", appliesFrom: BAN },
        { status: "likely", appliesFrom: HIGH_RISK },
      ],
    };
    expect(regimeTiming(regime, "2026-12-01")!.state).toBe("coming");
  });

  it("an unlikely regime has no timing", () => {
    expect(regimeTiming({ ...prohibitedPractice, status: "unlikely" }, "2026-12-01")).toBeNull();
  });
});

function inForceRegime(name: string, date = "2018-05-25"): RegimeDates {
  return {
    regime: name.toLowerCase(),
    name,
    status: "likely",
    appliesFrom: { date, label: `${name} applies` },
    findings: [{ status: "likely", appliesFrom: { date, label: `${name} applies` } }],
  };
}

describe("the summary's headline about time", () => {
  it("a company mostly in force hears how many apply today, not a date a year away", () => {
    const regimes = ["GDPR", "NIS2", "DORA", "Data Act", "CCPA", "BIPA"].map((name) => inForceRegime(name));
    regimes.push({
      regime: "cra",
      name: "Cyber Resilience Act",
      status: "possible",
      appliesFrom: { date: "2027-12-11", label: "CRA applies in full" },
      findings: [{ status: "possible", appliesFrom: { date: "2027-12-11", label: "CRA applies in full" } }],
    });
    regimes.push({ ...prohibitedPractice, findings: [{ status: "likely", appliesFrom: HIGH_RISK }] });
    const overview = timeOverview(regimes, "2026-12-01");
    expect(overview.headline).toBe(
      "6 of the 8 regulations that may concern you apply today: GDPR, NIS2, DORA, Data Act, CCPA and BIPA.",
    );
    expect(overview.headline).not.toMatch(/days/);
    expect(overview.nextSentence).toBe("AI Act high-risk duties apply: from 2 December 2027 (in 366 days).");
  });

  it("when nothing applies, it says so without claiming that everything already applies", () => {
    const overview = timeOverview([{ ...prohibitedPractice, status: "unlikely" }], "2026-12-01");
    expect(overview.headline).toBe(
      "On your answers, none of the regulations we cover applies to you, today or on a date already set.",
    );
    expect(overview.nextSentence).toBe("No dated obligation follows from your answers.");
  });

  it("when everything applies, there is no next date and it says so", () => {
    const overview = timeOverview([inForceRegime("GDPR"), inForceRegime("NIS2", "2024-10-18")], "2026-12-01");
    expect(overview.headline).toBe("All 2 regulations that may concern you apply today: GDPR and NIS2.");
    expect(overview.nextSentence).toBe("No later date is set: everything identified already applies.");
  });

  it("one regulation still to come is named as not applying yet", () => {
    const overview = timeOverview(
      [{ ...prohibitedPractice, findings: [{ status: "likely", appliesFrom: HIGH_RISK }] }],
      "2026-12-01",
    );
    expect(overview.headline).toBe("The one regulation that may concern you, EU AI Act, does not apply yet.");
  });

  it("a next deadline resting on a Not sure answer says so, and one firm answer makes it firm", () => {
    const unsureDate = { date: "2026-12-02", label: "Reporting duties apply" };
    const unsure: RegimeDates = {
      regime: "cra",
      name: "Cyber Resilience Act",
      status: "possible",
      appliesFrom: unsureDate,
      findings: [{ status: "possible", appliesFrom: unsureDate, unsureAbout: ["sectors"] }],
    };
    expect(timeOverview([unsure], "2026-12-01").nextSentence).toBe(
      "Reporting duties apply: from 2 December 2026 (in 1 day). This date rests on your “Not sure” answer to “Which sectors do you work in?”.",
    );
    const firm: RegimeDates = {
      ...unsure,
      regime: "other",
      name: "Other",
      status: "likely",
      findings: [{ status: "likely", appliesFrom: unsureDate }],
    };
    expect(timeOverview([unsure, firm], "2026-12-01").next?.unsureAbout).toEqual([]);
  });

  it("the next deadline moves on as days pass: the day of, it is no longer next", () => {
    const regimes = [{ ...prohibitedPractice }];
    expect(timeOverview(regimes, "2027-12-01").next?.date).toBe("2027-12-02");
    expect(timeOverview(regimes, "2027-12-02").next).toBeNull();
  });

  it("an older stored assessment without findings still reads its headline date", () => {
    const old: RegimeDates = {
      regime: "gdpr",
      name: "GDPR",
      status: "likely",
      appliesFrom: { date: "2018-05-25", label: "GDPR applies" },
    };
    expect(timeOverview([old], "2026-12-01").headline).toBe(
      "The one regulation that may concern you, GDPR, applies today.",
    );
  });
});
