import { describe, expect, it } from "vitest";
import { type CpuProfile, summariseProfile } from "../../../bench/lib/cpu-profile";

// A thread that starts up, sits idle, then handles a request: root → handle → query.
const frame = (functionName: string, lineNumber = 0) => ({
  functionName,
  url: "file:///app/build/index.js",
  lineNumber,
});
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 }, children: [2, 3, 4] },
    { id: 2, callFrame: frame("startUp", 9) },
    { id: 3, callFrame: { functionName: "(idle)", url: "", lineNumber: -1 } },
    { id: 4, callFrame: frame("handle", 19), children: [5] },
    { id: 5, callFrame: frame("query", 29) },
  ],
  // Each sample lasts until the next one: startUp 4 ms, idle 10 ms, handle 2 ms, query 3 ms, idle 1 ms, handle (last).
  samples: [2, 3, 4, 5, 3, 4],
  timeDeltas: [0, 4000, 10_000, 2000, 3000, 1000],
};

describe("a CPU profile's summary", () => {
  it("counts each function's self time, the largest first, with idle time apart", () => {
    const summary = summariseProfile(profile);
    expect(summary.busyMs).toBe(9);
    expect(summary.idleMs).toBe(11);
    expect(summary.functions).toEqual([
      { name: "startUp index.js:10", ms: 4 },
      { name: "query index.js:30", ms: 3 },
      { name: "handle index.js:20", ms: 2 },
    ]);
  });

  it("counts only from the first to the last sample running the named function", () => {
    const summary = summariseProfile(profile, { within: "handle" });
    expect(summary.windowMs).toBe(6);
    expect(summary.busyMs).toBe(5);
    expect(summary.idleMs).toBe(1);
    expect(summary.functions.map((fn) => fn.name)).toEqual(["query index.js:30", "handle index.js:20"]);
  });

  it("is empty when the named function never ran", () => {
    expect(summariseProfile(profile, { within: "absent" })).toEqual({
      windowMs: 0,
      busyMs: 0,
      idleMs: 0,
      functions: [],
    });
  });
});
