/**
 * The version of everything the shared pages show, read at most once per interval however many
 * requests arrive: a page rendered at another version is out of date. A change (a seed run in
 * another process included) is seen by the server within the interval.
 */
export function throttledContentVersion(read: () => Promise<string>, { everyMs, now = Date.now }: { everyMs: number; now?: () => number }) {
  let last: { at: number; version: Promise<string> } | null = null;
  return function contentVersion(): Promise<string> {
    const at = now();
    if (!last || at - last.at >= everyMs) {
      const version = read();
      const current = { at, version };
      last = current;
      // A failed read is not remembered: the next request asks again.
      version.catch(() => {
        if (last === current) last = null;
      });
    }
    return last.version;
  };
}
