import type { ServerResponse } from "node:http";

/**
 * Resolves true once the response can take more bytes, or false once the connection has closed.
 * Remix copies a response's body into the Node response without waiting for it to drain, so a
 * body that produces its chunks on demand (a CSV export) asks this before producing the next
 * one: that is what keeps a slow download from piling the whole export up in memory.
 */
export type WriteReadiness = () => Promise<boolean>;

/**
 * Watches what `res.write` answers (the compression middleware's answer when it wraps the
 * response, which reflects its own buffer as well as the socket's). Installed on first use, so
 * requests that never ask pay nothing.
 */
export function writeReadiness(res: ServerResponse): WriteReadiness {
  let installed = false;
  let full = false;
  let closed = false;
  let waiting: ((ready: boolean) => void) | null = null;
  const wake = (ready: boolean) => {
    const resolve = waiting;
    waiting = null;
    resolve?.(ready);
  };
  const install = () => {
    installed = true;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to this same response below
    const write = res.write;
    res.write = function (this: ServerResponse, ...args: Parameters<ServerResponse["write"]>) {
      const accepted = write.apply(this, args as never);
      if (!accepted) full = true;
      return accepted;
    } as ServerResponse["write"];
    // One listener each for the response's life: the compression middleware passes "drain"
    // listeners on to its own stream but not their removal, so adding one per wait would pile up.
    res.on("drain", () => {
      full = false;
      wake(true);
    });
    res.once("close", () => {
      closed = true;
      wake(false);
    });
  };
  return () => {
    if (!installed) install();
    if (closed || res.destroyed) return Promise.resolve(false);
    if (!full) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => (waiting = resolve));
  };
}

/** For a response rendered without a connection (a shared page for the cache): always ready. */
export const alwaysReady: WriteReadiness = () => Promise.resolve(true);
