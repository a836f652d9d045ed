/**
 * Fills a database with realistic leads for the data benchmark, fast: a pool of varied profiles
 * goes through the real `assess`, the routing rules in force and the document encoding once, and
 * the leads drawn from it are written in large batches with prepared statements. The triggers of
 * the schema (search index, tallies, sources) run for every lead, as they do for real ones.
 *
 * Leads are spread over five years, oldest first; their status follows their age (recent ones
 * are mostly new or in progress, old ones mostly closed), a few old ones were never answered and
 * stay overdue, a few were erased.
 */
import type { Database as SqliteDatabase } from "better-sqlite3";
import { type Assessment, assess } from "../../app/domain/exposure";
import { seededRandom } from "../../app/domain/seeded-random";
import { type Answers, sampleAnswers } from "../../app/domain/questionnaire";
import { routeLead } from "../../app/domain/routing";
import type { DB } from "../../app/server/storage/db.server";
import { currentDictionary, encodeDocument, encodeLeadDocuments } from "../../app/server/leads/documents.server";
import { activeRoutingRuleset } from "../../app/server/routing/routing.server";

const DAY_MS = 24 * 60 * 60 * 1000;
const SPAN_DAYS = 5 * 365;
const POOL = 600;
const BATCH = 5_000;

const FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Tim", "Radia", "John", "Hedy", "Linus", "Sophie", "Niklaus", "Anita", "Dennis", "Karen", "Bjarne"];
const LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Hamilton", "Berners", "Perlman", "Backus", "Lamarr", "Torvalds", "Wilson", "Wirth", "Borg", "Ritchie", "Jones", "Stroustrup"];
const WORDS = ["Analytical", "Nordic", "Harbour", "Quantum", "Atlas", "Meridian", "Cobalt", "Summit", "Vertex", "Beacon", "Orbit", "Juniper", "Granite", "Aurora", "Delta"];
const KINDS = ["Bank", "Health", "Logistics", "Energy", "Software", "Retail", "Robotics", "Insurance", "Telecom", "Media"];

type Profile = {
  answers: Answers;
  assessment: Assessment;
  inboxSlug: string;
  documents: ReturnType<typeof encodeLeadDocuments>;
  verdicts: { regime: string; status: string; exposure: number }[];
  routingTrace: Buffer;
};

async function buildPool(db: DB, now: Date): Promise<Profile[]> {
  const ruleset = await activeRoutingRuleset(db);
  const dictionary = await currentDictionary(db, now);
  const pool: Profile[] = [];
  for (let seed = 1; seed <= POOL; seed += 1) {
    const answers = sampleAnswers(seed * 7919);
    const assessment = assess(answers, new Date(now.getTime() - (seed % 365) * DAY_MS));
    const routing = routeLead(ruleset, { assessment, answers, source: { article: null, topic: null } });
    const trace = { routing, assignment: { chosen: null, reason: "Generated for the benchmark", candidates: [] }, repeatSubmitter: null };
    pool.push({
      answers,
      assessment,
      inboxSlug: routing.inbox,
      documents: encodeLeadDocuments({ answers, assessment, routingTrace: null }, dictionary),
      verdicts: assessment.regimes
        .filter((regime) => regime.status === "likely" || regime.status === "possible")
        .map((regime) => ({ regime: regime.regime, status: regime.status, exposure: regime.exposure })),
      routingTrace: encodeDocument(trace, dictionary),
    });
  }
  return pool;
}

function statusFor(ageDays: number, roll: number): string {
  if (ageDays < 14) return roll < 0.4 ? "new" : roll < 0.75 ? "contacted" : roll < 0.9 ? "qualified" : roll < 0.97 ? "proposal" : "spam";
  if (ageDays < 90) return roll < 0.02 ? "new" : roll < 0.35 ? "contacted" : roll < 0.55 ? "qualified" : roll < 0.7 ? "proposal" : roll < 0.8 ? "won" : roll < 0.97 ? "lost" : "spam";
  return roll < 0.005 ? "new" : roll < 0.2 ? "contacted" : roll < 0.3 ? "qualified" : roll < 0.35 ? "proposal" : roll < 0.55 ? "won" : roll < 0.95 ? "lost" : "spam";
}

export type GenerateOptions = { count: number; now?: Date; seed?: number; onProgress?: (written: number) => void };

/**
 * Appends `count` leads (with their drafts, documents, verdicts and timeline) to a migrated
 * database that has the demo team, rules and articles. `sqlite` is a raw connection to the same
 * file, used for the bulk writes.
 */
export async function generateLeads(db: DB, sqlite: SqliteDatabase, { count, now = new Date(), seed = 1, onProgress }: GenerateOptions): Promise<void> {
  const pool = await buildPool(db, now);
  const inboxes = new Map((await db.selectFrom("inboxes").select(["id", "slug"]).execute()).map((row) => [row.slug, row.id]));
  const members = new Map<number, number[]>();
  for (const row of await db.selectFrom("inbox_members").select(["inbox_id", "user_id"]).execute()) {
    members.set(row.inbox_id, [...(members.get(row.inbox_id) ?? []), row.user_id]);
  }
  const articles = (await db.selectFrom("articles").select("slug").execute()).map((row) => row.slug);
  const admin = (await db.selectFrom("users").select("id").where("role", "=", "admin").executeTakeFirstOrThrow()).id;
  const start = Number((sqlite.prepare("select coalesce(max(id), 0) as n from leads").get() as { n: number }).n);
  // Seeded, so the same arguments give the same database.
  const rnd = seededRandom(seed + start);

  const insertDraft = sqlite.prepare(
    "insert into lead_drafts (id, token_hash, answers, contact, source_article, source_topic, utm, referrer, status, lead_id, created_at, updated_at, expires_at, submitted_at) values (?, ?, '{}', null, ?, null, '{}', null, 'submitted', ?, ?, ?, ?, ?)",
  );
  const insertLead = sqlite.prepare(`
    insert into leads (id, status, priority, band, impact_score, created_at, sla_due_at, first_response_at, inbox_id, owner_id, erased_at,
      duplicate_of, source_article, source_topic, next_deadline, updated_at, public_ref, ruleset_version, routing_version, consent_version,
      consent_at, marketing_opt_in, company, contact_name, job_title, contact_email, email_normalized, phone, summary_token_hash, draft_id,
      utm, referrer, message)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertDocuments = sqlite.prepare("insert into lead_documents (lead_id, dictionary_id, answers, assessment, routing_trace) values (?, ?, ?, ?, ?)");
  const insertVerdict = sqlite.prepare("insert into lead_regimes (lead_id, regime, status, exposure) values (?, ?, ?, ?)");
  const insertEvent = sqlite.prepare("insert into lead_events (lead_id, type, actor, data, created_at) values (?, ?, ?, ?, ?)");

  const writeBatch = sqlite.transaction((from: number, to: number) => {
    for (let n = from; n < to; n += 1) {
      const id = start + n + 1;
      const profile = pool[Math.floor(rnd.next() * pool.length)] as Profile;
      // Oldest first, so ids and received times grow together as they do in life.
      const ageDays = SPAN_DAYS * (1 - (n + rnd.next()) / count);
      const created = new Date(now.getTime() - ageDays * DAY_MS);
      const createdAt = created.toISOString();
      const status = statusFor(ageDays, rnd.next());
      const inboxId = inboxes.get(profile.inboxSlug) ?? null;
      const people = inboxId === null ? [] : (members.get(inboxId) ?? []);
      const ownerId = people.length === 0 || rnd.next() < 0.05 ? null : rnd.pick(people);
      const answered = status !== "new";
      const firstResponse = answered ? new Date(created.getTime() + (1 + rnd.next() * 30) * 36e5).toISOString() : null;
      const erased = ageDays > 365 && rnd.next() < 0.005 ? new Date(created.getTime() + 200 * DAY_MS).toISOString() : null;
      const first = rnd.pick(FIRST);
      const last = rnd.pick(LAST);
      const company = erased ? "" : `${rnd.pick(WORDS)} ${rnd.pick(KINDS)} ${id % 40_000}`;
      const email = erased ? "" : `${first.toLowerCase()}.${last.toLowerCase()}${id}@${company.split(" ")[0]?.toLowerCase()}${id % 40_000}.example`;
      const source = rnd.next() < 0.3 ? null : rnd.pick(articles);
      const draftId = `bench-draft-${id}`;
      insertDraft.run(draftId, `bench-token-${id}`, source, id, createdAt, createdAt, createdAt, createdAt);
      insertLead.run(
        id, status, profile.assessment.priority, profile.assessment.band, profile.assessment.impact, createdAt,
        new Date(created.getTime() + DAY_MS).toISOString(), firstResponse, inboxId, ownerId, erased, source,
        profile.assessment.nextDeadline?.date ?? null, createdAt, `ID-B${id.toString(36).toUpperCase().padStart(5, "0")}`,
        profile.assessment.rulesetVersion, "bench", "2026-10", createdAt, id % 3 === 0 ? 1 : 0, company,
        erased ? "" : `${first} ${last}`, erased ? "" : "Head of Compliance", email, erased ? `erased-${id}` : email, null,
        `bench-summary-${id}`, draftId, "{}", null, null,
      );
      insertDocuments.run(id, profile.documents.dictionary_id, profile.documents.answers, profile.documents.assessment, profile.routingTrace);
      for (const verdict of profile.verdicts) insertVerdict.run(id, verdict.regime, verdict.status, verdict.exposure);
      insertEvent.run(id, "created", null, "{}", createdAt);
      insertEvent.run(id, "routed", null, JSON.stringify({ inbox: profile.inboxSlug }), createdAt);
      if (ownerId !== null) insertEvent.run(id, "assigned", null, JSON.stringify({ ownerId }), createdAt);
      if (status !== "new" && firstResponse) insertEvent.run(id, "status_changed", String(admin), JSON.stringify({ to: status }), firstResponse);
    }
  });

  for (let from = 0; from < count; from += BATCH) {
    writeBatch(from, Math.min(count, from + BATCH));
    onProgress?.(Math.min(count, from + BATCH));
  }
}
