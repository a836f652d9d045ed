import { describe, expect, it } from "vitest";
import { consultantRegimes, renderVisitorConfirmation, visitorSummary } from "~/server/mail/templates";
import { assessProfile } from "../domain/support/profiles";
import { visitorData } from "./fixtures";

// The EU bank of the scenario tests: AI Act, GDPR and DORA likely.
const BANK = assessProfile({
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

describe("email lines from an assessment", () => {
  it("ranks likely regulations before possible ones and leaves unlikely ones out", () => {
    const statuses = consultantRegimes(BANK).map((regime) => regime.status);
    expect(statuses.length).toBeGreaterThanOrEqual(3);
    expect(statuses).toEqual([...statuses].sort((a, b) => Number(a === "possible") - Number(b === "possible")));
    expect(statuses).not.toContain("unlikely");
  });

  it("gives each regulation its reasons as question and answer text", () => {
    const aiAct = consultantRegimes(BANK).find((regime) => regime.name.includes("AI Act"));
    expect(aiAct?.reasons.length).toBeGreaterThan(0);
    for (const reason of aiAct?.reasons ?? []) expect(reason).toMatch(/. — ./);
  });

  it("summarises band, likely regulations and next deadline for the visitor", async () => {
    const summary = visitorSummary(BANK);
    expect(summary.band).toBe(BANK.band);
    expect(summary.likely.map((regime) => regime.name)).toHaveLength(3);
    expect(summary.nextDeadline?.text).toMatch(/^from \d{1,2} \w+ \d{4} \(in \d+ days?\)$/);
    expect(summary.nextDeadline?.text).toContain(String(BANK.nextDeadline?.daysFromAsOf));
    const { text } = await renderVisitorConfirmation(visitorData(summary));
    for (const regime of summary.likely) expect(text).toContain(regime.name);
  });

  it("says what is in force as applying since its date, never as a number of days away", () => {
    const summary = visitorSummary(BANK);
    const gdpr = summary.likely.find((regime) => regime.name === "GDPR");
    expect(gdpr?.nextDateText).toBe("Applies now (since 25 May 2018).");
  });

  it("when nothing applies, the next-deadline line does not claim that everything already applies", () => {
    const nothing = assessProfile({
      establishments: ["other"],
      markets: ["other"],
      employees: "under-10",
      turnover: "up-to-10m",
    });
    expect(visitorSummary(nothing).nextDeadline).toEqual({
      label: null,
      text: "No dated obligation follows from your answers.",
    });
  });
});
