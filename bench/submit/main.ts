/**
 * `npm run bench:submit`: the portal's final submit (POST /assess/review) at 50 connections, beside
 * the two insert references in the same run, a reader's article view before and during the burst,
 * and a check of the rows the burst wrote.
 */
import { ensurePortalBuild } from "../lib/build";
import { runBench } from "../lib/cleanup";
import { describeStatuses } from "../lib/load";
import { readNumberOptions } from "../lib/args";
import { describeMachine } from "../lib/machine";
import { measure, warmUp } from "../lib/measure";
import { type ProbeResult, pacedProbe, startPacedProbe } from "../lib/paced-probe";
import { PORTAL_ARTICLE_PATH, startPortal } from "../lib/portal";
import { startInsertReference, startRemixReference } from "../lib/references";
import { comparisonTable } from "../lib/report";
import { fixed, markdownTable, ratio } from "../lib/table";
import { releaseUsageReaders } from "../lib/usage";
import { validReferenceBody } from "../references/shared/form";
import { measureFinalSubmits } from "./burst";
import { prepareDrafts } from "./drafts";
import { checkSubmittedRows } from "./row-check";


const options = readNumberOptions("bench:submit", [
  { name: "submits", default: 1000, description: "final submits measured on the portal (each a draft prepared over HTTP)" },
  { name: "connections", default: 50, description: "concurrent connections for the submits and the references" },
  { name: "warmup-submits", default: 50, min: 0, description: "submits fired first, unmeasured, to warm the portal up" },
  { name: "reference-seconds", default: 10, description: "how long each insert reference is loaded" },
  { name: "probe-rate", default: 10, description: "article views per second while idle and during the burst" },
  { name: "probe-seconds", default: 15, description: "how long the idle article probe runs" },
] as const);

// The reader asks for the article as a browser does.
const BROWSER_HEADERS = { "Accept-Encoding": "gzip, deflate, br" };

function probeCells(probe: ProbeResult): string[] {
  const statuses = Object.entries(probe.statuses).map(([status, count]) => `${status}×${count}`);
  if (probe.errors > 0) statuses.push(`errors×${probe.errors}`);
  return [String(probe.responses), fixed(probe.p50Ms, 1), fixed(probe.p99Ms, 1), statuses.join(" ")];
}

async function main(): Promise<number> {
  const connections = options.connections;
  console.log(`# bench:submit\n\n${describeMachine()}\n`);
  ensurePortalBuild();

  const portal = await startPortal();
  const total = options.submits + options["warmup-submits"];
  const preparing = Date.now();
  console.log(`Preparing ${total} complete drafts over HTTP…`);
  const cookies = await prepareDrafts(portal.baseUrl, total);
  console.log(`  done in ${((Date.now() - preparing) / 1000).toFixed(1)} s`);

  // The references first, one at a time, while the portal sits idle.
  const references = [];
  for (const start of [startInsertReference, startRemixReference]) {
    const reference = await start();
    const load = {
      url: `${reference.baseUrl}/submit`,
      connections,
      method: "POST" as const,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: validReferenceBody(),
    };
    await warmUp(load, 3);
    references.push(await measure(reference.name, reference, { ...load, durationSeconds: options["reference-seconds"] }));
    await reference.stop();
  }

  const articleUrl = `${portal.baseUrl}${PORTAL_ARTICLE_PATH}`;
  await warmUp({ url: articleUrl, connections: 10 }, 3);
  const warmupCookies = cookies.splice(0, options["warmup-submits"]);
  const warm = warmupCookies.length > 0 ? await measureFinalSubmits("warm-up", portal, warmupCookies, connections) : { successes: 0 };
  const idle = await pacedProbe(articleUrl, options["probe-rate"], options["probe-seconds"], BROWSER_HEADERS);
  const probe = startPacedProbe(articleUrl, options["probe-rate"], BROWSER_HEADERS);
  const burst = await measureFinalSubmits("portal POST /assess/review", portal, cookies, connections);
  const duringBurst = await probe.stop();

  const [insertReference, remixReference] = references;
  if (!insertReference || !remixReference) throw new Error("Both references must have run");
  console.log(
    "\n" +
      comparisonTable(`Final submit, ${connections} connections`, [insertReference, remixReference, burst.measurement], [
        { key: "b", measurement: insertReference },
        { key: "c", measurement: remixReference },
      ]),
  );
  console.log("Ratios: each figure ÷ the same figure of the reference named in the column, in this run.\n");

  console.log(`### A reader's article view (${PORTAL_ARTICLE_PATH}, ${options["probe-rate"]}/s as a browser asks for it, on a fixed schedule), idle and during the burst\n`);
  console.log(
    markdownTable(
      ["when", "responses", "p50 ms", "p99 ms", "statuses", "p99 ÷ idle p99"],
      [
        ["idle", ...probeCells(idle), "1.00×"],
        ["during the burst", ...probeCells(duringBurst), ratio(duringBurst.p99Ms, idle.p99Ms)],
      ],
    ),
  );

  await portal.stop();
  releaseUsageReaders();
  const successes = warm.successes + burst.successes;
  console.log(`\n### Rows written (${warm.successes} warm-up and ${burst.successes} measured successful submits)\n`);
  const check = checkSubmittedRows(portal.databasePath, successes);
  console.log(check.lines.join("\n"));
  const allSucceeded = burst.successes === cookies.length && warm.successes === warmupCookies.length;
  if (!allSucceeded) console.log(`FAIL not every submit succeeded: ${describeStatuses(burst.measurement.load)}`);
  return check.ok && allSucceeded ? 0 : 1;
}

runBench(main);
