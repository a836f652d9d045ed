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
import { createDatabase } from "../../app/server/storage/db.server";
import { migrateToLatest } from "../../app/server/storage/migrate.server";
import { seedDemoContent } from "../../app/server/seed/seed.server";
import { openSqlite } from "../../app/server/storage/sqlite.server";
import { giveDemoAdminItsPassword, signInAsDemoAdmin } from "../lib/admin-session";
import { ensurePortalBuild } from "../lib/build";
import { runBench } from "../lib/cleanup";
import { type UrlTiming, timeSequentially } from "../lib/http-timing";
import { describeMachine } from "../lib/machine";
import { freshTempDirectory } from "../lib/paths";
import { startPortal } from "../lib/portal";
import { fixed, markdownTable, ratio } from "../lib/table";
import { generateLeads } from "./generate-leads";
import { measureDataSize } from "./size";

const USAGE = `Usage: npm run bench:data -- [--leads N] [--database PATH] [--generate-only] [--rounds N] [--reference-leads N]
  --leads N            leads the database should hold (default 1000000)
  --database PATH      the SQLite file to fill and measure (default: a new file in a temporary folder)
  --generate-only      fill the database and stop
  --rounds N           requests per inbox view, after two unrecorded ones (default 40)
  --reference-leads N  leads in the reference database timed in the same run (default 1000)`;

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        leads: { type: "string" },
        database: { type: "string" },
        "generate-only": { type: "boolean" },
        rounds: { type: "string" },
        "reference-leads": { type: "string" },
        help: { type: "boolean" },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const leads = Number(values.leads ?? 1_000_000);
    const rounds = Number(values.rounds ?? 40);
    const referenceLeads = Number(values["reference-leads"] ?? 1000);
    if (![leads, rounds, referenceLeads].every((value) => Number.isInteger(value) && value >= 1)) {
      throw new Error("--leads, --rounds and --reference-leads must be whole numbers of at least 1");
    }
    return { leads, rounds, referenceLeads, generateOnly: Boolean(values["generate-only"]), database: path.resolve(values.database ?? path.join(freshTempDirectory("data"), "leads.db")) };
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

/** Migrates and seeds the file when new, tops it up to `leads` leads, and returns what they take on disk. */
async function fill(databasePath: string, leads: number, { quiet = false } = {}) {
  const fresh = !existsSync(databasePath);
  const db = createDatabase(databasePath);
  await migrateToLatest(db);
  if (fresh) await seedDemoContent(db, { demoPassword: null });
  const sqlite = openSqlite(databasePath);
  // The generator's own writes need no durability until the end, and a large cache helps them.
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -1048576");
  const have = Number((sqlite.prepare("select count(*) as n from leads").get() as { n: number }).n);
  if (have < leads) {
    const started = Date.now();
    const missing = leads - have;
    if (!quiet) console.log(`Generating ${missing.toLocaleString("en")} leads into ${databasePath}…`);
    let shown = 0;
    await generateLeads(db, sqlite, {
      count: missing,
      onProgress: (written) => {
        if (!quiet && (written - shown >= 100_000 || written === missing)) {
          shown = written;
          console.log(`  ${written.toLocaleString("en")} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        }
      },
    });
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    if (!quiet) console.log(`Generated ${missing.toLocaleString("en")} leads in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  } else if (!quiet) {
    console.log(`The database already holds ${have.toLocaleString("en")} leads; nothing generated.\n`);
  }
  const size = measureDataSize(sqlite);
  sqlite.close();
  await db.destroy();
  return size;
}

/** Starts the portal on the file, signs in as the demo administrator and times each view. */
async function timeInbox(databasePath: string, rounds: number) {
  await giveDemoAdminItsPassword(databasePath);
  const portal = await startPortal({ DATABASE_PATH: databasePath });
  try {
    const cookie = await signInAsDemoAdmin(portal.baseUrl);
    const consultantInbox = Object.keys(DEMO_USERS.find((user) => user.role === "consultant")?.inboxes ?? { general: 1 })[0] ?? "general";
    const views = inboxViews(consultantInbox);
    const deep = await deepPage(portal.baseUrl, cookie, "/admin", 10);
    const label = (path: string) => (path === deep ? "a page 10 pages deep (keyset)" : path);
    const timings = await timeSequentially(portal.baseUrl, deep ? [...views, deep] : views, { cookie, rounds });
    const searches = await timeSequentially(portal.baseUrl, SEARCHES, { cookie, rounds });
    return { views: timings.map((timing) => ({ ...timing, path: label(timing.path) })), searches };
  } finally {
    await portal.stop();
  }
}

function comparison(measured: UrlTiming[], reference: UrlTiming[]): string {
  return markdownTable(
    ["view", "p50 ms", "p95 ms", "reference p50 ms", "reference p95 ms", "p95 ÷ reference p95", "page KB", "statuses"],
    measured.map((timing) => {
      const twin = reference.find((candidate) => candidate.path === timing.path);
      const statuses = Object.entries(timing.statuses).map(([status, count]) => `${status}×${count}`).join(" ");
      return [timing.path, fixed(timing.p50Ms, 1), fixed(timing.p95Ms, 1), twin ? fixed(twin.p50Ms, 1) : "—", twin ? fixed(twin.p95Ms, 1) : "—", twin ? ratio(timing.p95Ms, twin.p95Ms) : "—", fixed(timing.bytes / 1024, 1), statuses];
    }),
  );
}

async function main(): Promise<number> {
  const options = readOptions();
  console.log(`# bench:data\n\n${describeMachine()}\n`);
  const size = await fill(options.database, options.leads);
  const perLead = (bytes: number) => fixed(bytes / Math.max(size.leads, 1), 0);
  console.log(`### Bytes per lead (${size.leads.toLocaleString("en")} leads)\n`);
  console.log(`- the \`leads\` row: ${perLead(size.leadRowBytes)} bytes (goal ≤ 1,024)`);
  console.log(`- everything about a lead (row, indexes, documents, verdicts, timeline, search index, draft; emails excluded): ${perLead(size.totalBytes)} bytes (goal ≤ 8,192)\n`);
  console.log(markdownTable(["table or index", "bytes per lead"], size.byObject.slice(0, 30).map((object) => [object.name, perLead(object.bytes)])));
  if (options.generateOnly) return 0;

  ensurePortalBuild();
  // The reference: the same portal and views on a small database, timed in the same run, so what
  // the number of leads costs shows apart from what the machine and the page's rendering cost.
  const referencePath = path.join(freshTempDirectory("data-reference"), "leads.db");
  await fill(referencePath, options.referenceLeads, { quiet: true });
  const reference = await timeInbox(referencePath, options.rounds);
  const measured = await timeInbox(options.database, options.rounds);

  console.log(`\n### Inbox views over HTTP as the demo administrator: ${size.leads.toLocaleString("en")} leads beside a reference of ${options.referenceLeads.toLocaleString("en")} (${options.rounds} requests each, one at a time)\n`);
  console.log(comparison(measured.views, reference.views));
  console.log("\n### Full-text search\n");
  console.log(comparison(measured.searches, reference.searches));
  const worst = Math.max(...measured.views.map((timing) => timing.p95Ms));
  const worstSearch = Math.max(...measured.searches.map((timing) => timing.p95Ms));
  console.log(`\nSlowest inbox view p95: ${fixed(worst, 1)} ms (goal < 25 ms at 1,000,000 leads); slowest search p95: ${fixed(worstSearch, 1)} ms (goal < 50 ms).`);
  const ok = [...measured.views, ...measured.searches].every((timing) => Object.keys(timing.statuses).every((status) => status === "200"));
  if (!ok) console.log("FAIL a view answered with something other than 200");
  return ok ? 0 : 1;
}

runBench(main);
