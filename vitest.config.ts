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
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ["kysely"] } },
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
  },
});
