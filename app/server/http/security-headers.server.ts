import { randomBytes } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import helmet from "helmet";
import { policyWithNonce } from "./content-security-policy.server";
import { PRIVATE_CACHE_CONTROL } from "./shared-pages.server";

/**
 * Headers every response carries. The Content-Security-Policy is set where the page is known:
 * by nonce on private pages (below), by script hashes on shared ones (serve-shared-pages).
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: false,
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      // HSTS is only meaningful, and only sent, when the request really came over https.
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
      xFrameOptions: { action: "deny" },
    }),
    strictTransportSecurityOverHttps,
  ];
}

/**
 * Everything the dynamic handler answers depends on the visitor or is not meant to be kept (the
 * flow, the summary, the admin, errors), so no cache may store it. It gets a fresh nonce per
 * response: the only inline scripts allowed are the ones Remix renders with it. Routes do not set
 * Cache-Control themselves: the Remix adapter appends their headers, which would say it twice.
 */
export function privateResponse(_req: Request, res: Response, next: NextFunction) {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader("Content-Security-Policy", policyWithNonce(nonce));
  res.setHeader("Cache-Control", PRIVATE_CACHE_CONTROL);
  next();
}

function strictTransportSecurityOverHttps(req: Request, res: Response, next: NextFunction) {
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
}
