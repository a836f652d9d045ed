import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../bench/lib/process-server";
import {
  type RunningReference,
  startInsertReference,
  startRemixReference,
  startStaticReference,
} from "../../bench/lib/references";
import { validReferenceBody } from "../../bench/references/shared/form";
import { freshDatabasePath } from "../support/paths";

function rowCounts(databasePath: string) {
  const db = new SQLite(databasePath, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { leads: count("leads"), events: count("lead_events"), jobs: count("outbox") };
  } finally {
    db.close();
  }
}

const post = (server: RunningServer, body: string) =>
  fetch(`${server.baseUrl}/submit`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });

const INVALID_BODY = new URLSearchParams({
  name: "Ada",
  email: "not an address",
  company: "",
  jobTitle: "CTO",
}).toString();

describe.each([
  ["(b) the node:http insert reference", startInsertReference],
  ["(c) the Remix insert reference", startRemixReference],
])("%s", (_name, start) => {
  let server: RunningReference;
  beforeAll(async () => {
    server = await start(freshDatabasePath("bench-reference"));
  }, 60_000);
  afterAll(() => server?.stop());

  it("stores a lead, its event and its email job for a valid form and redirects", async () => {
    const before = rowCounts(server.databasePath);
    const response = await post(server, validReferenceBody("grace@cobol.example"));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/done\/ID-/);
    expect(rowCounts(server.databasePath)).toEqual({
      leads: before.leads + 1,
      events: before.events + 1,
      jobs: before.jobs + 1,
    });
  });

  it("refuses an invalid form with 400 naming the fields, and stores nothing", async () => {
    const before = rowCounts(server.databasePath);
    const response = await post(server, INVALID_BODY);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain("email");
    expect(text).toContain("consent");
    expect(rowCounts(server.databasePath)).toEqual(before);
  });
});

describe("(a) the static reference", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startStaticReference();
  });
  afterAll(() => server?.stop());

  it("serves its page with a strong ETag and answers 304 when the client has it", async () => {
    const first = await fetch(`${server.baseUrl}/`);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("<h1>");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await fetch(`${server.baseUrl}/`, { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
  });

  it("serves brotli to a client that accepts it", async () => {
    const response = await fetch(`${server.baseUrl}/`, { headers: { "Accept-Encoding": "br" } });
    expect(response.headers.get("content-encoding")).toBe("br");
  });
});

describe("(c) the Remix page reference", () => {
  let server: RunningReference;
  beforeAll(async () => {
    server = await startRemixReference(path.join(path.dirname(freshDatabasePath("bench-reference")), "page.db"));
  }, 60_000);
  afterAll(() => server?.stop());

  it("renders the article its loader returns", async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Credit scoring under the GDPR, the AI Act and DORA");
  });
});
