import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type Response } from "express";
import { articlesVersion } from "../articles/articles.server";
import type { DB } from "../storage/db.server";
import type { Env } from "../env.server";
import { checkReadiness } from "./health.server";
import { log } from "../log.server";
import { limitRequestBodies } from "./body-limit.server";
import { inboundEmailWebhook } from "./inbound-webhook.server";
import { refuseNonFormBodies } from "./form-bodies.server";
import { compressDynamicResponses } from "./compression.server";
import { writeReadiness } from "./write-readiness.server";
import { throttledContentVersion } from "./content-version.server";
import { createPageCache } from "./page-cache.server";
import { sharedPageRenderer } from "./render-shared-page.server";
import { refuseCrossSitePosts } from "./same-origin.server";
import { privateResponse, securityHeaders } from "./security-headers.server";
import { serveSharedPages } from "./serve-shared-pages.server";
import { serveBrowserBuild, servePublicFiles } from "./static-files.server";

/** How often the server asks the database whether the articles changed (docs/decisions/013). */
export const CONTENT_CHECK_INTERVAL_MS = 1_000;
/** Room for every shared page many times over; the least recently read go first. */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024;

export function createHttpApp({ build, db, env }: { build: ServerBuild; db: DB; env: Env }) {
  const app = express();
  app.disable("x-powered-by");
  // Express walks X-Forwarded-For from the nearest hop and stops at the first one it does not
  // trust: that is the client. Never `true`, which would take the client's own claim.
  if (env.trustProxy) app.set("trust proxy", "hops" in env.trustProxy ? env.trustProxy.hops : env.trustProxy.addresses);

  app.use(securityHeaders());

  // Files and shared pages are answered from what was prepared at build time or rendered
  // once, before any per-request work (compression, body checks, nonces, rendering).
  app.use("/build", serveBrowserBuild());
  if (env.nodeEnv === "development") app.use("/build-dev", serveBrowserBuild("public/build-dev", { immutable: false }));
  app.use(servePublicFiles());
  // Liveness: the process answers (restart it when this fails). Readiness (also plain /healthz):
  // the database reads and takes a write (stop sending traffic when this fails).
  app.get("/healthz/live", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ status: "ok" });
  });
  app.get(["/healthz", "/healthz/ready"], async (_req, res) => {
    const readiness = await checkReadiness(db);
    res
      .status(readiness.status === "ok" ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json(readiness);
  });
  // Resend's inbound webhook is a signed JSON post from another site: it is read raw and checked
  // on its own terms, before the checks that every browser form goes through.
  app.use(inboundEmailWebhook({ db, env }));
  app.use(
    serveSharedPages({
      cache: createPageCache({
        maxBytes: PAGE_CACHE_BYTES,
        render: sharedPageRenderer({ build, db, env }),
      }),
      contentVersion: throttledContentVersion(() => articlesVersion(db), { everyMs: CONTENT_CHECK_INTERVAL_MS }),
    }),
  );

  app.use(compressDynamicResponses());
  app.use(limitRequestBodies);
  app.use(refuseCrossSitePosts(env));
  app.use(refuseNonFormBodies);
  app.use(privateResponse);
  app.all(
    "*",
    createRequestHandler({
      build,
      // The server only ever serves a production build, so errors are always sanitised.
      mode: "production",
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? "unknown",
        wholeDocument: false,
        writeReady: writeReadiness(res),
        db,
        settings: env,
      }),
    }),
  );
  app.use(plainErrors);

  return app;
}

/** A failure outside Remix (a static file, the page cache) answers plainly, never with a stack trace. */
function plainErrors(error: unknown, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const status = typeof error === "object" && error !== null && "status" in error ? Number(error.status) : 500;
  const clientError = status >= 400 && status < 500;
  if (!clientError)
    log.error(
      `${req.method} ${req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  res
    .status(clientError ? status : 500)
    .set("Cache-Control", "no-store")
    .type("text/plain")
    .send(
      clientError
        ? status === 404
          ? "Not found."
          : "That request could not be handled."
        : "Something went wrong on our side.",
    );
}
