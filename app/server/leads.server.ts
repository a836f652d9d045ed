import { randomBytes } from "node:crypto";
import { ContactSchema, normaliseEmail } from "../domain/flow/contact";
import { type FlowPosition, firstIncompleteStep } from "../domain/flow/progress";
import { publicReference } from "../domain/flow/reference";
import { PRIVACY_NOTICE_VERSION } from "../domain/privacy";
import { type Assessment, assess } from "../domain/exposure";
import { parseAnswers } from "../domain/questionnaire";
import { type BusinessCalendar, slaFor } from "../domain/sla";
import type { DB } from "./db.server";
import { type MailSettings, queueNewLeadEmails } from "./lead-emails.server";
import { routeAndAssign } from "./routing.server";
import { derivedToken, hashToken } from "./tokens.server";

export const DUPLICATE_WINDOW_DAYS = 30;
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
};

/**
 * Turns a complete draft into a lead in one transaction: the lead with its answers, assessment,
 * ruleset version, attribution and consent; its routing (inbox, owner, trace) and SLA deadline;
 * its timeline events; the emails it causes; the draft marked submitted. Submitting the same
 * draft again returns the same lead.
 */
export async function submitDraft(db: DB, draftId: string, { secret, mail, calendar, now = new Date() }: SubmitContext): Promise<SubmittedLead> {
  const summaryToken = summaryTokenFor(secret, draftId);
  return db.transaction().execute(async (trx) => {
    const draft = await trx.selectFrom("lead_drafts").selectAll().where("id", "=", draftId).executeTakeFirst();
    if (!draft) throw new DraftNotFoundError();
    if (draft.status === "submitted" && draft.lead_id !== null) {
      const existing = await trx.selectFrom("leads").select(["id", "public_ref"]).where("id", "=", draft.lead_id).executeTakeFirstOrThrow();
      return { leadId: existing.id, publicRef: existing.public_ref, summaryToken, created: false };
    }

    const rawAnswers = JSON.parse(draft.answers) as Record<string, unknown>;
    const rawContact = draft.contact === null ? null : (JSON.parse(draft.contact) as unknown);
    const answers = parseAnswers(rawAnswers);
    const contact = ContactSchema.safeParse(rawContact ?? {});
    if (!answers.success || !contact.success) {
      throw new IncompleteDraftError(firstIncompleteStep({ answers: rawAnswers, contact: rawContact }));
    }

    const assessment: Assessment = assess(answers.data, now);
    const timestamp = now.toISOString();
    const emailNormalized = normaliseEmail(contact.data.email);
    const earlier = await trx
      .selectFrom("leads")
      .select(["id", "public_ref", "owner_id"])
      .where("email_normalized", "=", emailNormalized)
      .where("created_at", ">=", new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * DAY_MS).toISOString())
      .where("erased_at", "is", null)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst();

    const publicRef = await unusedReference(trx);
    const lead = await trx
      .insertInto("leads")
      .values({
        public_ref: publicRef,
        summary_token_hash: hashToken(summaryToken),
        draft_id: draft.id,
        contact_name: contact.data.name,
        contact_email: contact.data.email,
        email_normalized: emailNormalized,
        company: contact.data.company,
        job_title: contact.data.jobTitle,
        phone: contact.data.phone ?? null,
        message: contact.data.message ?? null,
        answers: JSON.stringify(answers.data),
        ruleset_version: assessment.rulesetVersion,
        assessment: JSON.stringify(assessment),
        impact_score: assessment.impact,
        priority: assessment.priority,
        band: assessment.band,
        next_deadline: assessment.nextDeadline?.date ?? null,
        source_article: draft.source_article,
        source_topic: draft.source_topic,
        utm: draft.utm,
        referrer: draft.referrer,
        consent_version: PRIVACY_NOTICE_VERSION,
        consent_at: timestamp,
        marketing_opt_in: contact.data.marketingOptIn ? 1 : 0,
        duplicate_of: earlier?.id ?? null,
        created_at: timestamp,
        updated_at: timestamp,
        erased_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    const routing = await routeAndAssign(
      trx,
      {
        assessment,
        answers: answers.data,
        source: { article: draft.source_article, topic: draft.source_topic },
        earlierOwnerId: earlier?.owner_id ?? null,
      },
      now,
    );
    const sla = slaFor(assessment.band, now, calendar);
    await trx
      .updateTable("leads")
      .set({
        inbox_id: routing.inbox.id,
        owner_id: routing.owner?.id ?? null,
        routing_version: routing.trace.routing.rulesetVersion,
        routing_trace: JSON.stringify(routing.trace),
        sla_due_at: sla.dueAt.toISOString(),
      })
      .where("id", "=", lead.id)
      .execute();

    const event = (type: string, data: Record<string, unknown>) => ({ lead_id: lead.id, type, actor: null, data: JSON.stringify(data), created_at: timestamp });
    await trx
      .insertInto("lead_events")
      .values([
        event("created", { publicRef, duplicateOf: earlier?.id ?? null, source: draft.source_article }),
        event("routed", { inbox: routing.inbox.slug, ruleId: routing.trace.routing.ruleId, fallbackUsed: routing.trace.routing.fallbackUsed }),
        routing.owner
          ? event("assigned", { ownerId: routing.owner.id, ownerName: routing.owner.name, reason: routing.trace.assignment.reason })
          : event("waiting", { inbox: routing.inbox.slug, reason: routing.trace.assignment.reason }),
      ])
      .execute();

    await queueNewLeadEmails(trx, {
      lead: {
        id: lead.id,
        publicRef,
        company: contact.data.company,
        contactName: contact.data.name,
        jobTitle: contact.data.jobTitle,
        email: contact.data.email,
        phone: contact.data.phone ?? null,
        sourceArticle: draft.source_article,
        sourceTopic: draft.source_topic,
        earlierLeadRef: earlier?.public_ref ?? null,
      },
      assessment,
      routing,
      sla,
      summaryUrl: `${mail.publicUrl}/assess/done/${summaryToken}`,
      mail: { ...mail, timeZone: calendar.timeZone },
      now,
    });

    await trx
      .updateTable("lead_drafts")
      .set({ status: "submitted", lead_id: lead.id, submitted_at: timestamp, updated_at: timestamp })
      .where("id", "=", draft.id)
      .execute();

    return { leadId: lead.id, publicRef, summaryToken, created: true };
  });
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
    .select(["public_ref", "contact_name", "company", "created_at", "assessment", "erased_at"])
    .where("summary_token_hash", "=", hashToken(summaryToken))
    .executeTakeFirst();
  if (!row || row.erased_at) return null;
  return {
    publicRef: row.public_ref,
    contactName: row.contact_name,
    company: row.company,
    createdAt: row.created_at,
    assessment: JSON.parse(row.assessment) as Assessment,
  };
}
