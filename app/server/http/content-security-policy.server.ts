import { createHash } from "node:crypto";

/**
 * The enforcing Content-Security-Policy. Scripts are only ever the portal's own files and the
 * inline scripts the portal rendered itself: a private page names its inline scripts by a
 * per-response nonce; a shared page, whose bytes a CDN repeats to everyone, names them by their
 * SHA-256 hashes, taken when the page was rendered (docs/decisions/013).
 */

/**
 * Where a page may connect: its own origin, and under `npm run dev` (development, with the Remix
 * compiler's origin set) the compiler's live-reload socket on that host.
 */
export function connectSources(nodeEnv: string | undefined, devOrigin: string | undefined): string {
  const sources = ["'self'"];
  if (nodeEnv === "development" && devOrigin && URL.canParse(devOrigin)) {
    const url = new URL(devOrigin);
    sources.push(`${url.protocol === "https:" ? "wss:" : "ws:"}//${url.host}`);
  }
  return sources.join(" ");
}

const OTHER_DIRECTIVES = [
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src ${connectSources(process.env.NODE_ENV, process.env.REMIX_DEV_ORIGIN)}`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join(";");

function policy(scriptSources: readonly string[]): string {
  return `default-src 'self';script-src ${["'self'", ...scriptSources].join(" ")};${OTHER_DIRECTIVES}`;
}

export function policyWithNonce(nonce: string): string {
  return policy([`'nonce-${nonce}'`]);
}

export function policyWithScriptHashes(hashes: readonly string[]): string {
  return policy(hashes.map((hash) => `'sha256-${hash}'`));
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * Turns a page rendered with a one-off nonce into one that needs none: every inline script
 * that carries the nonce is hashed, and the nonce attributes are removed. Scripts without the
 * nonce are not the portal's and get no hash, so the browser still refuses them (data blocks
 * such as JSON-LD are never executed and need none).
 */
export function hashInlineScripts(html: string, nonce: string): { html: string; hashes: string[] } {
  const marker = ` nonce="${nonce}"`;
  const hashes: string[] = [];
  for (const [, attributes = "", content = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (!attributes.includes(marker)) continue;
    const hash = createHash("sha256").update(content, "utf8").digest("base64");
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return { html: html.split(marker).join(""), hashes };
}
