import { sql } from "kysely";
import pidusage from "pidusage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { startAdminServer, stopAdminServer } from "../support/admin-client";
import { generateLeadSpecs, insertLeadSpecs, loadTeam } from "../support/lead-factory";
import type { TestServer } from "../support/server";

/**
 * The export of 50,000 leads is about 12 MB of CSV. Streamed, the server grew by 2 to 11 MB in
 * four runs; an export that kept each page's bytes until the end grew by 29 to 34 MB. 100,000
 * leads under a 50 MB bound let that export pass (it grew by 46 MB) and took twice as long to
 * insert.
 */
const LEAD_COUNT = 50_000;
const MAX_GROWTH_BYTES = 20 * 1024 * 1024;

let server: TestServer;
let db: DB;
let adminCookie: string;

const serverRss = async () => (await pidusage(server.process.pid ?? 0)).memory;

/** Reads an export to the end without keeping it, a little slowly, counting its records. */
async function drain(query: string, { pauseMs }: { pauseMs: number }): Promise<number> {
  const response = await fetch(`${server.baseUrl}/admin/leads.csv${query}`, { headers: { Cookie: adminCookie } });
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let lineEnds = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // Every record ends in CRLF; no generated lead has a line break inside a cell.
    for (const byte of value) if (byte === 0x0a) lineEnds++;
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return lineEnds - 1;
}

beforeAll(async () => {
  ({ server, db, adminCookie } = await startAdminServer());
  // A page cache that holds the whole insert (SQLite's default is 2 MB): the leads and
  // their search index are written once at commit instead of spilled and read back, which takes
  // about a third off the test's time.
  await sql`pragma cache_size = -1000000`.execute(db);
  await insertLeadSpecs(db, generateLeadSpecs(await loadTeam(db), { count: LEAD_COUNT, seed: 2202, now: new Date() }));
}, 300_000);

afterAll(async () => {
  // pidusage keeps the process files it reads open between calls.
  pidusage.clear();
  await stopAdminServer({ server, db });
});

describe("exporting a large inbox", () => {
  it("streams 50,000 leads to a slow reader while the server's memory grows by less than 20 MB", async () => {
    // A smaller export first (the new leads, about two in five), so the code, caches and heap it
    // needs are in place before the baseline; an export that kept its rows would still grow.
    await drain("?status=new", { pauseMs: 0 });
    const baseline = await serverRss();
    let peak = baseline;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await serverRss());
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    const records = await drain("", { pauseMs: 2 });
    sampling = false;
    await sampler;
    peak = Math.max(peak, await serverRss());

    expect(records).toBe(LEAD_COUNT);
    expect(peak - baseline, `grew from ${Math.round(baseline / 1e6)} MB to ${Math.round(peak / 1e6)} MB`).toBeLessThan(
      MAX_GROWTH_BYTES,
    );
  }, 300_000);
});
