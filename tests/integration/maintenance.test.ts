import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { createDraft, createResumeLink } from "~/server/flow/drafts.server";
import { createTestDatabase } from "../support/db";
import { type Team, generateLeadSpecs, insertLeadSpecs, loadTeam } from "../support/lead-factory";
import { PROJECT_ROOT } from "../support/paths";
import { startServer } from "../support/server";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const source = { article: null, topic: null, utm: {}, referrer: null };
const open: DB[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

/** Runs `npm run maintenance` (the same script) against a database; resolves with what it printed. */
function runMaintenanceScript(
  databasePath: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(PROJECT_ROOT, "app", "cli", "maintenance.ts")],
      {
        cwd: PROJECT_ROOT,
        env: {
          PATH: process.env.PATH ?? "",
          DATABASE_PATH: databasePath,
          SESSION_SECRET: "s".repeat(40),
          ...env,
        } as unknown as NodeJS.ProcessEnv,
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

async function leadsAged(db: DB, team: Team, specs: { status: "new" | "won" | "lost"; days: number }[]) {
  const generated = generateLeadSpecs(team, { count: specs.length, seed: 5, now: new Date() });
  const leads = await insertLeadSpecs(
    db,
    generated.map((spec, index) => ({ ...spec, status: specs[index]!.status, createdAt: ago(specs[index]!.days) })),
  );
  for (const [index, lead] of leads.entries())
    await db
      .updateTable("leads")
      .set({ updated_at: ago(specs[index]!.days) })
      .where("id", "=", lead.id)
      .execute();
  return leads;
}

describe("maintenance", () => {
  it("keeps the privacy notice: deletes expired drafts and links, prunes sign-in records, erases leads past retention, and says how many", async () => {
    const { db, path: databasePath } = await createTestDatabase("maintenance");
    open.push(db);
    const team = await loadTeam(db);
    const userId = (await db.selectFrom("users").select("id").executeTakeFirstOrThrow()).id;

    const expired = await createDraft(db, source, new Date(Date.now() - 40 * DAY));
    await createResumeLink(db, expired.draft.id, "old@visitor.example", new Date(Date.now() - 40 * DAY));
    const fresh = await createDraft(db, source);
    await db
      .insertInto("sessions")
      .values([
        {
          id_hash: "ended",
          user_id: userId,
          created_at: ago(10),
          last_seen_at: ago(9),
          expires_at: ago(3),
          revoked_at: null,
          ip: null,
          user_agent: null,
        },
        {
          id_hash: "live",
          user_id: userId,
          created_at: ago(0),
          last_seen_at: ago(0),
          expires_at: new Date(Date.now() + DAY).toISOString(),
          revoked_at: null,
          ip: null,
          user_agent: null,
        },
      ])
      .execute();
    await db
      .insertInto("password_links")
      .values({
        token_hash: "used",
        user_id: userId,
        purpose: "reset",
        expires_at: ago(-1),
        used_at: ago(0),
        created_at: ago(0),
      })
      .execute();
    await db
      .insertInto("sign_in_failures")
      .values([
        { key: "ip:10.0.0.1", at: ago(1) },
        { key: "ip:10.0.0.1", at: new Date().toISOString() },
      ])
      .execute();
    const [stale, won, recent] = await leadsAged(db, team, [
      { status: "new", days: 800 },
      { status: "won", days: 800 },
      { status: "lost", days: 100 },
    ]);

    const { code, output } = await runMaintenanceScript(databasePath);
    expect(code).toBe(0);
    expect(output).toContain(
      "deleted 1 expired drafts, 1 used or expired continue-later links, 1 ended sessions, 1 used or expired password links, 1 old sign-in failures; erased the personal data of 1 leads past retention",
    );

    const drafts = (
      await db.selectFrom("lead_drafts").select("id").where("id", "in", [expired.draft.id, fresh.draft.id]).execute()
    ).map((row) => row.id);
    expect(drafts).toEqual([fresh.draft.id]);
    expect((await db.selectFrom("sessions").select("id_hash").execute()).map((row) => row.id_hash)).toEqual(["live"]);
    expect(await db.selectFrom("sign_in_failures").select("id").execute()).toHaveLength(1);

    const leads = await db
      .selectFrom("leads")
      .select(["id", "erased_at", "contact_email"])
      .where("id", "in", [stale!.id, won!.id, recent!.id])
      .orderBy("id")
      .execute();
    expect(leads.map((lead) => [lead.id, lead.erased_at !== null, lead.contact_email === ""])).toEqual([
      [stale!.id, true, true],
      [won!.id, false, false],
      [recent!.id, false, false],
    ]);
    const erasure = await db
      .selectFrom("lead_events")
      .select(["actor", "data"])
      .where("lead_id", "=", stale!.id)
      .where("type", "=", "erased")
      .executeTakeFirstOrThrow();
    expect(erasure).toEqual({ actor: null, data: JSON.stringify({ reason: "Retention period of 730 days ended" }) });
    // Reports count leads from their tallies, erased ones included.
    const tallied = await db
      .selectFrom("lead_tallies")
      .select((eb) => eb.fn.sum<number>("leads").as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(tallied.n)).toBe(3);
  }, 60_000);

  it("erases after the configured retention period", async () => {
    const { db, path: databasePath } = await createTestDatabase("retention");
    open.push(db);
    const [lead] = await leadsAged(db, await loadTeam(db), [{ status: "lost", days: 100 }]);
    const { output } = await runMaintenanceScript(databasePath, { LEAD_RETENTION_DAYS: "90" });
    expect(output).toContain("erased the personal data of 1 leads past retention");
    expect(
      (await db.selectFrom("leads").select("erased_at").where("id", "=", lead!.id).executeTakeFirstOrThrow()).erased_at,
    ).not.toBeNull();
  }, 60_000);

  it("runs on its own in the server's worker, logging its counts", async () => {
    const server = await startServer({ MAINTENANCE_EVERY_MINUTES: "1" });
    const db = createDatabase(server.databasePath);
    open.push(db);
    const expired = await createDraft(db, source, new Date(Date.now() - 40 * DAY));
    await expect.poll(() => server.output(), { timeout: 30_000, interval: 500 }).toContain("Maintenance: deleted");
    expect(
      await db.selectFrom("lead_drafts").select("id").where("id", "=", expired.draft.id).executeTakeFirst(),
    ).toBeUndefined();
    const notice = (await (await fetch(`${server.baseUrl}/privacy`)).text()).replaceAll("<!-- -->", "");
    expect(notice).toContain("personal data for 2 years after the last change");
    expect(notice).toContain("An automatic maintenance run does this every few hours");
    await server.stop();
  }, 60_000);
});

describe("starting assessments", () => {
  it("is limited per client address, and a browser with an open draft goes back to it", async () => {
    const server = await startServer({ DRAFT_LIMIT_PER_IP: "3" });
    const db = createDatabase(server.databasePath);
    open.push(db);
    const start = (cookie = "") =>
      fetch(`${server.baseUrl}/assess`, {
        method: "POST",
        body: new URLSearchParams(),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
        redirect: "manual",
      });
    const first = await start();
    const cookie = first.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect((await start(cookie)).status).toBe(302);
    const statuses = [first.status, (await start()).status, (await start()).status, (await start()).status];
    expect(statuses).toEqual([302, 302, 302, 429]);
    const refused = await start();
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.text()).toContain("Please try again a little later");
    expect(await db.selectFrom("lead_drafts").select("id").execute()).toHaveLength(3);
    await server.stop();
  }, 60_000);
});
