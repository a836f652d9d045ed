import { describe, expect, it } from "vitest";
import { Bulkhead } from "~/server/leads/bulkhead.server";

function deferred() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
}

describe("the submit bulkhead", () => {
  it("runs at most its limit at once and lets the others in, in the order they came", async () => {
    const bulkhead = new Bulkhead(2);
    const gates = Array.from({ length: 4 }, deferred);
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      bulkhead.run(async () => {
        started.push(index);
        await gate.done;
        return index;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    expect(bulkhead.waiting).toBe(2);
    gates[1]?.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    gates.forEach((gate) => gate.release());
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it("gives a failed section's place to the next caller", async () => {
    const bulkhead = new Bulkhead(1);
    const failing = bulkhead.run(async () => {
      throw new Error("refused");
    });
    const next = bulkhead.run(async () => "ran");
    await expect(failing).rejects.toThrow("refused");
    expect(await next).toBe("ran");
    expect(bulkhead.waiting).toBe(0);
  });
});
