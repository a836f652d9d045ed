import { type ChildProcess, spawn } from "node:child_process";

export type RunningServer = {
  name: string;
  baseUrl: string;
  pid: number;
  /** Everything the process printed so far (for error messages). */
  output: () => string;
  stop: () => Promise<void>;
};

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;

/**
 * Starts a server as a child process and waits until it prints "listening on http://127.0.0.1:PORT".
 * The child is node itself (never a wrapper such as npx), so its pid is the process whose CPU
 * time and memory are measured, and stopping it stops the server.
 */
export async function startProcessServer({
  name,
  args,
  env,
  cwd,
}: {
  name: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
}): Promise<RunningServer> {
  const child = spawn(process.execPath, args, {
    cwd,
    // Only what is given: a key such as RESEND_API_KEY in the caller's shell must not reach a bench server.
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  const output = () => printed;
  child.stdout?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s:\n${printed}`));
    }, START_TIMEOUT_MS);
    child.stdout?.on("data", () => {
      const address = printed.match(LISTENING)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before listening:\n${printed}`));
    });
  });

  return { name, baseUrl, pid: pidOf(child), output, stop: () => stopChild(child, exited) };
}

function pidOf(child: ChildProcess): number {
  if (child.pid === undefined) throw new Error("The server process has no pid");
  return child.pid;
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
