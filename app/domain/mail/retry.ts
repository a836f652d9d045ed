/** How many times an email is tried before it is declared dead and shown as such. */
export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60 * 1000;

/**
 * Exponential backoff with jitter: 30 s, 1 min, 2 min … capped at an hour, each spread by
 * ±20 % so that jobs failed by the same outage do not all come back at the same instant.
 * `random` is a number in [0, 1).
 */
export function retryDelayMs(attempt: number, random: number): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * random));
}

/**
 * Whether a failed send may succeed later: network failures (no status), rate limiting and
 * provider errors may; any other refusal (a bad address, a rejected payload) will not.
 */
export function isRetryable(statusCode: number | null | undefined): boolean {
  return statusCode === null || statusCode === undefined || statusCode === 429 || statusCode >= 500;
}
