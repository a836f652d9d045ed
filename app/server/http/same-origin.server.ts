import type { NextFunction, Request, Response } from "express";
import type { Env } from "../env.server";
import { isCrossSitePost } from "./cross-site.server";

/**
 * Every form post from another site is refused with a plain 403, before the app sees it. (Remix
 * has its own check, but it answers with a 500.)
 */
export function refuseCrossSitePosts(env: Env) {
  const publicOrigin = new URL(env.publicUrl).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    const crossSite = isCrossSitePost({
      method: req.method,
      origin: req.get("origin"),
      fetchSite: req.get("sec-fetch-site"),
      allowedOrigins: [publicOrigin, `${req.protocol}://${req.get("host")}`],
    });
    if (crossSite) {
      res.status(403).type("text/plain").send("Cross-site requests are not accepted.");
      return;
    }
    next();
  };
}
