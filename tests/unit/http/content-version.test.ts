import { describe, expect, it } from "vitest";
import { throttledContentVersion } from "~/server/http/content-version.server";

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** A read the test answers when it chooses, as a database connection busy with writes would. */
function controlledReads() {
  const pending: Array<{ resolve: (version: string) => void; reject: (error: Error) => void }> = [];
  return {
    read: () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject })),
    answer: (version: string) => pending.shift()?.resolve(version),
    fail: (message: string) => pending.shift()?.reject(new Error(message)),
    waiting: () => pending.length,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("the content version the page cache checks", () => {
  it("asks the database once for the first requests, which wait for that answer", async () => {
    const reads = controlledReads();
    const version = throttledContentVersion(reads.read, { everyMs: 1_000, now: clock().now });
    const first = Promise.all([version(), version(), version()]);
    expect(reads.waiting()).toBe(1);
    reads.answer("v1");
    expect(await first).toEqual(["v1", "v1", "v1"]);
  });

  it("asks the database at most once per interval, however many requests arrive", async () => {
    const time = clock();
    let reads = 0;
    const version = throttledContentVersion(async () => `v${++reads}`, { everyMs: 1_000, now: time.now });
    await version();
    time.advance(999);
    await Promise.all([version(), version()]);
    expect(reads).toBe(1);
    time.advance(1);
    await Promise.all([version(), version(), version()]);
    expect(reads).toBe(2);
  });

  it("answers with the last version at once while a due check waits for the database, and with the new one after", async () => {
    const time = clock();
    const reads = controlledReads();
    const version = throttledContentVersion(reads.read, { everyMs: 1_000, now: time.now });
    const first = version();
    reads.answer("v1");
    await first;
    time.advance(1_000);
    expect(await version()).toBe("v1");
    expect(reads.waiting()).toBe(1);
    reads.answer("v2");
    await settle();
    expect(await version()).toBe("v2");
  });

  it("asks again on the next request after a failed first read", async () => {
    const reads = controlledReads();
    const version = throttledContentVersion(reads.read, { everyMs: 1_000, now: clock().now });
    const first = version();
    reads.fail("database busy");
    await expect(first).rejects.toThrow("database busy");
    const second = version();
    reads.answer("v2");
    expect(await second).toBe("v2");
  });

  it("keeps the last version after a failed check and checks again on the next request", async () => {
    const time = clock();
    const reads = controlledReads();
    const version = throttledContentVersion(reads.read, { everyMs: 1_000, now: time.now });
    const first = version();
    reads.answer("v1");
    await first;
    time.advance(1_000);
    expect(await version()).toBe("v1");
    reads.fail("database busy");
    await settle();
    expect(await version()).toBe("v1");
    expect(reads.waiting()).toBe(1);
  });
});
