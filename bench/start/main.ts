/**
 * `npm run bench:start`: how long the portal's production build takes to start, and the CPU it
 * spends doing so, beside the references started in the same rounds. Every integration test file
 * starts the built server at least once, so this cost is paid some fifty times per `npm test`.
 *
 * Each round starts, in turn, the static reference (a), the insert reference (b), the minimal
 * Remix reference (c) and the portal, on a database that is already migrated and seeded (as a
 * test server's copy of the template is), and records for each the time until it prints that it
 * listens, the CPU time it used by then, and the CPU time two seconds later, once the work it
 * starts in the background (the portal's mail worker thread) has settled.
 */
import { copyFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { readNumberOptions } from "../lib/args";
import { ensurePortalBuild } from "../lib/build";
import { runBench } from "../lib/cleanup";
import { describeMachine } from "../lib/machine";
import { PROJECT_ROOT, freshTempDirectory } from "../lib/paths";
import { percentile } from "../lib/percentile";
import { type RunningServer, startProcessServer } from "../lib/process-server";
import { REFERENCE_NAMES, startInsertReference, startRemixReference, startStaticReference } from "../lib/references";
import { fixed, markdownTable, ratio } from "../lib/table";
import { processUsage, releaseUsageReaders } from "../lib/usage";

const options = readNumberOptions("bench:start", [
  { name: "rounds", default: 10, description: "starts of each server" },
  { name: "settle", default: 2, min: 0, description: "seconds after listening before the second CPU reading" },
] as const);

type Start = { listeningMs: number; cpuAtListeningMs: number; cpuSettledMs: number };

const PORTAL = "the portal (production build)";

/** A migrated, seeded database made by one start of the portal, copied for every measured start. */
async function preparedDatabase(): Promise<string> {
  const template = path.join(freshTempDirectory("start-template"), "template.db");
  const portal = await startPortalOn(template);
  await portal.stop();
  return template;
}

function startPortalOn(databasePath: string): Promise<RunningServer> {
  return startProcessServer({
    name: PORTAL,
    args: [path.join(PROJECT_ROOT, "build", "index.js")],
    cwd: PROJECT_ROOT,
    env: { NODE_ENV: "production", SESSION_SECRET: randomBytes(32).toString("hex"), DATABASE_PATH: databasePath },
  });
}

async function timeStart(start: () => Promise<RunningServer>): Promise<Start> {
  const startedAt = performance.now();
  const server = await start();
  const listeningMs = performance.now() - startedAt;
  const cpuAtListeningMs = (await processUsage(server.pid)).cpuMs;
  await new Promise((resolve) => setTimeout(resolve, options.settle * 1000));
  const cpuSettledMs = (await processUsage(server.pid)).cpuMs;
  await server.stop();
  return { listeningMs, cpuAtListeningMs, cpuSettledMs };
}

async function main(): Promise<number> {
  console.log(`# bench:start\n\n${describeMachine()}\n`);
  ensurePortalBuild();
  const template = await preparedDatabase();
  const starters: Array<[string, () => Promise<RunningServer>]> = [
    [REFERENCE_NAMES.a, startStaticReference],
    [REFERENCE_NAMES.b, () => startInsertReference()],
    [REFERENCE_NAMES.c, () => startRemixReference()],
    [
      PORTAL,
      () => {
        const databasePath = path.join(freshTempDirectory("start"), "impact-desk.db");
        copyFileSync(template, databasePath);
        return startPortalOn(databasePath);
      },
    ],
  ];
  const starts = new Map<string, Start[]>(starters.map(([name]) => [name, []]));
  // Server by server within each round, so a busy spell of a shared machine falls on all of them.
  for (let round = 1; round <= options.rounds; round++) {
    process.stdout.write(`Round ${round} of ${options.rounds}…\r`);
    for (const [name, start] of starters) starts.get(name)?.push(await timeStart(start));
  }
  releaseUsageReaders();

  const median = (name: string, pick: (start: Start) => number) => percentile((starts.get(name) ?? []).map(pick), 50);
  const reference = REFERENCE_NAMES.c;
  const rows = starters.map(([name]) => [
    name,
    fixed(
      median(name, (start) => start.listeningMs),
      0,
    ),
    fixed(
      median(name, (start) => start.cpuAtListeningMs),
      0,
    ),
    fixed(
      median(name, (start) => start.cpuSettledMs),
      0,
    ),
    ratio(
      median(name, (start) => start.cpuSettledMs),
      median(reference, (start) => start.cpuSettledMs),
    ),
  ]);
  console.log(
    `\n### Server start, median of ${options.rounds} starts each\n\n${markdownTable(
      [
        "server",
        "ms until listening",
        "CPU ms by then",
        `CPU ms ${options.settle} s later`,
        `CPU ÷ ${reference.slice(0, 3)}`,
      ],
      rows,
    )}`,
  );
  return 0;
}

runBench(main);
