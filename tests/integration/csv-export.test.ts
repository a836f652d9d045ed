import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { readable, signIn, startAdminServer, stopAdminServer } from "../support/admin-client";
import { csvObjects } from "../support/csv";
import {
  type FactoryLead,
  type LeadSpec,
  type Team,
  generateLeadSpecs,
  insertLeadSpecs,
  loadTeam,
} from "../support/lead-factory";
import type { TestServer } from "../support/server";

const MATEO = "mateo.ruiz@meridian-audit.example";
const BOM = [0xef, 0xbb, 0xbf];
/** More than one page of the walk (200), so the export is seen to continue across pages. */
const LEAD_COUNT = 650;

let server: TestServer;
let db: DB;
let adminCookie: string;
let mateoCookie: string;
let team: Team;
let leads: FactoryLead[];
const special: Record<string, FactoryLead> = {};

const inboxId = (slug: string) => team.inboxes.find((inbox) => inbox.slug === slug)?.id ?? 0;
const userId = async (email: string) =>
  (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;

async function download(query: string, cookie = adminCookie) {
  const response = await fetch(`${server.baseUrl}/admin/leads.csv${query}`, {
    headers: { Cookie: cookie },
    redirect: "manual",
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes) };
}

/** Hostile text of exactly `length` characters: a formula first, then quotes, separators, accents and a direction override. */
const hostileAtLimit = (start: string, length: number) =>
  (start + ',"quoted";\u202Eé日 '.repeat(Math.ceil(length / 10))).slice(0, length);
/** The longest text each of the export's typed columns takes (the contact step's and the team's forms). */
const LIMITS = { company: 160, contactName: 120, userName: 120, inboxName: 80 };
const atLimit = {
  company: hostileAtLimit('=HYPERLINK("http://evil.example","Click")', LIMITS.company),
  contactName: hostileAtLimit("@SUM(A1:A9)", LIMITS.contactName),
  userName: hostileAtLimit("+cmd|' /C calc'!A0", LIMITS.userName),
  inboxName: hostileAtLimit("-2+3", LIMITS.inboxName),
};

const rowsOf = async (query: string, cookie = adminCookie) => csvObjects((await download(query, cookie)).text);

/** The audit rows, waiting briefly for the last one to be completed after its final bytes left. */
async function auditRows() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const rows = await db.selectFrom("csv_exports").selectAll().orderBy("id").execute();
    if (rows.every((row) => row.outcome !== "started")) return rows;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return db.selectFrom("csv_exports").selectAll().orderBy("id").execute();
}

beforeAll(async () => {
  const started = await startAdminServer();
  ({ server, db, adminCookie } = started);
  mateoCookie = await signIn(server.baseUrl, MATEO);
  team = await loadTeam(db);
  const mateo = await userId(MATEO);
  // An inbox and a consultant whose names are as long as their forms allow, and hostile.
  const created = new Date().toISOString();
  const longInbox = await db
    .insertInto("inboxes")
    .values({ slug: "at-the-limit", name: atLimit.inboxName, address: "limit@firm.example", created_at: created })
    .returning("id")
    .executeTakeFirstOrThrow();
  const longUser = await db
    .insertInto("users")
    .values({
      email: "limit@firm.example",
      name: atLimit.userName,
      role: "consultant",
      password_hash: null,
      created_at: created,
      updated_at: created,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const exact: Record<string, Partial<LeadSpec>> = {
    hostile: { company: '=HYPERLINK("http://evil.example","Click")', contactName: '-Robert, "Bobby"\nTables' },
    searched: { company: "Zephyrine Robotics GmbH" },
    erased: { company: "Vanished Holdings", contactName: "Erin Erased" },
    mateosInbox: { inboxId: inboxId("sanctions-export"), ownerId: null },
    ownedByMateo: { inboxId: inboxId("general"), ownerId: mateo },
    notMateos: { inboxId: inboxId("privacy-data"), ownerId: null, company: "Hidden From Mateo Ltd" },
    atLimit: {
      company: atLimit.company,
      contactName: atLimit.contactName,
      inboxId: longInbox.id,
      ownerId: longUser.id,
    },
  };
  const specs = generateLeadSpecs(team, { count: LEAD_COUNT, seed: 2201, now: new Date() });
  Object.values(exact).forEach((overrides, index) => (specs[index] = { ...(specs[index] as LeadSpec), ...overrides }));
  leads = await insertLeadSpecs(db, specs);
  Object.keys(exact).forEach((name, index) => (special[name] = leads[index] as FactoryLead));
  // Marked erased with its personal data still stored: the export must leave it out on its own.
  await db
    .updateTable("leads")
    .set({ erased_at: new Date().toISOString() })
    .where("id", "=", special.erased?.id ?? 0)
    .execute();
}, 60_000);

afterAll(() => stopAdminServer({ server, db }));

describe("the inbox as CSV", () => {
  it("is a UTF-8 CSV attachment with a byte order mark that no cache keeps", async () => {
    const { response, bytes } = await download("?status=won");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
  });

  it("lists every lead an administrator may see, once each, in the inbox's order", async () => {
    const rows = await rowsOf("");
    expect(rows.map((row) => row.Reference).sort()).toEqual(leads.map((lead) => lead.publicRef).sort());
    // Overdue first, then the highest priority, then the oldest, then the lowest number.
    const key = (row: Record<string, string> | undefined) =>
      [
        row?.Overdue === "yes" ? 0 : 1,
        -Number(row?.Priority),
        row?.["Received (UTC)"] ?? "",
        row?.Reference ?? "",
      ] as const;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]), key(rows[i])];
      const cmp = a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0) || (a[3] < b[3] ? -1 : 1);
      expect(cmp, `row ${i} is out of order`).toBeLessThan(0);
    }
  });

  it("keeps only the leads that match the view's filters", async () => {
    const rows = await rowsOf("?status=new&band=High");
    const expected = leads
      .filter((lead) => lead.status === "new" && lead.band === "High")
      .map((lead) => lead.publicRef);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.Reference).sort()).toEqual(expected.sort());
    expect(new Set(rows.map((row) => `${row.Status}/${row.Band}`))).toEqual(new Set(["New/High"]));
  });

  it("keeps only the leads the search finds", async () => {
    const rows = await rowsOf("?q=Zephyrine");
    expect(rows.map((row) => row.Reference)).toEqual([special.searched?.publicRef]);
  });

  it("gives a consultant only the leads of their inboxes and the leads they own", async () => {
    const mateo = await userId(MATEO);
    const rows = await rowsOf("", mateoCookie);
    const visible = leads
      .filter((lead) => lead.inboxId === inboxId("sanctions-export") || lead.ownerId === mateo)
      .map((lead) => lead.publicRef);
    expect(rows.map((row) => row.Reference).sort()).toEqual(visible.sort());
    expect(rows.map((row) => row.Reference)).toContain(special.ownedByMateo?.publicRef);
    expect(rows.map((row) => row.Company)).not.toContain("Hidden From Mateo Ltd");
  });

  it("gives a consultant who filters on another team's inbox nothing of it", async () => {
    const rows = await rowsOf("?inbox=privacy-data", mateoCookie);
    expect(rows.every((row) => row.Owner === "Mateo Ruiz")).toBe(true);
    expect(rows.map((row) => row.Reference)).not.toContain(special.notMateos?.publicRef);
  });

  it("shows an erased lead without its company or contact", async () => {
    const row = (await rowsOf("")).find((candidate) => candidate.Reference === special.erased?.publicRef);
    expect(row).toMatchObject({ Company: "", Contact: "", Erased: "yes" });
    expect((await download("")).text).not.toContain("Erin Erased");
  });

  it("writes hostile text as inert text that reads back whole", async () => {
    const row = (await rowsOf("")).find((candidate) => candidate.Reference === special.hostile?.publicRef);
    expect(row?.Company).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(row?.Contact).toBe(`'-Robert, "Bobby"\nTables`);
  });

  it("writes every typed column at its size limit with hostile text as inert text that reads back whole", async () => {
    expect(Object.values(atLimit).map((text) => text.length)).toEqual(Object.values(LIMITS));
    const { text } = await download("");
    const rows = csvObjects(text);
    // Quotes, separators and the direction override inside cells do not split or shift a record.
    expect(rows).toHaveLength(leads.length);
    expect(rows.every((row) => Object.keys(row).length === 16)).toBe(true);
    const row = rows.find((candidate) => candidate.Reference === special.atLimit?.publicRef);
    expect(row).toMatchObject({
      Company: `'${atLimit.company}`,
      Contact: `'${atLimit.contactName}`,
      Owner: `'${atLimit.userName}`,
      Inbox: `'${atLimit.inboxName}`,
    });
  });

  it("writes only the header for a view without leads", async () => {
    const { text } = await download("?q=nothingmatchesthisword");
    expect(csvObjects(text)).toEqual([]);
    expect(text.split("\r\n")[0]).toMatch(/^\ufeff?Reference,Received \(UTC\),Company,Contact,/);
  });

  it("is recorded in the audit trail with who, when, which filters and how many rows", async () => {
    await db.deleteFrom("csv_exports").execute();
    const before = new Date().toISOString();
    const rows = await rowsOf("?band=High&status=new", mateoCookie);
    const [entry, ...others] = await auditRows();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      user_id: await userId(MATEO),
      kind: "inbox",
      filters: "status=new&band=High",
      rows: rows.length,
      outcome: "complete",
    });
    expect((entry?.started_at ?? "") >= before).toBe(true);

    const page = await fetch(`${server.baseUrl}/admin/exports`, { headers: { Cookie: adminCookie } });
    const html = await readable(page);
    expect(page.status).toBe(200);
    expect(html).toContain("Mateo Ruiz");
    expect(html).toContain("status=new, band=High");
  });

  it("keeps its audit trail from consultants", async () => {
    const page = await fetch(`${server.baseUrl}/admin/exports`, {
      headers: { Cookie: mateoCookie },
      redirect: "manual",
    });
    expect(page.status).toBe(403);
  });

  it.each([
    ["?status=pending", /Unknown status "pending"/],
    ["?from=2026-13-45", /The from date must be a calendar date/],
    ["?inbox=no-such-inbox", /There is no inbox called "no-such-inbox"/],
    ["?owner=999999", /There is no consultant number 999999/],
  ])("refuses the filters %s with a 400 that says why, and records nothing", async (query, message) => {
    await db.deleteFrom("csv_exports").execute();
    const { response, text } = await download(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(text).toMatch(message);
    expect(await db.selectFrom("csv_exports").selectAll().execute()).toEqual([]);
  });

  it("sends someone who is not signed in to the sign-in page", async () => {
    const response = await fetch(`${server.baseUrl}/admin/leads.csv?status=new`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/admin\/login\?next=/);
  });

  it("is offered on the inbox as a link that keeps the view's filters", async () => {
    const html = await readable(
      await fetch(`${server.baseUrl}/admin?status=new&band=High`, { headers: { Cookie: adminCookie } }),
    );
    expect(html).toMatch(/<a href="\/admin\/leads\.csv\?status=new&amp;band=High" download=""[^>]*>Export CSV/);
  });
});
