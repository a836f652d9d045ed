import { log } from "./log.server";

export type PollingWorker = { stop: () => Promise<void> };

/** What each round of a polling worker is given: when to stop claiming, and when to abandon what is under way. */
export interface RoundControl {
  shouldStop: () => boolean;
  signal: AbortSignal;
}

/**
 * A cheap question asked every `everyMs` between rounds; a true answer starts the next round at
 * once instead of at the end of the interval (for example: has another connection committed?).
 */
export interface EarlyWake {
  check: () => Promise<boolean>;
  everyMs: number;
}

/**
 * Runs `round` every `intervalMs` until stopped, or sooner when `wakeEarly` says there may be
 * work; a round (or a check) that throws is logged and the loop goes on as usual. Stopping wakes
 * the loop, lets the round under way finish for up to `stopGraceMs`, then aborts it through
 * `signal`, so a receiver that never answers cannot hold up a shutdown.
 */
export function startPollingWorker(
  name: string,
  round: (control: RoundControl) => Promise<unknown>,
  { intervalMs, stopGraceMs, wakeEarly }: { intervalMs: number; stopGraceMs: number; wakeEarly?: EarlyWake },
): PollingWorker {
  let stopping = false;
  let wake: (() => void) | undefined;
  const abandon = new AbortController();
  const logFailure = (error: unknown) =>
    log.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, ms).unref();
    });
  /** Waits out the interval, looking for early work every `wakeEarly.everyMs` on the way. */
  const pause = async () => {
    const until = Date.now() + intervalMs;
    for (let left = intervalMs; left > 0 && !stopping; left = until - Date.now()) {
      await sleep(wakeEarly ? Math.min(left, wakeEarly.everyMs) : left);
      if (!wakeEarly || stopping) continue;
      const hasWork = await wakeEarly.check().catch((error: unknown) => {
        logFailure(error);
        return false;
      });
      if (hasWork) return;
    }
  };
  const loop = (async () => {
    while (!stopping) {
      try {
        await round({ shouldStop: () => stopping, signal: abandon.signal });
      } catch (error) {
        logFailure(error);
      }
      if (stopping) break;
      await pause();
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
