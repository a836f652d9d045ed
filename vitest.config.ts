import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files that take far longer than the others: one seeds 50,000 leads, the rest start and stop
 * several servers. They start first, so that none of them begins last while the other workers
 * have nothing left to do. Files not listed keep vitest's own order (the longest of the last run
 * first, when it has a record of one).
 */
const LONG_FILES = [
  "tests/integration/csv-export-memory.test.ts",
  "tests/integration/server-lifecycle.test.ts",
  "tests/integration/flow.test.ts",
  "tests/integration/maintenance.test.ts",
  "tests/integration/trusted-proxies.test.ts",
  "tests/integration/shutdown.test.ts",
  "tests/integration/sign-in.test.ts",
  "tests/integration/public-caching.test.ts",
  "tests/integration/admin-authorisation.test.ts",
];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONG_FILES.findIndex((name) => file.moduleId.endsWith(name));
      return index === -1 ? LONG_FILES.length : index;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((file, position) => ({ file, position }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.position - b.position)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    globals: false,
    // Worker threads that keep their modules from file to file: loading the app's modules again
    // for every file cost more than all the tests together. Test files share no state beyond
    // those modules (each has its own database file and server).
    pool: "threads",
    isolate: false,
    // One worker more than there are cores (vitest's default is one fewer): an integration test
    // spends most of its time waiting for its server, a separate process, to answer, so on two
    // cores a single worker left the machine half idle.
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: LongFilesFirst },
    // Migrated template databases, made once and copied by each test file (tests/support/template-db.ts).
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ["kysely"] } },
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
  },
});
