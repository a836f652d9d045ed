import "@remix-run/node";
import type { DB } from "./server/storage/db.server";
import type { Env } from "./server/env.server";
import type { WriteReadiness } from "./server/http/write-readiness.server";

declare module "@remix-run/node" {
  // Single fetch is on (remix.config.js); this gives loaders and actions their precise types.
  interface Future {
    v3_singleFetch: true;
  }

  interface AppLoadContext {
    /** Per-request nonce that the Content-Security-Policy allows inline scripts to carry. */
    cspNonce: string;
    /** The client's address as Express sees it (honours TRUST_PROXY); empty for a shared page. */
    clientIp: string;
    /**
     * True when rendering a shared page for the page cache: the whole document is rendered before
     * anything is sent, so every inline script can be hashed (docs/decisions/013).
     */
    wholeDocument: boolean;
    /** Whether the connection can take more of a streamed body (see write-readiness.server.ts). */
    writeReady: WriteReadiness;
    /** The server's one database connection, handed to loaders and actions rather than fetched by each. */
    db: DB;
    /** The settings read and checked from the environment at start-up. */
    settings: Env;
  }
}

export {};
