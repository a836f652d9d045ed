import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False during server rendering and hydration, true once React renders on the client. Read
 * through `useSyncExternalStore` so React itself re-renders after hydration, without an effect
 * that sets state.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
