/**
 * `npm run bench:pages`: in one run, the static reference (a), the reference Remix page (c) and the
 * portal's article, home and insights pages, each as a plain client, accepting brotli and
 * revalidating, at 50 connections; then the portal's memory after the whole run.
 */
import { readNumberOptions } from "../lib/args";
import { ensurePortalBuild } from "../lib/build";
import { runBench } from "../lib/cleanup";
import { describeMachine } from "../lib/machine";
import { type Measurement, measure, warmUp } from "../lib/measure";
import { PORTAL_ARTICLE_PATH, startPortal } from "../lib/portal";
import type { RunningServer } from "../lib/process-server";
import { startRemixReference, startStaticReference } from "../lib/references";
import { processUsage, releaseUsageReaders, watchPeakRss } from "../lib/usage";
import { pagesReport } from "./report";
import { VARIANTS, type Variant, loadFor } from "./variants";

const options = readNumberOptions("bench:pages", [
  { name: "duration", default: 10, description: "seconds of load per page and variant (the portal gets 9 of them)" },
  { name: "connections", default: 50, description: "concurrent connections" },
  { name: "warmup", default: 3, min: 0, description: "seconds of unmeasured load on each page before it is measured" },
] as const);

type Target = { key: string; label: string; server: RunningServer; path: string };

const urlOf = (target: Target) => `${target.server.baseUrl}${target.path}`;

async function assertServes(target: Target): Promise<void> {
  const response = await fetch(urlOf(target));
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${target.label} answered ${response.status} before the run`);
}

async function main(): Promise<number> {
  console.log(`# bench:pages\n\n${describeMachine()}\n`);
  ensurePortalBuild();
  const staticReference = await startStaticReference();
  const remixReference = await startRemixReference();
  const portal = await startPortal();
  const idleRss = (await processUsage(portal.pid)).rssBytes;

  const targets: Target[] = [
    { key: "a", label: "(a) static reference", server: staticReference, path: "/" },
    { key: "c", label: "(c) Remix reference page", server: remixReference, path: "/" },
    { key: "article", label: `portal article ${PORTAL_ARTICLE_PATH}`, server: portal, path: PORTAL_ARTICLE_PATH },
    { key: "home", label: "portal home /", server: portal, path: "/" },
    { key: "insights", label: "portal insights list /insights", server: portal, path: "/insights" },
  ];
  for (const target of targets) await assertServes(target);

  const results = new Map<string, Measurement>();
  const portalMemory = watchPeakRss(portal.pid);
  let portalSeconds = 0;
  for (const target of targets) {
    console.log(`Warming up ${target.label}…`);
    await warmUp({ url: urlOf(target), connections: options.connections }, options.warmup);
  }
  // Kind of client by kind of client, every page in turn: a page and its references are measured
  // minutes apart at most, so a busy spell of a shared machine spreads over all of them.
  for (const variant of VARIANTS) {
    console.log(`Loading every page as a ${variant.id} client…`);
    for (const target of targets) {
      const { options: load, note } = await loadFor(urlOf(target), variant.id, {
        connections: options.connections,
        durationSeconds: options.duration,
      });
      const measurement = await measure(target.label, target.server, load, note);
      results.set(`${target.key}:${variant.id}`, measurement);
      if (target.server === portal) portalSeconds += measurement.load.durationSeconds;
    }
  }
  const peakRss = await portalMemory.stop();
  const finalRss = (await processUsage(portal.pid)).rssBytes;
  releaseUsageReaders();

  const result = (key: string, variant: Variant) => {
    const found = results.get(`${key}:${variant}`);
    if (!found) throw new Error(`No result for ${key} ${variant}`);
    return found;
  };
  console.log(
    `\n${pagesReport({
      result,
      pageKeys: targets.map((target) => target.key),
      connections: options.connections,
      durationSeconds: options.duration,
      portalMemory: { idleRss, finalRss, peakRss, loadSeconds: portalSeconds },
    })}`,
  );
  return 0;
}

runBench(main);
