/**
 * `npm run bench:lighthouse [-- --runs 3]`: Lighthouse (mobile, its default simulated throttling)
 * against the built server, on an article and on the flow's first step, in Chromium
 * (CHROME_PATH, else the system Chromium). Prints the median of each score over the runs and
 * writes every report to tests/.tmp/lighthouse/. Needs `npm run build`; not part of `npm test`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { readArticleFiles } from "~/server/seed/article-files.server";
import { chromiumPath } from "../../tests/support/chromium";
import { FlowVisitor } from "../../tests/support/flow-client";
import { TMP_ROOT } from "../../tests/support/paths";
import { startServer } from "../../tests/support/server";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
] as const;
const GOALS: Partial<Record<(typeof CATEGORIES)[number], number>> = { performance: 95, accessibility: 100 };

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Math.max(1, Number(values.runs) || 3);
const chromePath = process.env.CHROME_PATH || chromiumPath({ full: true });
if (!chromePath) {
  console.error("No Chromium found: set CHROME_PATH or install chromium.");
  process.exit(1);
}
const reportDir = path.join(TMP_ROOT, "lighthouse");
mkdirSync(reportDir, { recursive: true });

const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

try {
  const article = (await readArticleFiles()).find((candidate) => candidate.status === "published");
  if (!article) throw new Error("No published article in the seed");
  // The flow's steps belong to a draft: start one as a visitor would and send its cookie.
  const visitor = new FlowVisitor(server.baseUrl);
  await visitor.start();

  const pages: Array<{ name: string; url: string; headers: Record<string, string> }> = [
    { name: "article", url: `${server.baseUrl}/insights/${article.slug}`, headers: {} },
    { name: "flow, first step", url: `${server.baseUrl}/assess/company`, headers: { Cookie: visitor.cookie } },
  ];
  let missed = false;
  for (const page of pages) {
    const scores: Record<string, number[]> = {};
    const metrics: Record<string, number[]> = {};
    for (let run = 1; run <= runs; run++) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        extraHeaders: page.headers,
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      writeFileSync(path.join(reportDir, `${page.name.replace(/\W+/g, "-")}-${run}.json`), String(result.report));
      for (const category of CATEGORIES)
        (scores[category] ??= []).push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
      for (const metric of METRICS)
        (metrics[metric] ??= []).push(result.lhr.audits[metric]?.numericValue ?? Number.NaN);
    }
    console.log(`\n${page.name} (${page.url.replace(server.baseUrl, "")}), median of ${runs}:`);
    for (const category of CATEGORIES) {
      const score = median(scores[category] ?? []);
      const goal = GOALS[category];
      if (goal !== undefined && score < goal) missed = true;
      console.log(
        `  ${category.padEnd(15)} ${String(score).padStart(3)}${goal === undefined ? "" : score >= goal ? `  (goal ≥ ${goal}: met)` : `  (goal ≥ ${goal}: MISSED)`}   runs: ${(scores[category] ?? []).join(", ")}`,
      );
    }
    for (const metric of METRICS) {
      const value = median(metrics[metric] ?? []);
      console.log(
        `  ${metric.padEnd(25)} ${metric === "cumulative-layout-shift" ? value.toFixed(3) : `${Math.round(value)} ms`}`,
      );
    }
  }
  console.log(`\nReports: ${reportDir}`);
  process.exitCode = missed ? 1 : 0;
} finally {
  chrome.kill();
  await server.stop();
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
