import { describe, expect, it } from "vitest";
import { deliveryRetryDelayMs, shouldDisableEndpoint } from "~/domain/webhooks/retry";

describe("webhook retries", () => {
  it("waits a random time up to a ceiling that doubles with each attempt (full jitter)", () => {
    expect(deliveryRetryDelayMs(1, 0.999_999)).toBe(29_999);
    expect(deliveryRetryDelayMs(2, 0.999_999)).toBe(59_999);
    expect(deliveryRetryDelayMs(4, 0.5)).toBe(120_000);
    expect(deliveryRetryDelayMs(3, 0)).toBe(0);
  });

  it("never waits more than six hours", () => {
    expect(deliveryRetryDelayMs(30, 0.999_999)).toBeLessThan(6 * 60 * 60 * 1000);
  });

  it("disables an endpoint only when it has failed often enough for long enough", () => {
    const policy = { failures: 5, periodMs: 60_000 };
    const now = new Date("2026-12-01T12:00:00Z");
    const since = (ms: number) => new Date(now.getTime() - ms);
    expect(shouldDisableEndpoint({ consecutiveFailures: 5, failingSince: since(60_000) }, now, policy)).toBe(true);
    expect(shouldDisableEndpoint({ consecutiveFailures: 4, failingSince: since(600_000) }, now, policy)).toBe(false);
    expect(shouldDisableEndpoint({ consecutiveFailures: 50, failingSince: since(1_000) }, now, policy)).toBe(false);
    expect(shouldDisableEndpoint({ consecutiveFailures: 0, failingSince: null }, now, policy)).toBe(false);
  });
});
