import { log } from "./log.server";

export type PollingWorker = { stop: () => Promise<void> };

/** What each round of a polling worker is given: when to stop claiming, and when to abandon what is under way. */
export interface RoundControl {
  shouldStop: () => boolean;
  signal: AbortSignal;
}

/**
 * Runs `round` every `intervalMs` until stopped; a round that throws is logged and the next one
 * runs as usual. Stopping wakes the loop, lets the round under way finish for up to `stopGraceMs`,
 * then aborts it through `signal`, so a receiver that never answers cannot hold up a shutdown.
 */
export function startPollingWorker(
  name: string,
  round: (control: RoundControl) => Promise<unknown>,
  { intervalMs, stopGraceMs }: { intervalMs: number; stopGraceMs: number },
): PollingWorker {
  let stopping = false;
  let wake: (() => void) | undefined;
  const abandon = new AbortController();
  const loop = (async () => {
    while (!stopping) {
      try {
        await round({ shouldStop: () => stopping, signal: abandon.signal });
      } catch (error) {
        log.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, intervalMs).unref();
      });
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      wake?.();
      const deadline = setTimeout(() => abandon.abort(), stopGraceMs);
      await loop;
      clearTimeout(deadline);
    },
  };
}
