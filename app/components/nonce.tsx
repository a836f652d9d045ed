import { createContext, useContext } from "react";

/** Carries the request's CSP nonce from the server entry to the scripts rendered by the root. */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
