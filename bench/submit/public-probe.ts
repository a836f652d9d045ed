import { type LoadResult, runLoad, startLoad } from "../lib/load";

const UNTIL_STOPPED_SECONDS = 3_600;

/**
 * A reader's view of the site: a steady trickle of article views. Each connection waits for its
 * answer before it sends again, so the views are spread over enough connections (one request per
 * connection every two seconds) that answers slowed by a burst do not thin the trickle out.
 */
function probeLoad(url: string, ratePerSecond: number) {
  return { url, overallRate: ratePerSecond, connections: Math.max(1, Math.ceil(ratePerSecond * 2)) };
}

/** Article views at a fixed rate on an otherwise idle portal. */
export function idleProbe(url: string, ratePerSecond: number, seconds: number): Promise<LoadResult> {
  return runLoad({ ...probeLoad(url, ratePerSecond), durationSeconds: seconds });
}

/** Article views at a fixed rate from now until `stop`, e.g. for as long as a burst of submits lasts. */
export function startProbe(url: string, ratePerSecond: number): { stop: () => Promise<LoadResult> } {
  const run = startLoad({ ...probeLoad(url, ratePerSecond), durationSeconds: UNTIL_STOPPED_SECONDS });
  return {
    stop: () => {
      run.stop();
      return run.done;
    },
  };
}
