import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    globals: false,
    // One worker thread per core keeps its modules from file to file: loading the app's modules
    // again for every file cost more than all the tests together. Test files share no state
    // beyond those modules (each has its own database file and server).
    pool: "threads",
    isolate: false,
    // Migrated template databases, made once and copied by each test file (tests/support/template-db.ts).
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ["kysely"] } },
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
  },
});
