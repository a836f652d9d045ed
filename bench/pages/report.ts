import type { Measurement } from "../lib/measure";
import { comparisonTable } from "../lib/report";
import { fixed, markdownTable, megabytes, ratio } from "../lib/table";
import { VARIANTS, type Variant } from "./variants";

export type PagesRun = {
  /** Measurements by page key ("a", "c", "article", "home", "insights") and variant. */
  result: (key: string, variant: Variant) => Measurement;
  pageKeys: string[];
  connections: number;
  durationSeconds: number;
  portalMemory: { idleRss: number; finalRss: number; peakRss: number; loadSeconds: number };
};

/** One table per kind of client, each page's figures beside the static (a) and Remix (c) references. */
function variantTables(run: PagesRun): string {
  return VARIANTS.map((variant) =>
    comparisonTable(
      `${variant.title}, ${run.connections} connections, ${run.durationSeconds} s each`,
      run.pageKeys.map((key) => run.result(key, variant.id)),
      [
        { key: "a", measurement: run.result("a", variant.id) },
        { key: "c", measurement: run.result("c", variant.id) },
      ],
    ),
  ).join("\n");
}

function memoryTable({ portalMemory }: PagesRun): string {
  return markdownTable(
    ["when", "RSS MB"],
    [
      ["idle, after start", megabytes(portalMemory.idleRss)],
      [
        `after the whole run (${fixed(portalMemory.loadSeconds, 0)} s of measured load on the portal, plus warm-ups)`,
        megabytes(portalMemory.finalRss),
      ],
      ["peak during the run", megabytes(portalMemory.peakRss)],
    ],
  );
}

/** The figures the public-pages goals are stated in. */
function headlineTable(run: PagesRun): string {
  const article = run.result("article", "plain");
  const remixPage = run.result("c", "plain");
  return markdownTable(
    ["figure", "this run", "goal"],
    [
      [
        "article req/s ÷ (c) req/s, both plain",
        ratio(article.load.requestsPerSecond, remixPage.load.requestsPerSecond),
        "≥ 1.0×",
      ],
      [`article p99 at ${run.connections} connections`, `${fixed(article.load.p99Ms, 0)} ms`, "< 100 ms at 50"],
      [
        "revalidated article req/s ÷ (c) plain req/s",
        ratio(run.result("article", "revalidating").load.requestsPerSecond, remixPage.load.requestsPerSecond),
        "≥ 5×",
      ],
      [
        "article with br req/s ÷ article plain req/s",
        ratio(run.result("article", "br").load.requestsPerSecond, article.load.requestsPerSecond),
        "(none set)",
      ],
      ["portal RSS after the run", `${megabytes(run.portalMemory.finalRss)} MB`, "< 300 MB after ≥ 60 s of load"],
    ],
  );
}

export function pagesReport(run: PagesRun): string {
  return [
    variantTables(run),
    "Ratios: each figure ÷ the same figure of the reference named in the column, for the same kind of client, in this run.",
    "",
    "### The portal's memory",
    "",
    memoryTable(run),
    "",
    "### Headline figures",
    "",
    headlineTable(run),
  ].join("\n");
}
