/**
 * The version of everything the shared pages show, read at most once per interval however many
 * requests arrive: a page rendered at another version is out of date.
 *
 * Once a version is known, requests are answered with it at once and a due check runs in the
 * background: the read waits its turn for the database connection, behind any transactions
 * queued for it (a burst of submits), and a reader's page should not wait with it. A change (a
 * seed run in another process included) is therefore seen within the interval plus one read.
 */
export function throttledContentVersion(
  read: () => Promise<string>,
  { everyMs, now = Date.now }: { everyMs: number; now?: () => number },
) {
  let known: { at: number; version: string } | null = null;
  let reading: Promise<string> | null = null;

  const readNow = (): Promise<string> => {
    reading ??= read()
      .then((version) => {
        known = { at: now(), version };
        return version;
      })
      // A failed read is not remembered: the next request asks again.
      .finally(() => (reading = null));
    return reading;
  };

  return function contentVersion(): Promise<string> {
    if (!known) return readNow();
    if (now() - known.at >= everyMs) readNow().catch(() => undefined);
    return Promise.resolve(known.version);
  };
}
