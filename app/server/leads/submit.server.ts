import { randomBytes } from "node:crypto";
import { normaliseEmail } from "../../domain/flow/contact";
import type { FlowPosition } from "../../domain/flow/progress";
import { type CheckedSubmission, checkSubmission } from "../../domain/flow/submission";
import { publicReference } from "../../domain/flow/reference";
import { PRIVACY_NOTICE_VERSION } from "../../domain/privacy";
import { type Assessment, assess } from "../../domain/exposure";
import { type BusinessCalendar, slaFor } from "../../domain/sla";
import type { DB } from "../storage/db.server";
import { type Draft, findDraftById } from "../flow/drafts.server";
import { type MailSettings, queueNewLeadEmails } from "./emails.server";
import { Bulkhead } from "./bulkhead.server";
import { inGroupedTransaction } from "./grouped-writes.server";
import { publishLeadEvent } from "../live/lead-events.server";
import { currentDictionary, encodeDocument, encodeLeadDocumentsOffThread, readLeadDocuments } from "./documents.server";
import { assignOwner, decideInbox } from "../routing/routing.server";
import { derivedToken, hashToken } from "../auth/tokens.server";
import { leadCreatedData } from "../../domain/webhooks/payloads";
import { cachedEndpoints, queueWebhookEvent } from "../webhooks/queue.server";

export const DUPLICATE_WINDOW_DAYS = 30;
/**
 * Final submits prepared and written at once (see `Bulkhead`): enough to fill a group commit,
 * few enough that a reader's page never queues behind a whole burst.
 */
export const SUBMITS_IN_FLIGHT = 8;
const submitsInFlight = new Bulkhead(SUBMITS_IN_FLIGHT);
const DAY_MS = 24 * 60 * 60 * 1000;
const SUMMARY_TOKEN_PURPOSE = "lead-summary";

export class IncompleteDraftError extends Error {
  constructor(readonly resumeAt: FlowPosition) {
    super(`The draft is not complete; resume at ${resumeAt}`);
    this.name = "IncompleteDraftError";
  }
}

export class DraftNotFoundError extends Error {
  constructor() {
    super("No such draft");
    this.name = "DraftNotFoundError";
  }
}

export type SubmittedLead = {
  leadId: number;
  publicRef: string;
  summaryToken: string;
  /** False when the draft had already been submitted: the same lead is returned, not a new one. */
  created: boolean;
};

/**
 * The summary link's token is derived from the draft with the server's secret, so a replayed
 * submission can send the visitor to the same summary without the token ever being stored.
 */
export function summaryTokenFor(secret: string, draftId: string): string {
  return derivedToken(secret, SUMMARY_TOKEN_PURPOSE, draftId);
}

export type SubmitContext = {
  secret: string;
  mail: Omit<MailSettings, "timeZone">;
  calendar: BusinessCalendar;
  now?: Date;
  /** Why the submission looked automated: the lead then waits "unconfirmed", its team emails held. */
  suspectedAutomation?: string | null;
};

/**
 * Turns a draft into a lead, reading and checking it first: for callers that hold only the
 * draft's id. Throws `IncompleteDraftError` naming where to resume when a step is not complete.
 */
export async function submitDraft(db: DB, draftId: string, context: SubmitContext): Promise<SubmittedLead> {
  const draft = await findDraftById(db, draftId);
  if (!draft) throw new DraftNotFoundError();
  const summaryToken = summaryTokenFor(context.secret, draft.id);
  if (draft.status === "submitted" && draft.leadId !== null) return existingLead(db, draft.leadId, summaryToken);
  const check = checkSubmission(draft);
  if (!check.ok) throw new IncompleteDraftError(check.resumeAt);
  return submitCheckedDraft(db, draft, check.submission, context);
}

/**
 * Turns a complete draft into a lead in one transaction: the lead with its attribution and
 * consent, its documents (answers, assessment, routing trace), its verdict rows, its routing
 * (inbox, owner) and SLA deadline, its timeline events, the emails it causes, the draft marked
 * submitted. Submitting the same draft again returns the same lead.
 *
 * The caller has read the draft and checked it (`checkSubmission`); the parsed answers and
 * contact details are used as they are, not read or checked again.
 *
 * Everything that only computes happens before the transaction: `assess`, the inbox decision,
 * the deadline, compressing the documents. SQLite has one writer and this process one
 * connection, so inside the transaction there are only the reads that must be consistent with
 * the writes (is the draft still open, the repeat submitter's earlier lead, the members' loads)
 * and the writes themselves. The transaction may be shared with other submits, each in a
 * savepoint of its own (`grouped-writes.server.ts`); the promise resolves once it is committed.
 * A few submits are prepared and written at a time (`SUBMITS_IN_FLIGHT`); the rest wait.
 */
export async function submitCheckedDraft(
  db: DB,
  draft: Draft,
  { answers, contact }: CheckedSubmission,
  { secret, mail, calendar, now = new Date(), suspectedAutomation = null }: SubmitContext,
): Promise<SubmittedLead> {
  const summaryToken = summaryTokenFor(secret, draft.id);
  if (draft.status === "submitted" && draft.leadId !== null) return existingLead(db, draft.leadId, summaryToken);
  const source = draft.source;
  return submitsInFlight.run(() => storeLead());

  async function storeLead(): Promise<SubmittedLead> {
    const prepared = await prepareLead();
    const timestamp = now.toISOString();
    const emailNormalized = normaliseEmail(contact.email);

    const stored = await inGroupedTransaction(db, async (trx) => {
      // Another request may have submitted the same draft since it was read.
      const current = await trx
        .selectFrom("lead_drafts")
        .select(["status", "lead_id"])
        .where("id", "=", draft.id)
        .executeTakeFirstOrThrow();
      if (current.status === "submitted" && current.lead_id !== null)
        return existingLead(trx, current.lead_id, summaryToken);

      const earlier = await trx
        .selectFrom("leads")
        .select(["id", "public_ref", "owner_id"])
        .where("email_normalized", "=", emailNormalized)
        .where("created_at", ">=", new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * DAY_MS).toISOString())
        .where("erased_at", "is", null)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .executeTakeFirst();
      const routing = await assignOwner(trx, prepared.inboxDecision, earlier?.owner_id ?? null, now);

      const publicRef = await unusedReference(trx);
      const { assessment } = prepared;
      const lead = await trx
        .insertInto("leads")
        .values({
          status: suspectedAutomation ? "unconfirmed" : "new",
          priority: assessment.priority,
          band: assessment.band,
          impact_score: assessment.impact,
          created_at: timestamp,
          sla_due_at: prepared.sla.dueAt.toISOString(),
          first_response_at: null,
          inbox_id: routing.inbox.id,
          owner_id: routing.owner?.id ?? null,
          erased_at: null,
          duplicate_of: earlier?.id ?? null,
          source_article: source.article,
          source_topic: source.topic,
          next_deadline: assessment.nextDeadline?.date ?? null,
          updated_at: timestamp,
          public_ref: publicRef,
          ruleset_version: assessment.rulesetVersion,
          routing_version: routing.trace.routing.rulesetVersion,
          consent_version: PRIVACY_NOTICE_VERSION,
          consent_at: timestamp,
          marketing_opt_in: contact.marketingOptIn ? 1 : 0,
          company: contact.company,
          contact_name: contact.name,
          job_title: contact.jobTitle,
          contact_email: contact.email,
          email_normalized: emailNormalized,
          phone: contact.phone ?? null,
          summary_token_hash: hashToken(summaryToken),
          draft_id: draft.id,
          utm: JSON.stringify(source.utm),
          referrer: source.referrer,
          message: contact.message ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();

      await trx
        .insertInto("lead_documents")
        .values({
          lead_id: lead.id,
          ...prepared.documents,
          routing_trace: encodeDocument(routing.trace, prepared.dictionary),
        })
        .execute();
      if (prepared.verdicts.length > 0) {
        await trx
          .insertInto("lead_regimes")
          .values(prepared.verdicts.map((verdict) => ({ lead_id: lead.id, ...verdict })))
          .execute();
      }

      const event = (type: string, data: Record<string, unknown>) => ({
        lead_id: lead.id,
        type,
        actor: null,
        data: JSON.stringify(data),
        created_at: timestamp,
      });
      await trx
        .insertInto("lead_events")
        .values([
          event("created", { publicRef, duplicateOf: earlier?.id ?? null, source: source.article }),
          event("routed", {
            inbox: routing.inbox.slug,
            ruleId: routing.trace.routing.ruleId,
            fallbackUsed: routing.trace.routing.fallbackUsed,
          }),
          routing.owner
            ? event("assigned", {
                ownerId: routing.owner.id,
                ownerName: routing.owner.name,
                reason: routing.trace.assignment.reason,
              })
            : event("waiting", { inbox: routing.inbox.slug, reason: routing.trace.assignment.reason }),
          ...(suspectedAutomation ? [event("flagged", { reason: suspectedAutomation })] : []),
        ])
        .execute();

      await queueNewLeadEmails(trx, {
        lead: {
          id: lead.id,
          publicRef,
          company: contact.company,
          contactName: contact.name,
          jobTitle: contact.jobTitle,
          email: contact.email,
          phone: contact.phone ?? null,
          sourceArticleTitle: prepared.sourceArticleTitle,
          sourceTopic: source.topic,
          earlierLeadRef: earlier?.public_ref ?? null,
          message: contact.message ?? null,
        },
        assessment,
        routing,
        sla: prepared.sla,
        summaryUrl: `${mail.publicUrl}/assess/done/${summaryToken}`,
        mail: { ...mail, timeZone: calendar.timeZone },
        now,
        holdTeamEmails: Boolean(suspectedAutomation),
      });

      // One row per endpoint subscribed to new leads, from the endpoints read before the transaction.
      await queueWebhookEvent(
        trx,
        prepared.webhookEndpoints,
        "lead.created",
        leadCreatedData({
          id: lead.id,
          reference: publicRef,
          status: suspectedAutomation ? "unconfirmed" : "new",
          band: assessment.band,
          priority: assessment.priority,
          impactScore: assessment.impact,
          createdAt: timestamp,
          inbox: { id: routing.inbox.id, slug: routing.inbox.slug, name: routing.inbox.name },
          owner: routing.owner ? { id: routing.owner.id, name: routing.owner.name } : null,
          duplicateOf: earlier?.id ?? null,
          source: { article: source.article, topic: source.topic },
          contact: {
            name: contact.name,
            email: contact.email,
            company: contact.company,
            jobTitle: contact.jobTitle,
            phone: contact.phone ?? null,
            marketingOptIn: Boolean(contact.marketingOptIn),
          },
        }),
        now,
      );

      // The lead holds the answers and contact details now; the draft keeps its source and times
      // (for drop-off figures), not a second copy of everything.
      await trx
        .updateTable("lead_drafts")
        .set({
          status: "submitted",
          lead_id: lead.id,
          submitted_at: timestamp,
          updated_at: timestamp,
          answers: "{}",
          contact: null,
        })
        .where("id", "=", draft.id)
        .execute();

      return { leadId: lead.id, publicRef, summaryToken, created: true };
    });
    if (stored.created) publishLeadEvent({ leadId: stored.leadId, kind: "created", by: null });
    return stored;
  }

  async function prepareLead() {
    const assessment: Assessment = assess(answers, now);
    const [inboxDecision, dictionary, article, webhookEndpoints] = await Promise.all([
      decideInbox(db, { assessment, answers, source: { article: source.article, topic: source.topic } }),
      currentDictionary(db, now),
      source.article
        ? db.selectFrom("articles").select("title").where("slug", "=", source.article).executeTakeFirst()
        : undefined,
      // Cached: no query on most submits (decision 029).
      cachedEndpoints(db),
    ]);
    const { routing_trace: _none, ...documents } = await encodeLeadDocumentsOffThread(
      { answers, assessment, routingTrace: null },
      dictionary,
    );
    return {
      assessment,
      inboxDecision,
      dictionary,
      documents,
      verdicts: firedVerdicts(assessment),
      sla: slaFor(assessment.band, now, calendar),
      sourceArticleTitle: article?.title ?? null,
      webhookEndpoints,
    };
  }
}

/** The regimes that likely or possibly apply, as rows for the inbox's filter and the reports. */
function firedVerdicts(assessment: Assessment): { regime: string; status: string; exposure: number }[] {
  return assessment.regimes
    .filter((regime) => regime.status === "likely" || regime.status === "possible")
    .map((regime) => ({ regime: regime.regime, status: regime.status, exposure: regime.exposure }));
}

async function existingLead(db: DB, leadId: number, summaryToken: string): Promise<SubmittedLead> {
  const existing = await db
    .selectFrom("leads")
    .select(["id", "public_ref"])
    .where("id", "=", leadId)
    .executeTakeFirstOrThrow();
  return { leadId: existing.id, publicRef: existing.public_ref, summaryToken, created: false };
}

async function unusedReference(db: DB): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const candidate = publicReference(randomBytes(8));
    const taken = await db.selectFrom("leads").select("id").where("public_ref", "=", candidate).executeTakeFirst();
    if (!taken) return candidate;
  }
  throw new Error("Could not find an unused public reference");
}

export type LeadSummary = {
  publicRef: string;
  contactName: string;
  company: string;
  createdAt: string;
  assessment: Assessment;
};

/** The visitor's exposure summary, found only by its unguessable token. */
export async function findLeadSummary(db: DB, summaryToken: string): Promise<LeadSummary | null> {
  const row = await db
    .selectFrom("leads")
    .select(["id", "public_ref", "contact_name", "company", "created_at", "erased_at"])
    .where("summary_token_hash", "=", hashToken(summaryToken))
    .executeTakeFirst();
  if (!row || row.erased_at) return null;
  const documents = await readLeadDocuments(db, row.id);
  if (!documents) return null;
  return {
    publicRef: row.public_ref,
    contactName: row.contact_name,
    company: row.company,
    createdAt: row.created_at,
    assessment: documents.assessment as Assessment,
  };
}
