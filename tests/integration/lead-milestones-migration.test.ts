import { type Kysely, Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { migrateToLatest } from "~/server/storage/migrate.server";
import { seedDemoTeam } from "~/server/seed/team.server";
import { MIGRATIONS } from "../../db/migrations";
import { type FactoryLead, type LeadSpec, seedLeads } from "../support/lead-factory";
import { freshDatabasePath } from "../support/paths";

/**
 * A database as it stood before migration 0019, with leads whose timelines say what happened to
 * them, is migrated: each lead's milestones and first responder must be read from its history,
 * and from then on a status change writes them.
 */

const NOW = new Date("2026-11-20T09:00:00.000Z");
const at = (day: number, hour = 10) =>
  `2026-10-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00.000Z`;

let db: DB;
let leads: Record<string, FactoryLead>;
let people: number[];

type Event = { lead: string; type: string; actor: number | null; data: Record<string, unknown>; at: string };

beforeAll(async () => {
  db = createDatabase(freshDatabasePath("milestones-migration"));
  const migrator = new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error } = await migrator.migrateTo("0018_flow_progress");
  if (error) throw error instanceof Error ? error : new Error("The migration to 0018 failed");
  await seedDemoTeam(db, { now: NOW, demoPassword: null });
  people = (await db.selectFrom("users").select("id").orderBy("id").execute()).map((row) => row.id);
  const [first, second, third] = people as [number, number, number];

  const spec = (status: LeadSpec["status"], firstResponseAt: string | null): Partial<LeadSpec> => ({
    status,
    createdAt: at(1, 8),
    firstResponseAt,
    ownerId: third,
  });
  const specs: Record<string, Partial<LeadSpec>> = {
    qualifiedThenLost: spec("lost", at(2)),
    createdWon: spec("won", null),
    wonStepByStep: spec("won", at(2)),
    answeredByNote: spec("contacted", at(3)),
    answeredWithoutTrace: spec("contacted", at(4)),
    stillNew: spec("new", null),
  };
  const written = await seedLeads(db, { count: 6, now: NOW, exact: Object.values(specs) });
  leads = Object.fromEntries(Object.keys(specs).map((name, index) => [name, written[index] as FactoryLead]));

  const events: Event[] = [
    {
      lead: "qualifiedThenLost",
      type: "status_changed",
      actor: first,
      data: { from: "new", to: "qualified" },
      at: at(2),
    },
    {
      lead: "qualifiedThenLost",
      type: "status_changed",
      actor: first,
      data: { from: "qualified", to: "lost" },
      at: at(9),
    },
    { lead: "wonStepByStep", type: "status_changed", actor: second, data: { from: "new", to: "contacted" }, at: at(2) },
    {
      lead: "wonStepByStep",
      type: "status_changed",
      actor: third,
      data: { from: "contacted", to: "proposal" },
      at: at(5),
    },
    { lead: "wonStepByStep", type: "status_changed", actor: third, data: { from: "proposal", to: "won" }, at: at(8) },
    // Opened at the instant of the first response, but opening a lead is not answering it.
    { lead: "answeredByNote", type: "viewed", actor: first, data: {}, at: at(3) },
    { lead: "answeredByNote", type: "note_added", actor: second, data: { contacted: true }, at: at(3) },
  ];
  await db
    .insertInto("lead_events")
    .values(
      events.map((event) => ({
        lead_id: leads[event.lead]?.id ?? 0,
        type: event.type,
        actor: event.actor === null ? null : String(event.actor),
        data: JSON.stringify(event.data),
        created_at: event.at,
      })),
    )
    .execute();
  await migrateToLatest(db);
});

afterAll(async () => {
  await db?.destroy();
});

const row = (name: string) =>
  db
    .selectFrom("leads")
    .select(["status", "reached_qualified_at", "reached_won_at", "first_response_by"])
    .where("id", "=", leads[name]?.id ?? 0)
    .executeTakeFirstOrThrow();

describe("migration 0019", () => {
  it("keeps a lead qualified and later lost as qualified from the day it was qualified", async () => {
    expect(await row("qualifiedThenLost")).toEqual({
      status: "lost",
      reached_qualified_at: at(2),
      reached_won_at: null,
      first_response_by: people[0],
    });
  });

  it("takes a lead stored already won as qualified and won when it was received", async () => {
    expect(await row("createdWon")).toMatchObject({ reached_qualified_at: at(1, 8), reached_won_at: at(1, 8) });
  });

  it("dates each milestone by the first status change that passed it", async () => {
    expect(await row("wonStepByStep")).toEqual({
      status: "won",
      reached_qualified_at: at(5),
      reached_won_at: at(8),
      first_response_by: people[1],
    });
  });

  it("credits the first response to whoever logged it, not to someone who only opened the lead", async () => {
    expect(await row("answeredByNote")).toMatchObject({ reached_qualified_at: null, first_response_by: people[1] });
  });

  it("leaves the responder unknown when the timeline does not say", async () => {
    expect(await row("answeredWithoutTrace")).toMatchObject({ first_response_by: null });
    expect(await row("stillNew")).toEqual({
      status: "new",
      reached_qualified_at: null,
      reached_won_at: null,
      first_response_by: null,
    });
  });

  it("writes the milestones with each later status change, and never clears them", async () => {
    const id = leads.stillNew?.id ?? 0;
    const change = (status: string, day: number) =>
      db
        .updateTable("leads")
        .set({ status, updated_at: at(day) })
        .where("id", "=", id)
        .execute();
    await change("qualified", 10);
    await change("lost", 11);
    await change("contacted", 12);
    await change("qualified", 13);
    expect(await row("stillNew")).toMatchObject({
      status: "qualified",
      reached_qualified_at: at(10),
      reached_won_at: null,
    });
    await change("won", 14);
    expect(await row("stillNew")).toMatchObject({ reached_qualified_at: at(10), reached_won_at: at(14) });
  });
});
