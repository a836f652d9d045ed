import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import type { DB } from "../db.server";
import type { Env } from "../env.server";
import { checkHealth } from "../health.server";
import { limitRequestBodies } from "./body-limit.server";
import { refuseCrossSitePosts } from "./same-origin.server";
import { securityHeaders } from "./security-headers.server";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export function createHttpApp({ build, db, env }: { build: ServerBuild; db: DB; env: Env }) {
  const app = express();
  app.disable("x-powered-by");
  if (env.trustProxy) app.set("trust proxy", true);

  app.use(compression());
  app.use(limitRequestBodies);
  app.use(refuseCrossSitePosts(env));
  app.use(securityHeaders());

  // Fingerprinted bundles never change under the same name.
  app.use(
    "/build",
    express.static("public/build", { immutable: true, maxAge: ONE_YEAR_SECONDS * 1000, fallthrough: true }),
  );
  app.use(express.static("public", { maxAge: "1h", index: false }));

  app.get("/healthz", async (_req, res) => {
    const health = await checkHealth(db);
    res.status(health.db === "ok" ? 200 : 503).set("Cache-Control", "no-store").json(health);
  });

  app.all(
    "*",
    createRequestHandler({
      build,
      // The server only ever serves a production build, so errors are always sanitised.
      mode: "production",
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientIp: req.ip ?? "unknown" }),
    }),
  );

  return app;
}
