import { describe, expect, it } from "vitest";
import { checkForBots, timeTrapValue } from "~/server/flow/bot-checks.server";
import { RateLimiter } from "~/server/http/rate-limit.server";

const SECRET = "s".repeat(40);

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("bot checks", () => {
  const now = 1_800_000_000_000;

  it("let a person through", () => {
    expect(
      checkForBots(form({ formStarted: timeTrapValue(SECRET, "draft-7", now - 20_000), website: "" }), {
        secret: SECRET,
        draftId: "draft-7",
        minFillMs: 3_000,
        now,
      }),
    ).toEqual({ ok: true });
  });

  it("catch a filled honeypot", () => {
    expect(
      checkForBots(form({ formStarted: timeTrapValue(SECRET, "draft-7", now - 20_000), website: "x" }), {
        secret: SECRET,
        draftId: "draft-7",
        minFillMs: 3_000,
        now,
      }),
    ).toEqual({ ok: false, reason: "honeypot" });
  });

  it("catch a form sent back too fast", () => {
    expect(
      checkForBots(form({ formStarted: timeTrapValue(SECRET, "draft-7", now - 1_000) }), {
        secret: SECRET,
        draftId: "draft-7",
        minFillMs: 3_000,
        now,
      }),
    ).toEqual({ ok: false, reason: "too-fast" });
  });

  it("catch a time stamp signed with another secret", () => {
    expect(
      checkForBots(form({ formStarted: timeTrapValue("another-secret", "draft-7", now - 20_000) }), {
        secret: SECRET,
        draftId: "draft-7",
        minFillMs: 3_000,
        now,
      }),
    ).toEqual({ ok: false, reason: "bad-time-token" });
  });

  it("catch a time stamp issued for another draft", () => {
    expect(
      checkForBots(form({ formStarted: timeTrapValue(SECRET, "draft-8", now - 20_000) }), {
        secret: SECRET,
        draftId: "draft-7",
        minFillMs: 3_000,
        now,
      }),
    ).toEqual({ ok: false, reason: "bad-time-token" });
  });

  it("catch a form older than a day", () => {
    expect(
      checkForBots(form({ formStarted: timeTrapValue(SECRET, "draft-7", now - 2 * 86_400_000) }), {
        secret: SECRET,
        draftId: "draft-7",
        minFillMs: 3_000,
        now,
      }),
    ).toEqual({ ok: false, reason: "bad-time-token" });
  });
});

describe("the rate limiter", () => {
  it("allows the limit within the window, then refuses", () => {
    const limiter = new RateLimiter(2, 60_000);
    expect([limiter.attempt("a", 0), limiter.attempt("a", 1), limiter.attempt("a", 2)]).toEqual([true, true, false]);
  });

  it("counts each key on its own", () => {
    const limiter = new RateLimiter(1, 60_000);
    expect([limiter.attempt("a", 0), limiter.attempt("b", 0)]).toEqual([true, true]);
  });

  it("lets a key try again once the window has passed, and says when", () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.attempt("a", 0);
    expect(limiter.retryAfterSeconds("a", 30_000)).toBe(30);
    expect(limiter.attempt("a", 60_001)).toBe(true);
  });

  it("forgets the oldest keys rather than grow without bound", () => {
    const limiter = new RateLimiter(1, 60_000, 2);
    limiter.attempt("a", 0);
    limiter.attempt("b", 0);
    limiter.attempt("c", 0);
    expect(limiter.attempt("a", 1)).toBe(true);
  });
});
