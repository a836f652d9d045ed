import type { NextFunction, Request, Response } from "express";

/** The bodies a browser sends for an HTML form; every action of the portal reads one of them. */
const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
const BODILESS = new Set(["GET", "HEAD", "OPTIONS"]);

/** `req.is()` answers null for any request without a body, so an empty form is read by its type here. */
function isFormType(type: string): boolean {
  return FORM_TYPES.includes((type.split(";")[0] ?? "").trim().toLowerCase());
}

function hasNoBody(req: Request): boolean {
  const length = req.headers["content-length"];
  return (length === undefined || length === "0") && req.headers["transfer-encoding"] === undefined;
}

/**
 * Refuses a request whose body is not a form (JSON, plain text) with 415 and a plain message,
 * before any action reads it: reading such a body as a form fails deep inside the framework,
 * which would answer 500 and log a stack trace. A post with no body at all (a button that sends
 * nothing, such as an export) is read as an empty form.
 */
export function refuseNonFormBodies(req: Request, res: Response, next: NextFunction) {
  if (BODILESS.has(req.method)) return next();
  const type = req.headers["content-type"];
  if (hasNoBody(req) && (type === undefined || isFormType(type))) {
    req.headers["content-type"] ??= FORM_TYPES[0];
    return next();
  }
  if (type !== undefined && req.is(FORM_TYPES)) return next();
  res
    .status(415)
    .set("Cache-Control", "no-store")
    .type("text/plain")
    .send("Please send this as a web form (application/x-www-form-urlencoded or multipart/form-data).");
}
