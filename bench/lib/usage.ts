import pidusage from "pidusage";

export type ProcessUsage = {
  /** User plus system CPU time the process has used since it started, in milliseconds. */
  cpuMs: number;
  /** Resident set size, in bytes. */
  rssBytes: number;
};

/** CPU time and resident memory of a running process (on Linux, read from /proc/<pid>/stat). */
export async function processUsage(pid: number): Promise<ProcessUsage> {
  const stats = await pidusage(pid);
  return { cpuMs: stats.ctime, rssBytes: stats.memory };
}

/** pidusage keeps the files it reads open between calls; a bench closes them before it exits. */
export function releaseUsageReaders(): void {
  pidusage.clear();
}

/**
 * Samples a process's resident memory every `intervalMs` until stopped, for the peak over a
 * stretch of load (the value at the end alone can hide a spike).
 */
export function watchPeakRss(pid: number, intervalMs = 500): { stop: () => Promise<number> } {
  let peak = 0;
  let sampling: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    sampling = processUsage(pid)
      .then((usage) => {
        peak = Math.max(peak, usage.rssBytes);
      })
      .catch(() => undefined);
  }, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await sampling;
      const last = await processUsage(pid);
      return Math.max(peak, last.rssBytes);
    },
  };
}
