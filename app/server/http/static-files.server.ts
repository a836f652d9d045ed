import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import express from "express";
import expressStaticGzip from "express-static-gzip";

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The fingerprinted browser bundles: a name never changes content, so browsers and CDNs keep
 * them for a year without asking again. The build wrote brotli and gzip copies beside them; the
 * copy the browser accepts is sent as it is, so no request compresses anything. An unknown
 * name is a plain 404, without rendering a page.
 */
export function serveBrowserBuild(directory = "public/build", { immutable = true } = {}): RequestHandler {
  return expressStaticGzip(directory, {
    enableBrotli: true,
    orderPreference: ["br", "gzip"],
    index: false,
    // A development build (`npm run dev`) changes under the same names, so it is not cached.
    serveStatic: immutable
      ? { immutable: true, maxAge: ONE_YEAR_MS, fallthrough: false, index: false }
      : { maxAge: 0, fallthrough: false, index: false },
  });
}

/**
 * The few other files in public/ (the favicon), listed once at start-up: a request for any
 * other address goes straight on, without a look at the disk.
 */
export function servePublicFiles(directory = "public"): RequestHandler {
  const names = new Set(
    readdirSync(directory)
      .filter((name) => statSync(path.join(directory, name)).isFile())
      .map((name) => `/${name}`),
  );
  const serve = express.static(directory, { maxAge: "1h", index: false });
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method === "GET" || req.method === "HEAD") && names.has(req.path)) serve(req, res, next);
    else next();
  };
}
