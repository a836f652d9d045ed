/**
 * `npm run bench:profile -- <file.cpuprofile> [--within NAME] [--count N] [--top N]`: where a
 * thread's time went in a CPU profile, such as the ones a bench writes of the portal when
 * BENCH_PORTAL_CPU_PROFILE_DIR is set (docs/performance.md).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type CpuProfile, summariseProfile } from "../lib/cpu-profile";
import { fixed, markdownTable } from "../lib/table";

const USAGE = `Usage: npm run bench:profile -- <file.cpuprofile> [--within NAME] [--count N] [--top N]
  --within NAME  count only from the first to the last sample with the function NAME on the stack
                 (for the final submit of bench:submit: storeLead)
  --count N      also divide each figure by N (the submits or requests of that stretch)
  --top N        functions listed, by self time (default 30)`;

function readOptions() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        within: { type: "string" },
        count: { type: "string" },
        top: { type: "string" },
        help: { type: "boolean" },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const count = values.count === undefined ? null : Number(values.count);
    const top = Number(values.top ?? 30);
    if (positionals.length !== 1) throw new Error("Name one profile file");
    if (count !== null && !(Number.isInteger(count) && count >= 1))
      throw new Error("--count must be a whole number of at least 1");
    if (!(Number.isInteger(top) && top >= 1)) throw new Error("--top must be a whole number of at least 1");
    return { file: positionals[0] as string, within: values.within, count, top };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

function readProfile(file: string): CpuProfile {
  try {
    const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    if (!Array.isArray(profile.nodes) || !Array.isArray(profile.samples) || !Array.isArray(profile.timeDeltas)) {
      throw new Error("not a CPU profile (nodes, samples and timeDeltas expected)");
    }
    return profile;
  } catch (error) {
    console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

const options = readOptions();
const profile = readProfile(options.file);
const summary = summariseProfile(profile, { within: options.within });
const each = (ms: number) => (options.count ? fixed(ms / options.count, 2) : "");
const whole = (ms: number) => fixed(ms, 0);

console.log(
  options.within
    ? `From the first to the last sample running ${options.within}: ${whole(summary.windowMs)} ms`
    : `The whole profile: ${whole(summary.windowMs)} ms`,
);
console.log(
  `busy ${whole(summary.busyMs)} ms, idle ${whole(summary.idleMs)} ms` +
    (options.count ? `; per one of ${options.count}: busy ${each(summary.busyMs)} ms` : ""),
);
console.log(
  `\n${markdownTable(
    ["self ms", "share of busy", ...(options.count ? ["ms each"] : []), "function"],
    summary.functions
      .slice(0, options.top)
      .map((fn) => [
        whole(fn.ms),
        `${((100 * fn.ms) / (summary.busyMs || 1)).toFixed(1)} %`,
        ...(options.count ? [each(fn.ms)] : []),
        fn.name,
      ]),
  )}`,
);
