import type { Assessment } from "../../domain/exposure";
import type { Answers } from "../../domain/questionnaire";
import { type DryRunLead, type DryRunReport, type RoutingRuleset, compareRouting } from "../../domain/routing";
import type { DB } from "../storage/db.server";
import { decodeDocument, dictionaryById } from "../leads/documents.server";
import { activeRoutingRuleset } from "./routing.server";

/** How many recent leads a dry run reads unless told otherwise, and at most. */
export const DRY_RUN_DEFAULT_LEADS = 200;
export const DRY_RUN_MAX_LEADS = 5_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether stored documents have the shape routing reads. Leads written by hand or before the
 * engine took its present form may not, and are counted as skipped instead of failing the run.
 */
function routable(answers: unknown, assessment: unknown): assessment is Assessment {
  return (
    isRecord(answers) &&
    isRecord(assessment) &&
    Array.isArray(assessment.regimes) &&
    Array.isArray(assessment.redFlags) &&
    typeof assessment.band === "string" &&
    typeof assessment.priority === "number"
  );
}

/**
 * Routes the last `limit` leads (erased ones aside) under the rules in force and under `draft`,
 * from their stored answers and assessment, and compares. Only reads: nothing is stored, no
 * lead changes inbox, no dictionary is made.
 */
export async function dryRunRouting(db: DB, draft: RoutingRuleset, limit: number): Promise<DryRunReport> {
  const [current, inboxes, rows] = await Promise.all([
    activeRoutingRuleset(db),
    db.selectFrom("inboxes").select("slug").orderBy("name").execute(),
    db
      .selectFrom("leads")
      .leftJoin("lead_documents", "lead_documents.lead_id", "leads.id")
      .select([
        "leads.id",
        "leads.public_ref",
        "leads.company",
        "leads.created_at",
        "leads.source_article",
        "leads.source_topic",
        "lead_documents.dictionary_id",
        "lead_documents.answers",
        "lead_documents.assessment",
      ])
      .where("leads.erased_at", "is", null)
      .orderBy("leads.created_at", "desc")
      .orderBy("leads.id", "desc")
      .limit(limit)
      .execute(),
  ]);
  const leads: DryRunLead[] = [];
  let skipped = 0;
  for (const row of rows) {
    if (!row.answers || !row.assessment) {
      skipped += 1;
      continue;
    }
    const dictionary = await dictionaryById(db, row.dictionary_id);
    const answers = decodeDocument(row.answers, dictionary);
    const assessment = decodeDocument(row.assessment, dictionary);
    if (!routable(answers, assessment)) {
      skipped += 1;
      continue;
    }
    leads.push({
      id: row.id,
      ref: row.public_ref,
      company: row.company,
      createdAt: row.created_at,
      lead: {
        assessment,
        answers: answers as Answers,
        source: { article: row.source_article, topic: row.source_topic },
      },
    });
  }
  return compareRouting(current, draft, leads, { inboxOrder: inboxes.map((inbox) => inbox.slug), skipped });
}
