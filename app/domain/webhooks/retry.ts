/** Attempts of one delivery before it is given up as failed (the first try and seven retries). */
export const MAX_DELIVERY_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * Exponential backoff with full jitter: after attempt n the next one comes at a random moment
 * between now and 30 s × 2^(n-1) (capped at 6 h). Full jitter spreads the retries of many
 * deliveries failed by the same outage over the whole window, so a receiver that comes back is
 * not hit by all of them at once. `random` is a number in [0, 1).
 */
export function deliveryRetryDelayMs(attempt: number, random: number, baseMs = BASE_DELAY_MS): number {
  const ceiling = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(ceiling * random);
}

/** When an endpoint that keeps failing is switched off: both limits must be passed. */
export type DisablePolicy = {
  /** Failed attempts in a row, with no success between them. */
  failures: number;
  /** How long the endpoint has been failing, from its first failure in the row. */
  periodMs: number;
};

export const DEFAULT_DISABLE_POLICY: DisablePolicy = { failures: 20, periodMs: 24 * 60 * 60 * 1000 };

/**
 * Whether an endpoint should be disabled: it has failed `failures` times in a row over at least
 * `periodMs`. Requiring both keeps one short outage (many deliveries failing within minutes) from
 * switching off an endpoint that will be back in an hour.
 */
export function shouldDisableEndpoint(
  state: { consecutiveFailures: number; failingSince: Date | null },
  now: Date,
  policy: DisablePolicy = DEFAULT_DISABLE_POLICY,
): boolean {
  if (state.failingSince === null) return false;
  return (
    state.consecutiveFailures >= policy.failures && now.getTime() - state.failingSince.getTime() >= policy.periodMs
  );
}
