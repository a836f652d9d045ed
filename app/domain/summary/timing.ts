import { type QuestionId, questionById } from "../questionnaire";
import { type Timing, type DatedMilestone, capitalise, timingOf } from "./when";

/**
 * What is in force and what is coming, for each regime and for the summary as a whole, on the
 * day the summary is read. Reads the assessment through the parts every stored version has:
 * a regime's status, name, headline date and findings (each with its dates and the questions
 * answered "Not sure" it rests on).
 */

export interface FindingDates {
  readonly status: string;
  readonly appliesFrom: DatedMilestone;
  readonly alsoDates?: readonly DatedMilestone[];
  /** Question ids answered "Not sure" that the finding rests on. */
  readonly unsureAbout?: readonly string[];
}

export interface RegimeDates {
  readonly regime: string;
  readonly name: string;
  readonly status: string;
  readonly appliesFrom: DatedMilestone | null;
  readonly findings?: readonly FindingDates[];
}

export interface DatedStep {
  readonly date: string;
  readonly label: string;
  readonly timing: Timing;
  /** Questions answered "Not sure" this date rests on; empty when a firm answer leads to it too. */
  readonly unsureAbout: readonly string[];
}

export interface RegimeTiming {
  readonly regime: string;
  readonly name: string;
  readonly status: "likely" | "possible";
  readonly state: "in-force" | "coming";
  /** The regime's own start: "applies now (since …)" or "from … (in N days)". */
  readonly start: DatedStep;
  /** Every date of the regime, earliest first (the start included). */
  readonly steps: readonly DatedStep[];
  /** The nearest date still to come, or null when everything already applies. */
  readonly next: DatedStep | null;
}

const isConcerned = (status: string): status is "likely" | "possible" => status === "likely" || status === "possible";

function stepOf(milestone: DatedMilestone, unsureAbout: readonly string[], today: string): DatedStep {
  return { date: milestone.date, label: milestone.label, timing: timingOf(milestone, today), unsureAbout };
}

/**
 * The same date can come from several findings. It rests on a "Not sure" answer only when every
 * finding that leads to it does; one firm answer is enough to make the date firm.
 */
function mergeSteps(steps: DatedStep[]): DatedStep[] {
  const byKey = new Map<string, DatedStep>();
  for (const step of steps) {
    const key = `${step.date}\u0000${step.label}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, step);
    else if (
      seen.unsureAbout.length > 0 &&
      (step.unsureAbout.length === 0 || step.unsureAbout.length < seen.unsureAbout.length)
    ) {
      byKey.set(key, step);
    }
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
}

function isFuture(step: DatedStep): boolean {
  return step.timing.state !== "in-force" && (step.timing.state === "coming" || step.timing.daysUntil > 0);
}

/** A regime's dates on `today`, or null for a regime that is unlikely (or has no date at all). */
export function regimeTiming(regime: RegimeDates, today: string): RegimeTiming | null {
  if (!isConcerned(regime.status)) return null;
  // Only findings carrying the regime's own verdict decide whether it is in force: a "possible"
  // heavier tier next to a "likely" lighter one does not make the regime apply.
  const findings = regime.findings ?? [];
  const headline = findings.filter((finding) => finding.status === regime.status);
  const starts = headline.map((finding) => stepOf(finding.appliesFrom, finding.unsureAbout ?? [], today));
  if (starts.length === 0 && regime.appliesFrom) starts.push(stepOf(regime.appliesFrom, [], today));
  if (starts.length === 0) return null;
  const inForce = starts
    .filter((step) => step.timing.state === "in-force")
    .sort((a, b) => a.date.localeCompare(b.date));
  const start = inForce[0] ?? [...starts].sort((a, b) => a.date.localeCompare(b.date))[0]!;
  const all = [...starts];
  for (const finding of findings) {
    const unsure = finding.unsureAbout ?? [];
    all.push(stepOf(finding.appliesFrom, unsure, today));
    for (const also of finding.alsoDates ?? []) all.push(stepOf(also, unsure, today));
  }
  const steps = mergeSteps(all);
  return {
    regime: regime.regime,
    name: regime.name,
    status: regime.status,
    state: start.timing.state === "in-force" ? "in-force" : "coming",
    start,
    steps,
    next: steps.find(isFuture) ?? null,
  };
}

/** The "When" line of a regime's card, e.g. "Applies now (since 2 February 2025). Next: … from … (in 609 days)." */
export function regimeWhenSentence(timing: RegimeTiming): string {
  const start = `${capitalise(timing.start.timing.text)}.`;
  const next = timing.next && timing.next.date !== timing.start.date ? timing.next : null;
  const unsure = timing.start.unsureAbout.length > 0 ? ` ${unsureNote("This", timing.start.unsureAbout)}` : "";
  if (!next) return `${start}${unsure}`;
  const nextUnsure =
    next.unsureAbout.length > 0 && next.unsureAbout.join() !== timing.start.unsureAbout.join()
      ? ` ${unsureNote("That date", next.unsureAbout)}`
      : "";
  return `${start}${unsure} Next: ${next.label}, ${next.timing.text}.${nextUnsure}`;
}

export interface NextObligation {
  readonly date: string;
  readonly labels: readonly string[];
  readonly regimes: readonly string[];
  readonly timing: Timing;
  readonly unsureAbout: readonly string[];
}

export interface TimeOverview {
  readonly concerned: readonly RegimeTiming[];
  readonly inForce: readonly RegimeTiming[];
  readonly coming: readonly RegimeTiming[];
  readonly next: NextObligation | null;
  /** The summary's first sentence about time: how many apply today, never a far date first. */
  readonly headline: string;
  /** The next dated obligation in words, or what to say when there is none. */
  readonly nextSentence: string;
}

function questionText(id: string): string | null {
  try {
    return questionById(id as QuestionId).text;
  } catch {
    // A question since retired from the bank: say "an answer" rather than fail the page.
    return null;
  }
}

/** "This date rests on your “Not sure” answer to “Which sectors do you work in?”." */
export function unsureNote(subject: string, unsureAbout: readonly string[]): string {
  const questions = unsureAbout.map(questionText).filter((text): text is string => text !== null);
  if (questions.length === 0) return `${subject} rests on an answer you were not sure about.`;
  const quoted = questions.map((text) => `“${text}”`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
  return `${subject} rests on your “Not sure” ${quoted.length === 1 ? "answer" : "answers"} to ${list}.`;
}

function names(list: readonly { name: string }[]): string {
  const all = list.map((item) => item.name);
  if (all.length <= 1) return all.join("");
  return `${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
}

function headlineOf(concerned: readonly RegimeTiming[], inForce: readonly RegimeTiming[]): string {
  const total = concerned.length;
  if (total === 0)
    return "On your answers, none of the regulations we cover applies to you, today or on a date already set.";
  if (inForce.length === total) {
    return total === 1
      ? `The one regulation that may concern you, ${inForce[0]!.name}, applies today.`
      : `All ${total} regulations that may concern you apply today: ${names(inForce)}.`;
  }
  if (inForce.length === 0) {
    return total === 1
      ? `The one regulation that may concern you, ${concerned[0]!.name}, does not apply yet.`
      : `None of the ${total} regulations that may concern you applies yet.`;
  }
  return `${inForce.length} of the ${total} regulations that may concern you ${inForce.length === 1 ? "applies" : "apply"} today: ${names(inForce)}.`;
}

function nextObligationOf(concerned: readonly RegimeTiming[]): NextObligation | null {
  const future = concerned.flatMap((regime) => regime.steps.filter(isFuture).map((step) => ({ step, regime })));
  if (future.length === 0) return null;
  const first = future.reduce((a, b) => (b.step.date < a.step.date ? b : a)).step.date;
  const sameDay = future.filter((item) => item.step.date === first);
  const firm = sameDay.some((item) => item.step.unsureAbout.length === 0);
  return {
    date: first,
    labels: [...new Set(sameDay.map((item) => item.step.label))],
    regimes: [...new Set(sameDay.map((item) => item.regime.name))],
    timing: sameDay[0]!.step.timing,
    unsureAbout: firm ? [] : [...new Set(sameDay.flatMap((item) => item.step.unsureAbout))],
  };
}

function nextSentenceOf(concerned: readonly RegimeTiming[], next: NextObligation | null): string {
  if (concerned.length === 0) return "No dated obligation follows from your answers.";
  if (!next) return "No later date is set: everything identified already applies.";
  const unsure = next.unsureAbout.length > 0 ? ` ${unsureNote("This date", next.unsureAbout)}` : "";
  return `${next.labels.join("; ")}: ${next.timing.text}.${unsure}`;
}

/** The summary's view of time on `today`: what applies, what is coming, and the next date. */
export function timeOverview(regimes: readonly RegimeDates[], today: string): TimeOverview {
  const concerned = regimes
    .map((regime) => regimeTiming(regime, today))
    .filter((timing): timing is RegimeTiming => timing !== null);
  const inForce = concerned.filter((timing) => timing.state === "in-force");
  const coming = concerned.filter((timing) => timing.state === "coming");
  const next = nextObligationOf(concerned);
  return {
    concerned,
    inForce,
    coming,
    next,
    headline: headlineOf(concerned, inForce),
    nextSentence: nextSentenceOf(concerned, next),
  };
}
