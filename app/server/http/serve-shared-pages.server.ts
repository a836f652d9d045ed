import type { NextFunction, Request, RequestHandler, Response } from "express";
import Negotiator from "negotiator";
import { type ContentCoding, entityTag, ifNoneMatchIncludes } from "./entity-tags.server";
import { policyWithNonce } from "./content-security-policy.server";
import type { PageCache } from "./page-cache.server";
import type { PassedOnResponse } from "./render-shared-page.server";
import { PRIVATE_CACHE_CONTROL, SHARED_PAGE_CACHE_CONTROL, sharedPageUrl } from "./shared-pages.server";

const CODINGS: ContentCoding[] = ["br", "gzip", "identity"];

/**
 * Serves the shared pages (docs/decisions/013) from the page cache: a strong ETag per content
 * coding, 304 for a matching If-None-Match, the coding the client prefers, and the headers a
 * CDN needs to keep the page. Other requests go on to the dynamic handler.
 */
export function serveSharedPages({
  cache,
  contentVersion,
}: {
  cache: PageCache<PassedOnResponse>;
  contentVersion: () => Promise<string>;
}): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const queryAt = req.url.indexOf("?");
    const url = sharedPageUrl(req.path, new URLSearchParams(queryAt === -1 ? "" : req.url.slice(queryAt + 1)));
    if (!url) return next();
    try {
      const found = await cache.get(url, await contentVersion());
      if ("other" in found) return passOn(req, res, found.other);

      const { page } = found.entry;
      const coding = preferredCoding(req);
      const tag = entityTag(page.contentHash, coding);
      res.setHeader("Cache-Control", SHARED_PAGE_CACHE_CONTROL);
      res.setHeader("ETag", tag);
      res.setHeader("Vary", "Accept-Encoding");
      if (ifNoneMatchIncludes(req.get("If-None-Match"), tag)) {
        res.status(304).end();
        return;
      }
      const body = await cache.body(found.entry, coding);
      res.status(200);
      for (const [name, value] of page.headers) res.setHeader(name, value);
      res.setHeader("Content-Security-Policy", page.contentSecurityPolicy);
      if (coding !== "identity") res.setHeader("Content-Encoding", coding);
      res.setHeader("Content-Length", body.length);
      // A page is small and always sent whole; a Range header is ignored, as HTTP allows.
      res.setHeader("Accept-Ranges", "none");
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The client's most wanted coding by its q-values; among equals, the smallest (brotli first).
 * negotiator takes that tie-break order as a second argument its type declarations omit.
 */
function preferredCoding(req: Request): ContentCoding {
  const negotiator = new Negotiator(req);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own negotiator just below
  const encodings = negotiator.encodings as (available: readonly string[], preferred: readonly string[]) => string[];
  const [best] = encodings.call(negotiator, CODINGS, CODINGS);
  return best === "br" || best === "gzip" ? best : "identity";
}

/** An error page or a redirect from a shared address: sent once, never kept by anyone. */
function passOn(req: Request, res: Response, response: PassedOnResponse) {
  res.status(response.status);
  response.headers.forEach((value, name) => {
    if (name !== "content-length") res.setHeader(name, value);
  });
  res.setHeader("Cache-Control", PRIVATE_CACHE_CONTROL);
  res.setHeader("Content-Security-Policy", policyWithNonce(response.nonce));
  res.setHeader("Content-Length", response.body.length);
  res.end(req.method === "HEAD" ? undefined : response.body);
}
