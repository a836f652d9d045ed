import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request nonce that the Content-Security-Policy allows inline scripts to carry. */
    cspNonce: string;
  }
}

export {};
