import { type LoadResult, runLoad, startLoad } from "../lib/load";

// A reader's view of the site: a steady trickle of article views, spread over enough connections
// that one stalled response does not hold the others back.
const PROBE_CONNECTIONS = 10;
const UNTIL_STOPPED_SECONDS = 3_600;

/** Article views at a fixed rate on an otherwise idle portal. */
export function idleProbe(url: string, ratePerSecond: number, seconds: number): Promise<LoadResult> {
  return runLoad({ url, connections: PROBE_CONNECTIONS, overallRate: ratePerSecond, durationSeconds: seconds });
}

/** Article views at a fixed rate from now until `stop`, e.g. for as long as a burst of submits lasts. */
export function startProbe(url: string, ratePerSecond: number): { stop: () => Promise<LoadResult> } {
  const run = startLoad({ url, connections: PROBE_CONNECTIONS, overallRate: ratePerSecond, durationSeconds: UNTIL_STOPPED_SECONDS });
  return {
    stop: () => {
      run.stop();
      return run.done;
    },
  };
}
