/**
 * Reference (a): a bare node:http server that answers every GET with one fixed HTML page. It
 * does what a good static server or CDN does and nothing more: compressed copies made once at
 * start, a strong ETag, 304 for a matching If-None-Match. The ceiling for a page on this machine.
 */
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { listenAndAnnounce } from "./shared/listen";
import { referenceArticleHtml } from "./shared/page";

const identity = Buffer.from(referenceArticleHtml());
const variants = {
  br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: gzipSync(identity, { level: 9 }),
  identity,
};
const etag = `"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`;

function encodingFor(acceptEncoding: string | undefined): keyof typeof variants {
  if (!acceptEncoding) return "identity";
  if (/\bbr\b/.test(acceptEncoding)) return "br";
  if (/\bgzip\b/.test(acceptEncoding)) return "gzip";
  return "identity";
}

const server = createServer((request, response) => {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const headers = { "Cache-Control": "public, max-age=60", ETag: etag, Vary: "Accept-Encoding" };
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  const encoding = encodingFor(request.headers["accept-encoding"]);
  const body = variants[encoding];
  response.writeHead(200, {
    ...headers,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": body.length,
    ...(encoding === "identity" ? {} : { "Content-Encoding": encoding }),
  });
  response.end(request.method === "HEAD" ? undefined : body);
});

listenAndAnnounce(server, "Static reference");
