import { describeStatuses } from "./load";
import type { Measurement } from "./measure";
import { fixed, markdownTable, megabytes, ratio } from "./table";

export type Reference = { key: string; measurement: Measurement };

const requestsPerSecond = (m: Measurement) => m.load.requestsPerSecond;

/** The figures every table shows, with how to read their ratios. */
const FIGURES: { name: string; of: (m: Measurement) => number }[] = [
  { name: "req/s", of: requestsPerSecond },
  { name: "p50", of: (m) => m.load.p50Ms },
  { name: "p99", of: (m) => m.load.p99Ms },
  { name: "CPU/req", of: (m) => m.cpuMsPerRequest },
  { name: "RSS", of: (m) => m.rssBytes },
];

function absoluteRow(m: Measurement): string[] {
  return [
    m.label,
    String(m.load.responses),
    fixed(m.load.requestsPerSecond, m.load.requestsPerSecond < 100 ? 1 : 0),
    fixed(m.load.p50Ms, 1),
    fixed(m.load.p99Ms, 1),
    fixed(m.cpuMsPerRequest, 2),
    megabytes(m.rssBytes),
    fixed(m.load.bytesPerResponse / 1024, 1),
    describeStatuses(m.load),
    m.note ?? "",
  ];
}

/**
 * One benchmark's table: absolute figures for every server, then each figure as a ratio to each
 * reference of the same run (req/s: higher is better; latency, CPU and memory: lower is better).
 */
export function comparisonTable(title: string, rows: Measurement[], references: Reference[]): string {
  const absolute = markdownTable(
    ["server", "responses", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "RSS MB", "KB/resp", "statuses", "note"],
    rows.map(absoluteRow),
  );
  const ratioHeader = [
    "server",
    ...references.flatMap((reference) => FIGURES.map((figure) => `${figure.name} ÷ (${reference.key})`)),
  ];
  const ratioRows = rows
    .filter((row) => !references.some((reference) => reference.measurement === row))
    .map((row) => [
      row.label,
      ...references.flatMap((reference) =>
        FIGURES.map((figure) => ratio(figure.of(row), figure.of(reference.measurement))),
      ),
    ]);
  return [`### ${title}`, "", absolute, "", ratioRows.length > 0 ? markdownTable(ratioHeader, ratioRows) : "", ""].join(
    "\n",
  );
}
