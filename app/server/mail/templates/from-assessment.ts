import { type Assessment, type RegimeAssessment, reasonLines } from "~/domain/exposure";
import { regimeTiming, regimeWhenSentence, timeOverview, unsureNote } from "~/domain/summary";
import type { ConsultantRegime, VisitorConfirmationData, VisitorRegime } from "./types";

/**
 * Turns an assessment into the plain lines the templates show, so the outbox stores and the
 * templates receive text rather than having to know the questionnaire or the ruleset.
 */

type FiredRegime = RegimeAssessment & { status: "likely" | "possible" };

function isFired(regime: RegimeAssessment): regime is FiredRegime {
  return regime.status !== "unlikely";
}

/** Likely before possible, then the most exposed first; the ruleset order settles ties. */
function byWeight(assessment: Assessment): FiredRegime[] {
  return assessment.regimes
    .filter(isFired)
    .map((regime, index) => ({ regime, index }))
    .sort(
      (a, b) =>
        Number(b.regime.status === "likely") - Number(a.regime.status === "likely") ||
        b.regime.exposure - a.regime.exposure ||
        a.index - b.index,
    )
    .map(({ regime }) => regime);
}

export function consultantRegimes(assessment: Assessment): ConsultantRegime[] {
  return byWeight(assessment).map((regime) => ({
    name: regime.name,
    status: regime.status,
    tierLabel: regime.tierLabel,
    reasons: reasonLines(regime),
  }));
}

/** Worded for the assessment's day, which is the day the email is written. */
function nextDateText(regime: RegimeAssessment, asOf: string): string | null {
  const timing = regimeTiming(regime, asOf);
  return timing ? regimeWhenSentence(timing) : null;
}

/** The summary part of the visitor confirmation; the caller adds name, reference and links. */
export function visitorSummary(
  assessment: Assessment,
): Pick<VisitorConfirmationData, "band" | "likely" | "possibleCount" | "nextDeadline" | "disclaimer"> {
  const fired = byWeight(assessment);
  const likely: VisitorRegime[] = fired
    .filter((regime) => regime.status === "likely")
    .map((regime) => ({
      name: regime.name,
      tierLabel: regime.tierLabel,
      nextDateText: nextDateText(regime, assessment.asOf),
    }));
  const time = timeOverview(assessment.regimes, assessment.asOf);
  const next = time.next;
  return {
    band: assessment.band,
    likely,
    possibleCount: fired.length - likely.length,
    // With no date to come, the sentence says why (nothing applies, or everything already does).
    nextDeadline: next
      ? {
          label: next.labels.join("; "),
          text:
            next.unsureAbout.length > 0
              ? `${next.timing.text}. ${unsureNote("This date", next.unsureAbout)}`
              : next.timing.text,
        }
      : { label: null, text: time.nextSentence },
    disclaimer: assessment.disclaimer,
  };
}
