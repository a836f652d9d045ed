import { rmSync } from "node:fs";

/**
 * Servers started by a bench are stopped whatever happens: at the end, on an error, or when the
 * person running it presses Ctrl-C; then their temporary databases are removed. A bench never
 * leaves a server or hundreds of megabytes of rows behind.
 */
const stoppers = new Set<() => Promise<void>>();
const temporaryDirectories = new Set<string>();

export function removeOnExit(directory: string): string {
  temporaryDirectories.add(directory);
  return directory;
}

export function stopOnExit<T extends { stop: () => Promise<void> }>(server: T): T {
  stoppers.add(server.stop);
  return server;
}

export async function stopAll(): Promise<void> {
  const pending = [...stoppers];
  stoppers.clear();
  await Promise.allSettled(pending.map((stop) => stop()));
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
  temporaryDirectories.clear();
}

/** Runs a bench's main function, stops its servers afterwards and exits with its status. */
export function runBench(main: () => Promise<number>): void {
  const interrupt = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the servers`);
    void stopAll().then(() => process.exit(130));
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  main()
    .then(async (status) => {
      await stopAll();
      process.exit(status);
    })
    .catch(async (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      await stopAll();
      process.exit(1);
    });
}
