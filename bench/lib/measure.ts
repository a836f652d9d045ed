import { type LoadOptions, type LoadResult, runLoad } from "./load";
import { processUsage } from "./usage";

export type Measurement = {
  label: string;
  load: LoadResult;
  /** The server process's CPU time during the run divided by the responses it gave. */
  cpuMsPerRequest: number;
  /** The server's resident memory at the end of the run. */
  rssBytes: number;
  /** Said in the table's last column (e.g. "no ETag sent"). */
  note?: string;
};

/** Loads a server and reads its CPU time before and after, and its memory at the end. */
export async function measure(
  label: string,
  server: { pid: number },
  options: LoadOptions,
  note?: string,
): Promise<Measurement> {
  const before = await processUsage(server.pid);
  const load = await runLoad(options);
  const after = await processUsage(server.pid);
  return {
    label,
    load,
    cpuMsPerRequest: load.responses > 0 ? (after.cpuMs - before.cpuMs) / load.responses : Number.NaN,
    rssBytes: after.rssBytes,
    note,
  };
}

/** A short unrecorded run so the server's code is compiled and its caches are warm before it is measured. */
export async function warmUp(options: LoadOptions, seconds: number): Promise<void> {
  if (seconds <= 0) return;
  await runLoad({ ...options, durationSeconds: seconds, amount: undefined });
}
