import { REGIMES, REGIME_IDS } from "~/domain/exposure";
import { LEAD_STATUSES, type LeadStatus } from "~/domain/lead-inbox";
import { BANDS } from "~/domain/routing";
import { seededRandom } from "~/domain/seeded-random";
import { encodeLeadDocuments } from "~/server/leads/documents.server";
import type { DB } from "~/server/storage/db.server";

/**
 * Thousands of varied leads written straight into the tables in one transaction, for the inbox's
 * filter, search, order and paging tests. The public flow is far too slow for that many, and
 * these leads only need what the inbox reads: their assessment carries the regimes with verdicts
 * and exposure, not a whole `assess` result.
 */

export type FactoryVerdict = { regime: string; status: "likely" | "possible" | "unlikely"; exposure: number };

export interface LeadSpec {
  company: string;
  contactName: string;
  email: string;
  status: LeadStatus;
  band: (typeof BANDS)[number];
  priority: number;
  impactScore: number;
  inboxId: number | null;
  ownerId: number | null;
  createdAt: string;
  slaDueAt: string | null;
  firstResponseAt: string | null;
  sourceArticle: string | null;
  regimes: FactoryVerdict[];
}

export type FactoryLead = LeadSpec & { id: number; publicRef: string };

export interface Team {
  inboxes: { id: number; slug: string }[];
  members: Map<number, number[]>;
}

export const FACTORY_SOURCES = [
  "ai-act-omnibus-new-deadlines",
  "nis2-basics",
  "dora-third-party-register",
  "gdpr-fines-2026",
] as const;

const COMPANY_FIRST = [
  "Northwind",
  "Bluefin",
  "Copperleaf",
  "Harbourline",
  "Silverpine",
  "Redwood",
  "Tidewater",
  "Granite",
  "Lumen",
  "Orchard",
  "Kestrel",
  "Meadow",
];
const COMPANY_SECOND = [
  "Analytics",
  "Logistics",
  "Health",
  "Payments",
  "Systems",
  "Foods",
  "Mobility",
  "Energy",
  "Insurance",
  "Retail",
];
const COMPANY_SUFFIX = ["BV", "GmbH", "Ltd", "SA", "AB", "Inc"];
const FIRST_NAMES = [
  "Anna",
  "Bram",
  "Chloé",
  "Dariusz",
  "Elif",
  "Femke",
  "Giulia",
  "Hugo",
  "Ines",
  "Jakub",
  "Katrin",
  "Luca",
  "Marta",
  "Niels",
  "Olga",
  "Pieter",
];
const LAST_NAMES = [
  "Jansen",
  "Kowalski",
  "Rossi",
  "Dubois",
  "Schmidt",
  "Novak",
  "Berg",
  "Costa",
  "Visser",
  "Horvath",
  "Moreau",
  "Larsen",
];

const STATUS_WEIGHTS: Record<LeadStatus, number> = {
  new: 40,
  contacted: 15,
  qualified: 10,
  proposal: 8,
  won: 7,
  lost: 12,
  spam: 8,
  unconfirmed: 0,
};
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export async function loadTeam(db: DB): Promise<Team> {
  const inboxes = await db.selectFrom("inboxes").select(["id", "slug"]).orderBy("id").execute();
  const members = new Map<number, number[]>();
  for (const row of await db.selectFrom("inbox_members").select(["inbox_id", "user_id"]).orderBy("user_id").execute()) {
    members.set(row.inbox_id, [...(members.get(row.inbox_id) ?? []), row.user_id]);
  }
  return { inboxes, members };
}

/**
 * `count` varied leads received over the 120 days before `now`: every status, band and inbox;
 * about a fifth unassigned; priorities on a coarse scale and some identical receipt times, so the
 * order's tie-breaks are exercised; new leads on both sides of their deadline, some answered.
 */
export function generateLeadSpecs(
  team: Team,
  { count, seed = 1, now }: { count: number; seed?: number; now: Date },
): LeadSpec[] {
  // Seeded, so a failing run can be replayed exactly.
  const rnd = seededRandom(seed);
  const statuses = LEAD_STATUSES.flatMap((status) => Array<LeadStatus>(STATUS_WEIGHTS[status]).fill(status));
  const specs: LeadSpec[] = [];
  for (let index = 0; index < count; index += 1) {
    const inbox = rnd.pick(team.inboxes);
    const members = team.members.get(inbox.id) ?? [];
    const status = rnd.pick(statuses);
    // Every 40th lead arrives at the same instant and priority as the one before, so only the id
    // tells them apart in the inbox order.
    const twin = index % 40 === 0 ? specs.at(-1) : undefined;
    const created = twin ? Date.parse(twin.createdAt) : now.getTime() - rnd.int(10, 120 * 24 * 60) * MINUTE_MS;
    const slaDue = rnd.next() < 0.03 ? null : created + rnd.int(4, 120) * HOUR_MS;
    const answered = status !== "new" || rnd.next() < 0.1;
    const first = rnd.pick(FIRST_NAMES);
    const last = rnd.pick(LAST_NAMES);
    const companyWords = [rnd.pick(COMPANY_FIRST), rnd.pick(COMPANY_SECOND)];
    const fired = rnd.sample(REGIME_IDS, rnd.int(0, 6));
    specs.push({
      company: `${companyWords.join(" ")} ${rnd.pick(COMPANY_SUFFIX)}`,
      contactName: `${first} ${last}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}${index}@${companyWords.join("").toLowerCase()}.example`,
      status,
      band: rnd.pick(BANDS),
      priority: twin ? twin.priority : rnd.int(0, 10) * 10,
      impactScore: rnd.int(0, 100),
      inboxId: inbox.id,
      ownerId: members.length === 0 || rnd.next() < 0.2 ? null : rnd.pick(members),
      createdAt: new Date(created).toISOString(),
      slaDueAt: slaDue === null ? null : new Date(slaDue).toISOString(),
      firstResponseAt: answered ? new Date(created + rnd.int(1, 60) * HOUR_MS).toISOString() : null,
      sourceArticle: rnd.next() < 0.3 ? null : rnd.pick(FACTORY_SOURCES),
      regimes: fired.map((regime, position) => ({
        regime,
        // The first few fire; the rest were considered and judged unlikely, as in a real assessment.
        status: position < 2 ? rnd.pick(["likely", "possible"] as const) : position < 4 ? "possible" : "unlikely",
        exposure: rnd.int(1, 100) / 100,
      })),
    });
  }
  return specs;
}

const REGIME_NAMES = new Map(REGIMES.map((regime) => [regime.id as string, regime.name]));

/** Inserts the leads (and the drafts they require) in one transaction; returns them with their ids. */
export async function insertLeadSpecs(db: DB, specs: readonly LeadSpec[]): Promise<FactoryLead[]> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("leads")
      .select((eb) => eb.fn.max("id").as("max"))
      .executeTakeFirst();
    const offset = Number(before?.max ?? 0);
    const inserted: FactoryLead[] = [];
    const BATCH = 200;
    for (let start = 0; start < specs.length; start += BATCH) {
      const batch = specs
        .slice(start, start + BATCH)
        .map((spec, position) => ({ spec, n: offset + start + position + 1 }));
      await trx
        .insertInto("lead_drafts")
        .values(
          batch.map(({ spec, n }) => ({
            id: `factory-draft-${n}`,
            token_hash: `factory-token-${n}`,
            status: "submitted" as const,
            created_at: spec.createdAt,
            updated_at: spec.createdAt,
            expires_at: spec.createdAt,
          })),
        )
        .execute();
      const rows = await trx
        .insertInto("leads")
        .values(
          batch.map(({ spec, n }) => ({
            public_ref: `FX-${String(n).padStart(6, "0")}`,
            summary_token_hash: `factory-summary-${n}`,
            draft_id: `factory-draft-${n}`,
            contact_name: spec.contactName,
            contact_email: spec.email,
            email_normalized: spec.email.toLowerCase(),
            company: spec.company,
            job_title: "Head of Compliance",
            phone: null,
            message: null,
            ruleset_version: "factory",
            impact_score: spec.impactScore,
            priority: spec.priority,
            band: spec.band,
            next_deadline: null,
            source_article: spec.sourceArticle,
            source_topic: null,
            utm: "{}",
            referrer: null,
            consent_version: "factory",
            consent_at: spec.createdAt,
            marketing_opt_in: 0,
            status: spec.status,
            duplicate_of: null,
            inbox_id: spec.inboxId,
            owner_id: spec.ownerId,
            routing_version: null,
            sla_due_at: spec.slaDueAt,
            first_response_at: spec.firstResponseAt,
            created_at: spec.createdAt,
            updated_at: spec.createdAt,
            erased_at: null,
          })),
        )
        .returning(["id", "public_ref"])
        .execute();
      const written = rows.map((row, position) => ({
        ...(batch[position]?.spec as LeadSpec),
        id: row.id,
        publicRef: row.public_ref,
      }));
      await trx
        .insertInto("lead_documents")
        .values(
          written.map((lead) => ({
            lead_id: lead.id,
            ...encodeLeadDocuments(
              {
                answers: {},
                assessment: {
                  rulesetVersion: "factory",
                  band: lead.band,
                  impact: lead.impactScore,
                  priority: lead.priority,
                  regimes: lead.regimes.map((verdict) => ({
                    ...verdict,
                    name: REGIME_NAMES.get(verdict.regime) ?? verdict.regime,
                  })),
                },
                routingTrace: null,
              },
              null,
            ),
          })),
        )
        .execute();
      // As the submit writes them: one row per regime that fires.
      const verdicts = written.flatMap((lead) =>
        lead.regimes
          .filter((verdict) => verdict.status !== "unlikely")
          .map((verdict) => ({ lead_id: lead.id, ...verdict })),
      );
      if (verdicts.length > 0) await trx.insertInto("lead_regimes").values(verdicts).execute();
      inserted.push(...written);
    }
    return inserted;
  });
}

/** Generates `count` leads, replaces the first ones with `exact` where given, and inserts them all. */
export async function seedLeads(
  db: DB,
  { count, seed, now, exact = [] }: { count: number; seed?: number; now: Date; exact?: Partial<LeadSpec>[] },
): Promise<FactoryLead[]> {
  const specs = generateLeadSpecs(await loadTeam(db), { count, seed, now });
  exact.forEach((overrides, index) => {
    specs[index] = { ...(specs[index] as LeadSpec), ...overrides };
  });
  return insertLeadSpecs(db, specs);
}

/** A note as the triage actions will write it. */
export async function addNote(
  db: DB,
  note: { leadId: number; authorId: number; body: string; at: string },
): Promise<number> {
  const row = await db
    .insertInto("lead_notes")
    .values({ lead_id: note.leadId, author_id: note.authorId, body: note.body, created_at: note.at })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
