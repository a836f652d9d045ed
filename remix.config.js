// `npm run dev` builds into folders of its own, so a development build is never what `npm start`,
// the tests or the benches serve.
const development = process.env.IMPACT_DESK_DEV_BUILD === "1";

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  // The HTTP server (security headers, health check, graceful shutdown) is compiled together
  // with the app into one module, so the app and the server share one database connection.
  server: "./app/server/main.server.ts",
  serverBuildPath: development ? "build-dev/index.js" : "build/index.js",
  assetsBuildDirectory: development ? "public/build-dev" : "public/build",
  publicPath: development ? "/build-dev/" : "/build/",
  serverModuleFormat: "esm",
  serverPlatform: "node",
  // Inlined into the server bundles: each is published as a hundred-odd small ES modules, and
  // loading them one by one took a third of a server start (decision 043). The mail worker's
  // bundle (app/cli/build.ts) inlines the same packages.
  serverDependenciesToBundle: ["kysely", /^zod(\/.*)?$/],
  tailwind: true,
  future: {
    v3_fetcherPersist: true,
    v3_lazyRouteDiscovery: true,
    v3_relativeSplatPath: true,
    v3_singleFetch: true,
    v3_throwAbortReason: true,
  },
};
