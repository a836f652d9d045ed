import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { mailWorkerEntry } from "~/server/mail/worker-thread.server";
import { PROJECT_ROOT, TMP_ROOT } from "../support/paths";

const SERVER_BUILD = path.join(PROJECT_ROOT, "build", "index.js");
const WORKER_BUILD = path.join(PROJECT_ROOT, "build", "mail-worker.js");

/** The packages a bundle imports, read from its import statements. */
function importedPackages(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/^import .*? from "([^"]+)";$/gm)].map((match) => match[1] ?? "");
}

describe("the mail worker thread's own bundle", () => {
  it("is what the built server starts its thread from", () => {
    expect(mailWorkerEntry(pathToFileURL(SERVER_BUILD).href).href).toBe(pathToFileURL(WORKER_BUILD).href);
  });

  it("loads the mail, webhook and database packages but neither Remix nor the server's page code", () => {
    const packages = importedPackages(WORKER_BUILD);
    expect(packages).toEqual(expect.arrayContaining(["kysely", "better-sqlite3", "resend", "@react-email/render"]));
    expect(packages.filter((name) => name.startsWith("@remix-run/") || name === "express")).toEqual([]);
    expect(readFileSync(WORKER_BUILD, "utf8")).not.toContain("routes/admin");
  });

  it("refuses to run outside the server's thread, sending nothing", () => {
    const run = spawnSync(process.execPath, [WORKER_BUILD], {
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        DATABASE_PATH: path.join(mkdtempSync(path.join(TMP_ROOT, "lone-worker-")), "db.sqlite"),
      },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("runs as the server's mail worker thread");
  });

  it("is left out where a build has none, and the thread runs the server module itself", () => {
    const folder = mkdtempSync(path.join(TMP_ROOT, "dev-build-"));
    const serverModule = path.join(folder, "index.js");
    writeFileSync(serverModule, "");
    expect(mailWorkerEntry(pathToFileURL(serverModule).href).href).toBe(pathToFileURL(serverModule).href);
  });
});
