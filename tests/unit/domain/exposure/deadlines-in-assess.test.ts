import { describe, expect, it } from "vitest";
import { formatCalendarDay } from "~/domain/date-format";
import { RULES, addDays, assess, milestoneById, type RuleDefinition } from "~/domain/exposure";
import { profile, regimeOf } from "../support/profiles";
import { AI_ACT_SPECS } from "./rules/ai-act.spec-table";
import { EU_CYBER_SPECS } from "./rules/eu-cyber.spec-table";
import { GDPR_SPECS } from "./rules/gdpr.spec-table";
import { LOCALISATION_SPECS, TRADE_SPECS } from "./rules/trade-and-localisation.spec-table";
import { US_STATE_PRIVACY_SPECS, US_STATE_SPECS } from "./rules/us-state.spec-table";

const SPECS = [
  ...AI_ACT_SPECS,
  ...GDPR_SPECS,
  ...EU_CYBER_SPECS,
  ...US_STATE_SPECS,
  ...US_STATE_PRIVACY_SPECS,
  ...TRADE_SPECS,
  ...LOCALISATION_SPECS,
];

/** Every (rule, date) pair, with the rule's first firing example. */
const CASES = RULES.flatMap((rule) => {
  const example = SPECS.find((spec) => spec.rule === rule.id)?.fires[0];
  if (!example) return [];
  return [rule.appliesFrom, ...(rule.alsoDates ?? [])].map((milestoneId) => ({
    rule,
    milestoneId,
    answers: profile(example.answers),
  }));
});

function findingDate(
  ruleId: string,
  milestoneId: string,
  regime: RuleDefinition["regime"],
  answers: ReturnType<typeof profile>,
  asOf: string,
) {
  const finding = regimeOf(assess(answers, asOf), regime).findings.find((candidate) => candidate.ruleId === ruleId);
  return [finding?.appliesFrom, ...(finding?.alsoDates ?? [])].find((date) => date?.milestoneId === milestoneId);
}

describe("every rule's dates, seen through assess", () => {
  it.each(CASES.map((entry) => [entry.rule.id, entry.milestoneId, entry] as const))(
    "%s: %s is still ahead on the day before",
    (_rule, _milestone, entry) => {
      const { date } = milestoneById(entry.milestoneId);
      const seen = findingDate(entry.rule.id, entry.milestoneId, entry.rule.regime, entry.answers, addDays(date, -1));
      expect(seen).toMatchObject({ appliesNow: false, daysFromAsOf: 1 });
      expect(seen?.text).toMatch(new RegExp(`^from (about )?${formatCalendarDay(date)}, in 1 day$`));
    },
  );

  it.each(CASES.map((entry) => [entry.rule.id, entry.milestoneId, entry] as const))(
    "%s: %s applies now on the day",
    (_rule, _milestone, entry) => {
      const { date } = milestoneById(entry.milestoneId);
      expect(findingDate(entry.rule.id, entry.milestoneId, entry.rule.regime, entry.answers, date)).toMatchObject({
        appliesNow: true,
        daysFromAsOf: 0,
        text: "applies now",
      });
    },
  );
});

describe("deadlines that move a lead", () => {
  const hiringInColorado = profile({
    establishments: ["us"],
    markets: ["us-colorado"],
    aiRoles: ["deployer"],
    aiUses: ["employment"],
    decisionRole: "main-factor",
  });

  it("shows Colorado's law as upcoming on 31 December 2026 and as applying on 1 January 2027", () => {
    expect(regimeOf(assess(hiringInColorado, "2026-12-31"), "colorado-ai").appliesFrom?.text).toBe(
      "from 1 January 2027, in 1 day",
    );
    expect(regimeOf(assess(hiringInColorado, "2027-01-01"), "colorado-ai").appliesFrom?.text).toBe("applies now");
  });

  it("raises urgency when Colorado's date arrives", () => {
    expect(assess(hiringInColorado, "2026-12-31").urgency).toBe(0.9);
    expect(assess(hiringInColorado, "2027-01-01").urgency).toBe(1);
  });

  it("moves the next deadline past the AI Act Annex III date once it has come", () => {
    const employer = profile({
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      aiRoles: ["deployer"],
      aiUses: ["employment"],
    });
    expect(assess(employer, "2027-12-01").nextDeadline?.date).toBe("2027-12-02");
    expect(assess(employer, "2027-12-02").nextDeadline).toBeNull();
  });

  it("treats the AI Act ban on intimate-imagery generators as upcoming on 1 December 2026 and in force on 2 December 2026", () => {
    const generator = profile({
      establishments: ["eu-eea"],
      markets: ["eu-eea"],
      aiRoles: ["provider"],
      aiUses: ["generative"],
      prohibitedPractices: ["intimate-imagery"],
    });
    expect(regimeOf(assess(generator, "2026-12-01"), "eu-ai-act").appliesFrom?.text).toBe(
      "from 2 December 2026, in 1 day",
    );
    expect(regimeOf(assess(generator, "2026-12-02"), "eu-ai-act").appliesFrom?.text).toBe("applies now");
  });
});
