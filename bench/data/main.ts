/**
 * `npm run bench:data`: fills a database with N realistic leads (default 1,000,000), prints what
 * a lead takes on disk, then starts the portal on that database, signs in as the demo
 * administrator and times every inbox view over HTTP, one request at a time.
 *
 *   npm run bench:data -- [--leads N] [--database PATH] [--generate-only] [--rounds N]
 *
 * An existing database at PATH is topped up to N leads, not made again, so a run can be
 * repeated (or the portal started on it with `DATABASE_PATH=PATH npm start`) without waiting for
 * the generator. `--generate-only` fills it and stops.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_USERS } from "../../db/seed/team";
import { createDatabase } from "../../app/server/db.server";
import { migrateToLatest } from "../../app/server/migrate.server";
import { seedDemoContent } from "../../app/server/seed/seed.server";
import { openSqlite } from "../../app/server/sqlite.server";
import { giveDemoAdminItsPassword, signInAsDemoAdmin } from "../lib/admin-session";
import { ensurePortalBuild } from "../lib/build";
import { runBench } from "../lib/cleanup";
import { timeSequentially, urlTimingTable } from "../lib/http-timing";
import { describeMachine } from "../lib/machine";
import { freshTempDirectory } from "../lib/paths";
import { startPortal } from "../lib/portal";
import { fixed, markdownTable } from "../lib/table";
import { generateLeads } from "./generate-leads";
import { measureDataSize } from "./size";

const USAGE = `Usage: npm run bench:data -- [--leads N] [--database PATH] [--generate-only] [--rounds N]
  --leads N          leads the database should hold (default 1000000)
  --database PATH    the SQLite file to fill and measure (default: a new file in a temporary folder)
  --generate-only    fill the database and stop
  --rounds N         requests per inbox view, after two unrecorded ones (default 40)`;

function readOptions() {
  try {
    const { values } = parseArgs({
      options: { leads: { type: "string" }, database: { type: "string" }, "generate-only": { type: "boolean" }, rounds: { type: "string" }, help: { type: "boolean" } },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const leads = Number(values.leads ?? 1_000_000);
    const rounds = Number(values.rounds ?? 40);
    if (!Number.isInteger(leads) || leads < 1 || !Number.isInteger(rounds) || rounds < 1) throw new Error("--leads and --rounds must be whole numbers of at least 1");
    return { leads, rounds, generateOnly: Boolean(values["generate-only"]), database: path.resolve(values.database ?? path.join(freshTempDirectory("data"), "leads.db")) };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

/** The inbox as people use it: the default order, each filter alone and with a status, a deep page, search. */
function inboxViews(consultantInbox: string): string[] {
  return [
    "/admin",
    "/admin?status=new",
    "/admin?band=High",
    "/admin?band=High&status=qualified",
    `/admin?inbox=${consultantInbox}`,
    `/admin?inbox=${consultantInbox}&status=contacted`,
    "/admin?owner=unassigned",
    "/admin?regime=gdpr",
    "/admin?regime=eu-ai-act&status=new",
    "/admin?source=credit-scoring-gdpr-ai-act-dora",
    "/admin?source=credit-scoring-gdpr-ai-act-dora&status=won",
    "/admin?from=2026-10-01&to=2026-10-31",
    "/admin?from=2026-10-01&to=2026-10-31&status=lost",
  ];
}

const SEARCHES = ["/admin?q=Nordic+Bank+1234", "/admin?q=grace.hopper", "/admin?q=Quantum"];

/** The link to the page after `pages` pages of a view, found by following the inbox's own "next" links. */
async function deepPage(baseUrl: string, cookie: string, view: string, pages: number): Promise<string | null> {
  let current = view;
  for (let page = 0; page < pages; page += 1) {
    const html = await (await fetch(`${baseUrl}${current}`, { headers: { Cookie: cookie } })).text();
    const next = html.match(/href="(\/admin\?[^"]*after=[^"]+)"/)?.[1];
    if (!next) return null;
    current = next.replace(/&amp;/g, "&");
  }
  return current;
}

async function main(): Promise<number> {
  const options = readOptions();
  console.log(`# bench:data\n\n${describeMachine()}\n`);

  const fresh = !existsSync(options.database);
  const db = createDatabase(options.database);
  await migrateToLatest(db);
  if (fresh) await seedDemoContent(db, { demoPassword: null });
  const sqlite = openSqlite(options.database);
  // The generator's own writes need no durability until the end, and a large cache helps them.
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -1048576");
  const have = Number((sqlite.prepare("select count(*) as n from leads").get() as { n: number }).n);
  if (have < options.leads) {
    const started = Date.now();
    const missing = options.leads - have;
    console.log(`Generating ${missing.toLocaleString("en")} leads into ${options.database}…`);
    let shown = 0;
    await generateLeads(db, sqlite, {
      count: missing,
      onProgress: (written) => {
        if (written - shown >= 100_000 || written === missing) {
          shown = written;
          console.log(`  ${written.toLocaleString("en")} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        }
      },
    });
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    console.log(`Generated ${missing.toLocaleString("en")} leads in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  } else {
    console.log(`The database already holds ${have.toLocaleString("en")} leads; nothing generated.\n`);
  }

  const size = measureDataSize(sqlite);
  sqlite.close();
  await db.destroy();
  const perLead = (bytes: number) => fixed(bytes / Math.max(size.leads, 1), 0);
  console.log(`### Bytes per lead (${size.leads.toLocaleString("en")} leads)\n`);
  console.log(`- the \`leads\` row: ${perLead(size.leadRowBytes)} bytes (goal ≤ 1,024)`);
  console.log(`- everything about a lead (row, indexes, documents, verdicts, timeline, search index, draft; emails excluded): ${perLead(size.totalBytes)} bytes (goal ≤ 8,192)\n`);
  console.log(markdownTable(["table or index", "bytes per lead"], size.byObject.slice(0, 30).map((object) => [object.name, perLead(object.bytes)])));
  if (options.generateOnly) return 0;

  ensurePortalBuild();
  await giveDemoAdminItsPassword(options.database);
  const portal = await startPortal({ DATABASE_PATH: options.database });
  const cookie = await signInAsDemoAdmin(portal.baseUrl);
  const consultantInbox = Object.keys(DEMO_USERS.find((user) => user.role === "consultant")?.inboxes ?? { general: 1 })[0] ?? "general";
  const views = inboxViews(consultantInbox);
  const deep = await deepPage(portal.baseUrl, cookie, "/admin", 40);
  if (deep) views.push(deep);
  console.log(`\n### Inbox views over HTTP, signed in as the demo administrator (${options.rounds} requests each, one at a time)\n`);
  const timings = await timeSequentially(portal.baseUrl, views, { cookie, rounds: options.rounds });
  console.log(urlTimingTable(timings.map((timing) => (timing.path === deep ? { ...timing, path: "a page 40 pages deep (keyset)" } : timing))));
  console.log("\n### Full-text search\n");
  console.log(urlTimingTable(await timeSequentially(portal.baseUrl, SEARCHES, { cookie, rounds: options.rounds })));
  const worst = Math.max(...timings.map((timing) => timing.p95Ms));
  console.log(`\nSlowest inbox view p95: ${fixed(worst, 1)} ms (goal < 25 ms at 1,000,000 leads).`);
  await portal.stop();
  return timings.every((timing) => Object.keys(timing.statuses).every((status) => status === "200")) ? 0 : 1;
}

runBench(main);
