import { type Kysely, Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { findSearchMatches } from "~/server/inbox/search.server";
import { migrateToLatest } from "~/server/storage/migrate.server";
import { seedDemoTeam } from "~/server/seed/team.server";
import { MIGRATIONS } from "../../db/migrations";
import { type FactoryLead, addNote, seedLeads } from "../support/lead-factory";
import { freshDatabasePath } from "../support/paths";

/**
 * A database whose search index was made before the prefix indexes (migration 0011), holding
 * leads, a note and an erased lead, is migrated: every lead is still found as before, the erased
 * one by nothing, and the index keeps following the leads afterwards.
 */

const NOW = new Date("2026-11-20T09:00:00.000Z");
let db: DB;
let leads: FactoryLead[];
let applied: string[];

const found = async (words: string) => (await findSearchMatches(db, words)).ids;

beforeAll(async () => {
  db = createDatabase(freshDatabasePath("search-prefix"));
  const migrator = new Migrator({
    db: db as unknown as Kysely<any>,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error } = await migrator.migrateTo("0011_csv_exports");
  if (error) throw error instanceof Error ? error : new Error("The migration to 0011 failed");
  await seedDemoTeam(db, { now: NOW, demoPassword: null });
  leads = await seedLeads(db, {
    count: 40,
    now: NOW,
    exact: [
      { company: "Nordic Bank 1234", contactName: "Grace Hopper", email: "grace.hopper77@nordic1234.example" },
      { company: "Erasable Widgets", contactName: "Ada Lovelace", email: "ada@erasable.example" },
    ],
  });
  const author = await db.selectFrom("users").select("id").executeTakeFirstOrThrow();
  await addNote(db, {
    leadId: leads[0]!.id,
    authorId: author.id,
    body: "Wants a DORA gap analysis",
    at: NOW.toISOString(),
  });
  await db
    .updateTable("leads")
    .set({ company: "", contact_name: "", contact_email: "" })
    .where("id", "=", leads[1]!.id)
    .execute();
  applied = await migrateToLatest(db);
});

afterAll(async () => {
  await db?.destroy();
});

describe("migration 0012, prefix indexes for search", () => {
  it("applies to a database made before it", () => {
    expect(applied).toContain("0012_search_prefix_indexes");
  });

  it("makes the search index with prefix indexes of 2 to 8 characters", async () => {
    const table = await sql<{ sql: string }>`select sql from sqlite_master where name = 'lead_search'`.execute(db);
    expect(table.rows[0]?.sql).toMatch(/prefix = '2 3 4 5 6 7 8'/);
  });

  it("finds every lead by its company, contact name and email address as before", async () => {
    const kept = leads.filter((lead) => lead.id !== leads[1]!.id);
    for (const lead of kept) {
      expect(await found(`"${lead.company}"`)).toContain(lead.id);
      expect(await found(lead.contactName)).toContain(lead.id);
      expect(await found(lead.email)).toContain(lead.id);
    }
  });

  it("finds a lead by the words people type: prefixes of its name and address, and its notes", async () => {
    expect(await found("nord ban 12")).toEqual([leads[0]!.id]);
    expect(await found("grace.hopp")).toEqual([leads[0]!.id]);
    expect(await found("gap analysis")).toEqual([leads[0]!.id]);
  });

  it("finds an erased lead by nothing it held before", async () => {
    expect(await found("Erasable")).toEqual([]);
    expect(await found("Lovelace")).toEqual([]);
    expect(await found("ada@erasable.example")).toEqual([]);
  });

  it("keeps following the leads afterwards: a new lead, a new note and a changed name", async () => {
    const [added] = await seedLeads(db, { count: 1, now: NOW, exact: [{ company: "Fjord Analytics" }] });
    expect(await found("fjor")).toEqual([added!.id]);
    const author = await db.selectFrom("users").select("id").executeTakeFirstOrThrow();
    await addNote(db, { leadId: added!.id, authorId: author.id, body: "Sanctions screening", at: NOW.toISOString() });
    expect(await found("screen")).toEqual([added!.id]);
    await db.updateTable("leads").set({ company: "Zephyrine Systems" }).where("id", "=", added!.id).execute();
    expect(await found("fjord")).toEqual([]);
    expect(await found("zephyri")).toEqual([added!.id]);
  });
});
