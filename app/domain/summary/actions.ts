import type { RegimeTiming } from "./timing";

/**
 * Three things to do this quarter, in the order a decision-maker should take them: stop anything
 * that may be a present breach, meet the duties that already apply, close the gaps they told us
 * about, then prepare for the next dates. One line per regime, so three lines cover three fronts.
 */
export interface ActionInputs {
  readonly redFlags: readonly { readonly message: string }[];
  readonly gaps: readonly { readonly message: string }[];
  /** Regimes with their duties, most exposed first. */
  readonly regimes: readonly {
    readonly regime: string;
    readonly name: string;
    readonly status: string;
    readonly obligations: readonly string[];
  }[];
  readonly timings: readonly RegimeTiming[];
}

export const ACTIONS_THIS_QUARTER = 3;
/** Dates further away than this are for a later quarter's plan. */
const PREPARE_WITHIN_DAYS = 366;

/** A duty without its trailing article reference: "(Arts 13–15)" helps counsel, not a CFO's list. */
function plainDuty(text: string): string {
  return text.replace(/\s*\([^()]*\b(?:Arts?\.?|Article|Annex|ss?\.)\s[^()]*\)\s*$|\s*\([^()]*§[^()]*\)\s*$/, "");
}

function firstSentence(text: string): string {
  const cut = text.search(/[.!?](\s|$)/);
  return cut === -1 ? text : text.slice(0, cut);
}

export function actionsThisQuarter(inputs: ActionInputs): string[] {
  const actions: string[] = [];
  const add = (line: string) => {
    if (actions.length < ACTIONS_THIS_QUARTER && !actions.includes(line)) actions.push(line);
  };
  for (const flag of inputs.redFlags) add(`Get legal advice now: ${firstSentence(flag.message).replace(/^A /, "a ")}.`);

  const timingOf = new Map(inputs.timings.map((timing) => [timing.regime, timing]));
  const byStatus = (status: string) => inputs.regimes.filter((regime) => regime.status === status);
  for (const status of ["likely", "possible"]) {
    for (const regime of byStatus(status)) {
      const timing = timingOf.get(regime.regime);
      const duty = regime.obligations[0] ? plainDuty(regime.obligations[0]) : undefined;
      if (!timing || timing.state !== "in-force" || !duty) continue;
      add(
        status === "likely"
          ? `${regime.name} applies now: ${duty}.`
          : `Check whether ${regime.name} applies to you (it would apply now): ${duty}.`,
      );
    }
    if (status === "likely")
      for (const gap of inputs.gaps)
        add(`Close a gap you told us about: ${gap.message.replace(/^No /, "there is no ")}`);
  }
  const coming = inputs.timings
    .filter(
      (timing) =>
        timing.state === "coming" &&
        timing.start.timing.state === "coming" &&
        timing.start.timing.daysUntil <= PREPARE_WITHIN_DAYS,
    )
    .sort((a, b) => a.start.date.localeCompare(b.start.date));
  for (const timing of coming) {
    const first = inputs.regimes.find((regime) => regime.regime === timing.regime)?.obligations[0];
    const duty = first ? plainDuty(first) : undefined;
    if (duty) add(`Prepare for ${timing.name}, ${timing.start.timing.text}: ${duty}.`);
  }
  return actions;
}
