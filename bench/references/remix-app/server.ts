/**
 * Serves reference (c) the way `remix-serve` does and the portal does: Express, compression()
 * with its defaults, the fingerprinted assets with immutable caching, and Remix's request handler.
 * Like the portal's server it is compiled together with the app (remix.config.js `server`), so
 * plain node runs it.
 */
import { createServer } from "node:http";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import * as build from "@remix-run/dev/server-build";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { listenAndAnnounce } from "../shared/listen";

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use("/build", express.static(path.join(process.cwd(), "public", "build"), { immutable: true, maxAge: "1y" }));
app.all("*", createRequestHandler({ build: build as unknown as ServerBuild, mode: "production" }));

listenAndAnnounce(createServer(app), "Remix reference");
