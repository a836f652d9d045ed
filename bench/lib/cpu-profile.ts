/**
 * Reads a V8 CPU profile (`node --cpu-prof`, or saved from Chrome's DevTools) and says where the
 * thread's time went: self time per function, optionally only between the first and the last
 * sample in which a named function was running (a burst of submits, say), so that a start-up or
 * an idle stretch before it does not dilute the figures.
 */

type CallFrame = { functionName: string; url: string; lineNumber: number };
export type CpuProfile = {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  /** Microseconds from the previous sample (the first from the profile's start). */
  timeDeltas: number[];
};

export type FunctionTime = { name: string; ms: number };
export type ProfileSummary = {
  /** From the first to the last sample of the window, in milliseconds. */
  windowMs: number;
  /** Time the thread was running (garbage collection and V8's own work included), idle excluded. */
  busyMs: number;
  idleMs: number;
  /** Self time per function, the largest first. */
  functions: FunctionTime[];
};

const IDLE = "(idle)";

function frameName({ functionName, url, lineNumber }: CallFrame): string {
  const file = url.split("/").pop() ?? "";
  const where = file ? ` ${file}:${lineNumber + 1}` : "";
  return `${functionName || "(anonymous)"}${where}`;
}

/**
 * Summarises a profile. A sample's time is the gap to the next sample, as DevTools counts it.
 * With `within`, only samples between the first and the last one that has a function of that
 * name on its stack are counted; with no such sample, the summary is empty.
 */
export function summariseProfile(profile: CpuProfile, { within }: { within?: string } = {}): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stackHas = (id: number, name: string) => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      if (byId.get(at)?.callFrame.functionName === name) return true;
    }
    return false;
  };

  const durationOf = (index: number) => (profile.timeDeltas[index + 1] ?? 0) / 1000;

  let first = 0;
  let last = profile.samples.length - 1;
  if (within) {
    const marked = profile.samples.flatMap((id, index) => (stackHas(id, within) ? [index] : []));
    if (marked.length === 0) return { windowMs: 0, busyMs: 0, idleMs: 0, functions: [] };
    first = marked[0] ?? 0;
    last = marked[marked.length - 1] ?? 0;
  }

  const self = new Map<string, number>();
  let busyMs = 0;
  let idleMs = 0;
  for (let index = first; index <= last; index += 1) {
    const id = profile.samples[index] ?? -1;
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const ms = durationOf(index);
    if (frame.functionName === IDLE) {
      idleMs += ms;
      continue;
    }
    busyMs += ms;
    const name = frameName(frame);
    self.set(name, (self.get(name) ?? 0) + ms);
  }
  return {
    // The deltas after the first sample, up to and including the last one's.
    windowMs: profile.timeDeltas.slice(first + 1, last + 1).reduce((sum, delta) => sum + delta, 0) / 1000,
    busyMs,
    idleMs,
    functions: [...self].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
  };
}
