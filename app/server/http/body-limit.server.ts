import type { NextFunction, Request, Response } from "express";

/** Every form of the portal fits comfortably in this; anything larger is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024;

export function limitRequestBodies(req: Request, res: Response, next: NextFunction) {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const declared = req.headers["content-length"];
  if (declared === undefined && req.headers["transfer-encoding"]) {
    // Browsers always declare the length of a form post; a chunked body could be any size.
    res.status(411).type("text/plain").send("Please send a Content-Length header.");
    return;
  }
  if (Number(declared ?? 0) > MAX_BODY_BYTES) {
    res.status(413).type("text/plain").send("That request is too large.");
    return;
  }
  next();
}
