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
    expect(packages).toEqual(expect.arrayContaining(["better-sqlite3", "resend", "react-dom/server"]));
    expect(packages.filter((name) => name.startsWith("@remix-run/") || name === "express")).toEqual([]);
    expect(readFileSync(WORKER_BUILD, "utf8")).not.toContain("routes/admin");
  });
});

describe("the server's bundles", () => {
  it.each([
    ["server", SERVER_BUILD],
    ["mail worker", WORKER_BUILD],
  ])("the %s bundle holds Kysely and zod rather than loading their many modules at start", (_name, file) => {
    const packages = importedPackages(file);
    expect(packages.filter((name) => name === "kysely" || name === "zod" || name.startsWith("zod/"))).toEqual([]);
    const source = readFileSync(file, "utf8");
    // esbuild heads each inlined module with a comment naming its file.
    expect(source).toContain("// node_modules/kysely/");
    expect(source).toContain("// node_modules/zod/");
  });

  it.each([
    ["server", SERVER_BUILD, ["markdown-it", "sanitize-html", "gray-matter", "@react-email/render", "ics"]],
    ["mail worker", WORKER_BUILD, ["@react-email/render", "ics"]],
  ])("the %s bundle loads the packages few requests need on first use, not at start", (_name, file, packages) => {
    const source = readFileSync(file, "utf8");
    for (const name of packages) {
      expect(importedPackages(file)).not.toContain(name);
      expect(source).toContain(`import("${name}")`);
    }
  });
});

describe("the mail worker thread's own bundle, run", () => {
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
