import { describe, expect, it } from "vitest";
import { throttledContentVersion } from "~/server/http/content-version.server";

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("the content version the page cache checks", () => {
  it("asks the database at most once per interval, however many requests arrive", async () => {
    const time = clock();
    let reads = 0;
    const version = throttledContentVersion(async () => `v${++reads}`, { everyMs: 1_000, now: time.now });
    expect(await Promise.all([version(), version(), version()])).toEqual(["v1", "v1", "v1"]);
    time.advance(999);
    expect(await version()).toBe("v1");
    time.advance(1);
    expect(await version()).toBe("v2");
    expect(reads).toBe(2);
  });

  it("asks again on the next request after a failed read", async () => {
    const time = clock();
    const answers = [Promise.reject(new Error("database busy")), Promise.resolve("v2")];
    answers[0]?.catch(() => undefined);
    const version = throttledContentVersion(() => answers.shift() ?? Promise.resolve("later"), { everyMs: 1_000, now: time.now });
    await expect(version()).rejects.toThrow("database busy");
    expect(await version()).toBe("v2");
  });
});
