/**
 * Servers started by a bench are stopped whatever happens: at the end, on an error, or when the
 * person running it presses Ctrl-C. A bench never leaves a server behind.
 */
const stoppers = new Set<() => Promise<void>>();

export function stopOnExit<T extends { stop: () => Promise<void> }>(server: T): T {
  stoppers.add(server.stop);
  return server;
}

export async function stopAll(): Promise<void> {
  const pending = [...stoppers];
  stoppers.clear();
  await Promise.allSettled(pending.map((stop) => stop()));
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
