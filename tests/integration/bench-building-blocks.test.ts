import { spawnSync } from "node:child_process";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { giveDemoAdminItsPassword, signInAsDemoAdmin } from "../../bench/lib/admin-session";
import { timeSequentially } from "../../bench/lib/http-timing";
import type { LoadOptions, LoadResult } from "../../bench/lib/load";
import { RELAXED_SETTINGS } from "../../bench/lib/portal";
import { prepareDrafts } from "../../bench/submit/drafts";
import { checkSubmittedRows } from "../../bench/submit/row-check";
import { PROJECT_ROOT, freshDatabasePath } from "../support/paths";
import { type TestServer, startServer } from "../support/server";

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ ...RELAXED_SETTINGS });
});

afterAll(async () => {
  await server?.stop();
});

async function submit(cookie: string) {
  const response = await fetch(`${server.baseUrl}/assess/review`, {
    method: "POST",
    headers: { Cookie: cookie, Origin: server.baseUrl },
    redirect: "manual",
  });
  await response.arrayBuffer();
  return response.headers.get("location") ?? "";
}

describe("the submit bench's drafts and row check", () => {
  let submitted: number;
  beforeAll(async () => {
    const cookies = await prepareDrafts(server.baseUrl, 2, { concurrency: 2 });
    const locations = await Promise.all(cookies.map(submit));
    submitted = locations.filter((location) => location.startsWith("/assess/done/")).length;
  });

  it("prepares drafts whose final submits store leads with every email job the check expects", () => {
    expect(submitted).toBe(2);
    expect(checkSubmittedRows(server.databasePath, submitted)).toMatchObject({ ok: true });
  });

  it("fails when there are not as many leads as successful submits", () => {
    expect(checkSubmittedRows(server.databasePath, submitted + 1).ok).toBe(false);
  });

  it("fails, naming the kind, when a lead lacks one of its email jobs", () => {
    // A copy of the portal's database with one confirmation job taken away.
    const copy = path.join(path.dirname(freshDatabasePath("bench-row-check")), "copy.db");
    const original = new SQLite(server.databasePath, { readonly: true });
    original.prepare("VACUUM INTO ?").run(copy);
    original.close();
    const db = new SQLite(copy);
    db.prepare(
      "DELETE FROM outbox WHERE rowid = (SELECT max(rowid) FROM outbox WHERE kind = 'visitor-confirmation')",
    ).run();
    db.close();

    const check = checkSubmittedRows(copy, submitted);
    expect(check.ok).toBe(false);
    expect(check.lines.join("\n")).toContain("visitor-confirmation");
  });
});

describe("signing in and timing admin pages, for data benches", () => {
  it("fails with a clear message while the production demo administrator has no password", async () => {
    await expect(signInAsDemoAdmin(server.baseUrl)).rejects.toThrow(/without a session/);
  });

  it("signs in as the demo administrator and times admin pages one after another with that session", async () => {
    await giveDemoAdminItsPassword(server.databasePath);
    const cookie = await signInAsDemoAdmin(server.baseUrl);
    const timings = await timeSequentially(server.baseUrl, ["/admin", "/admin?status=new"], {
      cookie,
      rounds: 3,
      warmupRounds: 1,
    });
    expect(timings.map((timing) => [timing.path, timing.samples, timing.statuses])).toEqual([
      ["/admin", 3, { 200: 3 }],
      ["/admin?status=new", 3, { 200: 3 }],
    ]);
    for (const timing of timings) expect(timing.p95Ms).toBeGreaterThanOrEqual(timing.p50Ms);
  });
});

/**
 * Runs a load in a process of its own: autocannon only summarises a run (latencies, totals) on
 * a process's main thread, and tests run in worker threads.
 */
function runLoadInProcess(options: LoadOptions): LoadResult {
  const script = `import("./bench/lib/load.ts").then(async ({ runLoad }) => console.log(JSON.stringify(await runLoad(${JSON.stringify(options)}))))`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as LoadResult;
}

describe("a load run of a fixed number of requests", () => {
  it("is timed to its last response, not to the load generator's next one-second sample", () => {
    const load = runLoadInProcess({ url: `${server.baseUrl}/healthz`, connections: 2, amount: 20 });
    expect(load.responses).toBe(20);
    expect(load.durationSeconds).toBeGreaterThan(0);
    expect(load.durationSeconds).toBeLessThan(0.9);
    expect(load.requestsPerSecond).toBeCloseTo(20 / load.durationSeconds, 6);
  });
});
