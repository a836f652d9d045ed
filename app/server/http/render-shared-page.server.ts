import { createHash, randomBytes } from "node:crypto";
import { type ServerBuild, createRequestHandler } from "@remix-run/node";
import type { DB } from "../storage/db.server";
import type { Env } from "../env.server";
import { hashInlineScripts, policyWithScriptHashes } from "./content-security-policy.server";
import type { RenderedPage } from "./page-cache.server";
import { alwaysReady } from "./write-readiness.server";

/**
 * Headers of a rendered page that describe its bytes and are kept with them. Remix marks its
 * data responses with X-Remix-Response so the browser can tell them from a proxy's error page.
 */
const KEPT_HEADERS = ["content-type", "x-remix-response"];

/** What a shared address answered other than a page to keep: sent once, privately, as it is. */
export type PassedOnResponse = { status: number; headers: Headers; body: Buffer; nonce: string };

/**
 * Renders shared pages for the cache. The request carries nothing from the visitor (no cookies,
 * no headers, the canonical address on the public origin), so the page cannot depend on who
 * asked; it is rendered whole rather than streamed, with a one-off nonce that marks the inline
 * scripts the portal wrote, which are then named by their hashes instead.
 */
export function sharedPageRenderer({ build, db, env }: { build: ServerBuild; db: DB; env: Env }) {
  const handle = createRequestHandler(build, "production");
  const origin = new URL(env.publicUrl).origin;

  return async function render(url: string): Promise<{ page: RenderedPage } | { other: PassedOnResponse }> {
    const nonce = randomBytes(16).toString("base64");
    const response = await handle(new Request(new URL(url, origin)), {
      cspNonce: nonce,
      clientIp: "",
      wholeDocument: true,
      writeReady: alwaysReady,
      db,
      settings: env,
    });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || response.headers.has("Set-Cookie")) {
      return { other: { status: response.status, headers: response.headers, body, nonce } };
    }
    let bytes = body;
    let hashes: string[] = [];
    if (response.headers.get("Content-Type")?.startsWith("text/html")) {
      const locked = hashInlineScripts(body.toString("utf8"), nonce);
      bytes = Buffer.from(locked.html, "utf8");
      hashes = locked.hashes;
    }
    return {
      page: {
        headers: KEPT_HEADERS.flatMap((name) => {
          const value = response.headers.get(name);
          return value === null ? [] : [[name, value] as const];
        }),
        contentSecurityPolicy: policyWithScriptHashes(hashes),
        contentHash: createHash("sha256").update(bytes).digest("hex").slice(0, 32),
        body: bytes,
      },
    };
  };
}
