// The sentences that tell a screen-reader user (and anyone skimming) what each chart shows.

import type { DropOffRow } from "./drop-off";

export interface WeekCount {
  label: string;
  leads: number;
  qualified: number;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "Leads rose from 12 in 2026-W36 to 30 in 2026-W43 over 8 weeks; …" */
export function weeklySummary(weeks: readonly WeekCount[]): string {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return "There are no weeks in this period.";
  const leads = weeks.reduce((sum, week) => sum + week.leads, 0);
  const qualified = weeks.reduce((sum, week) => sum + week.qualified, 0);
  if (leads === 0) return `No leads arrived in the ${plural(weeks.length, "week")} of this period.`;
  const busiest = weeks.reduce((best, week) => (week.leads > best.leads ? week : best), first);
  const trend =
    weeks.length === 1
      ? `Leads: ${last.leads} in ${last.label}`
      : last.leads > first.leads
        ? `Leads rose from ${first.leads} in ${first.label} to ${last.leads} in ${last.label}`
        : last.leads < first.leads
          ? `Leads fell from ${first.leads} in ${first.label} to ${last.leads} in ${last.label}`
          : `Leads were ${first.leads} in both ${first.label} and ${last.label}`;
  return (
    `${trend}, over ${plural(weeks.length, "week")}: ${plural(leads, "lead")} in all, ${qualified} qualified. ` +
    `The busiest week was ${busiest.label} with ${plural(busiest.leads, "lead")}.`
  );
}

export interface FunnelStage {
  key: string;
  label: string;
  count: number | null;
}

/** "Of 120 assessments started, 80 were submitted (67 %), …" */
export function funnelSummary(stages: readonly FunnelStage[]): string {
  const known = stages.filter((stage): stage is FunnelStage & { count: number } => stage.count !== null);
  const [first, ...rest] = known;
  if (!first) return "There is nothing to show for this period.";
  if (first.count === 0) return `No ${first.label.toLowerCase()} in this period.`;
  const steps = rest.map(
    (stage) => `${stage.count} ${stage.label.toLowerCase()} (${Math.round((stage.count / first.count) * 100)} %)`,
  );
  return `Of ${first.count} ${first.label.toLowerCase()}: ${steps.join(", ")}.`;
}

/** Where most visitors left the questionnaire, and how many finished it. */
export function dropOffSummary(rows: readonly DropOffRow[], submitted: number): string {
  const started = rows[0]?.reached ?? 0;
  if (started === 0) return "No assessments were started in this period.";
  const worst = rows.reduce((most, row) => (row.left > (most?.left ?? 0) ? row : most), rows[0]);
  const finished = `${submitted} of ${started} assessments started were sent.`;
  if (!worst || worst.left === 0) return `No visitor left partway. ${finished}`;
  return (
    `Most visitors who left did so at “${worst.label}”: ${worst.left} of the ${worst.reached} who reached it. ` +
    finished
  );
}

/** One consultant's first responses against the deadline, as the first-response chart reads them. */
export interface ResponseCount {
  name: string;
  inTime: number;
  late: number;
  overdue: number;
}

/** "41 of 52 first responses due were given in time (79 %). The most missed deadlines: Mateo Ruiz, 6 of 14." */
export function responsesSummary(rows: readonly ResponseCount[]): string {
  const missed = (row: ResponseCount) => row.late + row.overdue;
  const due = rows.reduce((sum, row) => sum + row.inTime + missed(row), 0);
  if (due === 0) return "No first response was due in this period.";
  const inTime = rows.reduce((sum, row) => sum + row.inTime, 0);
  const overall = `${inTime} of ${plural(due, "first response")} due ${inTime === 1 ? "was" : "were"} given in time (${Math.round((inTime / due) * 100)} %).`;
  const worst = rows.reduce<ResponseCount | null>(
    (most, row) => (missed(row) > (most ? missed(most) : 0) ? row : most),
    null,
  );
  if (!worst) return `${overall} Every deadline was met.`;
  return `${overall} The most missed deadlines: ${worst.name}, ${missed(worst)} of ${worst.inTime + missed(worst)}.`;
}
