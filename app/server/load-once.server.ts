/**
 * A package loaded with `import()` when it is first needed rather than at start-up (decisions
 * 038 and 043), with what is built from it kept for later calls. Calls made while it loads share
 * the one load; a failed load is not remembered, so the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
