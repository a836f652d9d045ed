import { performance } from "node:perf_hooks";
import { percentile } from "./percentile";

export type ProbeResult = {
  responses: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<number, number>;
  errors: number;
};

/**
 * GET requests sent on a fixed schedule (`ratePerSecond`), whether or not earlier ones have been
 * answered: a reader arrives when they arrive, not when the server is ready. A server that stalls
 * therefore shows its stall in the latencies instead of thinning the probe out.
 */
export function startPacedProbe(
  url: string,
  ratePerSecond: number,
  headers: Record<string, string> = {},
): { stop: () => Promise<ProbeResult> } {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  const inFlight = new Set<Promise<void>>();

  const probeOnce = async () => {
    const started = performance.now();
    try {
      const response = await fetch(url, { headers, redirect: "manual" });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    } catch {
      errors += 1;
    }
  };
  const timer = setInterval(() => {
    const request = probeOnce();
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }, 1000 / ratePerSecond);

  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all(inFlight);
      return {
        responses: latencies.length,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        statuses,
        errors,
      };
    },
  };
}

/** The paced probe for a fixed time. */
export async function pacedProbe(
  url: string,
  ratePerSecond: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<ProbeResult> {
  const probe = startPacedProbe(url, ratePerSecond, headers);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return probe.stop();
}
