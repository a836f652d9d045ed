import os from "node:os";

/** Where and when a bench ran: ratios travel between machines, absolute figures do not. */
export function describeMachine(now = new Date()): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? "unknown CPU";
  return [
    `date: ${now.toISOString()}`,
    `machine: ${cpus.length} × ${model}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, ${os.type()} ${os.release()} ${os.arch()}`,
    `node: ${process.version}`,
    `load average at start: ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(" ")}`,
  ].join("\n");
}
