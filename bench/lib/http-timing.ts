import { performance } from "node:perf_hooks";
import { percentile } from "./percentile";
import { fixed, markdownTable } from "./table";

export type UrlTiming = {
  path: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  /** Responses per HTTP status: a timing of redirects to the sign-in page is no timing of the page. */
  statuses: Record<number, number>;
  bytes: number;
};

async function timeOnce(
  url: string,
  cookie: string | undefined,
): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength };
}

/**
 * Requests each path one after another (never two at once), `rounds` times, and reports each
 * path's p50 and p95 from the time the request left until the whole body was read. The paths take
 * turns round by round, so a slow moment of a shared machine spreads over all of them. The first
 * `warmupRounds` rounds are not recorded.
 */
export async function timeSequentially(
  baseUrl: string,
  paths: readonly string[],
  { cookie, rounds = 20, warmupRounds = 2 }: { cookie?: string; rounds?: number; warmupRounds?: number } = {},
): Promise<UrlTiming[]> {
  const samples = new Map(paths.map((path) => [path, [] as number[]]));
  const statuses = new Map(paths.map((path) => [path, {} as Record<number, number>]));
  const bytes = new Map<string, number>();
  for (let round = 0; round < warmupRounds + rounds; round++) {
    for (const path of paths) {
      const result = await timeOnce(`${baseUrl}${path}`, cookie);
      if (round < warmupRounds) continue;
      samples.get(path)?.push(result.ms);
      const counts = statuses.get(path) ?? {};
      counts[result.status] = (counts[result.status] ?? 0) + 1;
      bytes.set(path, result.bytes);
    }
  }
  return paths.map((path) => {
    const times = samples.get(path) ?? [];
    return {
      path,
      samples: times.length,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      statuses: statuses.get(path) ?? {},
      bytes: bytes.get(path) ?? 0,
    };
  });
}

/** The timings as a table: path, p50, p95, statuses, response size. */
export function urlTimingTable(timings: readonly UrlTiming[]): string {
  return markdownTable(
    ["path", "samples", "p50 ms", "p95 ms", "statuses", "KB"],
    timings.map((timing) => [
      timing.path,
      String(timing.samples),
      fixed(timing.p50Ms, 1),
      fixed(timing.p95Ms, 1),
      Object.entries(timing.statuses)
        .map(([status, count]) => `${status}×${count}`)
        .join(" "),
      fixed(timing.bytes / 1024, 1),
    ]),
  );
}
