import type { Measurement } from "../lib/measure";
import type { ProbeResult } from "../lib/paced-probe";
import { comparisonTable } from "../lib/report";
import { fixed, markdownTable, ratio } from "../lib/table";

export type SubmitRun = {
  connections: number;
  references: { b: Measurement; c: Measurement };
  portal: Measurement;
  probe: { path: string; ratePerSecond: number; idle: ProbeResult; duringBurst: ProbeResult };
};

function probeCells(probe: ProbeResult): string[] {
  const statuses = Object.entries(probe.statuses).map(([status, count]) => `${status}×${count}`);
  if (probe.errors > 0) statuses.push(`errors×${probe.errors}`);
  return [String(probe.responses), fixed(probe.p50Ms, 1), fixed(probe.p99Ms, 1), statuses.join(" ")];
}

function probeTable({ probe }: SubmitRun): string {
  return markdownTable(
    ["when", "responses", "p50 ms", "p99 ms", "statuses", "p99 ÷ idle p99"],
    [
      ["idle", ...probeCells(probe.idle), "1.00×"],
      ["during the burst", ...probeCells(probe.duringBurst), ratio(probe.duringBurst.p99Ms, probe.idle.p99Ms)],
    ],
  );
}

/** The figures the submit goals are stated in. */
function headlineTable(run: SubmitRun): string {
  return markdownTable(
    ["figure", "this run", "goal"],
    [
      [
        "submit req/s ÷ (c) req/s",
        ratio(run.portal.load.requestsPerSecond, run.references.c.load.requestsPerSecond),
        "≥ 0.5×",
      ],
      [`submit p99 at ${run.connections} connections`, `${fixed(run.portal.load.p99Ms, 0)} ms`, "< 150 ms at 50"],
      ["article p99 during the burst ÷ idle", ratio(run.probe.duringBurst.p99Ms, run.probe.idle.p99Ms), "≤ 2×"],
    ],
  );
}

export function submitReport(run: SubmitRun): string {
  const { b, c } = run.references;
  return [
    comparisonTable(
      `Final submit, ${run.connections} connections`,
      [b, c, run.portal],
      [
        { key: "b", measurement: b },
        { key: "c", measurement: c },
      ],
    ),
    "Ratios: each figure ÷ the same figure of the reference named in the column, in this run.",
    "",
    `### A reader's article view (${run.probe.path}, ${run.probe.ratePerSecond}/s as a browser asks for it, on a fixed schedule), idle and during the burst`,
    "",
    probeTable(run),
    "",
    "### Headline figures",
    "",
    headlineTable(run),
  ].join("\n");
}
