/**
 * Reference (c) of the benches: a minimal Remix app built with the classic compiler and served by
 * Express, as the portal is. `npm run bench:*` builds it; its build output is not committed.
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  // The Express server is compiled with the app, as the portal's is.
  server: "./server.ts",
  serverBuildPath: "build/index.js",
  serverModuleFormat: "esm",
  serverPlatform: "node",
  future: {
    v3_fetcherPersist: true,
    v3_lazyRouteDiscovery: true,
    v3_relativeSplatPath: true,
    v3_singleFetch: true,
    v3_throwAbortReason: true,
  },
};
