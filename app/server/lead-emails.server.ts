import type { Assessment } from "../domain/exposure";
import type { SlaDeadline } from "../domain/sla";
import { topicById, isTopicId } from "../domain/topics";
import type { DB } from "./db.server";
import { getEnv } from "./env.server";
import {
  consultantRegimes,
  renderConsultantNotification,
  renderSlaEscalation,
  renderSlaReminder,
  renderVisitorConfirmation,
  visitorSummary,
} from "./email/templates";
import { enqueueEmail } from "./mail/outbox.server";
import type { RoutingOutcome } from "./routing.server";

export type MailSettings = { from: string; firmName: string; publicUrl: string; timeZone: string };

/** The sender, firm, site address and time zone the emails use, from the settings. */
export function mailSettingsFromEnv(): MailSettings {
  const env = getEnv();
  return { from: env.mailFrom, firmName: env.firmName, publicUrl: env.publicUrl, timeZone: env.businessCalendar.timeZone };
}

export type NewLeadForEmail = {
  id: number;
  publicRef: string;
  company: string;
  contactName: string;
  jobTitle: string;
  email: string;
  phone: string | null;
  sourceArticle: string | null;
  sourceTopic: string | null;
  earlierLeadRef: string | null;
};

/**
 * Queues the emails a new lead causes, in the caller's transaction: the notification to its
 * owner (or to the inbox when it waits unassigned), the visitor's confirmation, the owner's
 * reminder at 75 % of the first-response time and the inbox's escalation at the deadline.
 */
export async function queueNewLeadEmails(
  db: DB,
  {
    lead,
    assessment,
    routing,
    sla,
    summaryUrl,
    mail,
    now,
  }: { lead: NewLeadForEmail; assessment: Assessment; routing: RoutingOutcome; sla: SlaDeadline; summaryUrl: string; mail: MailSettings; now: Date },
): Promise<void> {
  const context = { firmName: mail.firmName, publicUrl: mail.publicUrl };
  const due = { at: sla.dueAt.toISOString(), timeZone: mail.timeZone };
  const article = lead.sourceArticle
    ? await db.selectFrom("articles").select("title").where("slug", "=", lead.sourceArticle).executeTakeFirst()
    : undefined;
  const queue = async (kind: string, to: string, rendered: { subject: string; html: string; text: string }, sendAfter?: Date) =>
    enqueueEmail(db, { kind, leadId: lead.id, from: mail.from, to, ...rendered, sendAfter }, now);

  await queue(
    "consultant-notification",
    routing.owner?.email ?? routing.inbox.address,
    await renderConsultantNotification({
      ...context,
      leadId: lead.id,
      ref: lead.publicRef,
      company: lead.company,
      contactName: lead.contactName,
      jobTitle: lead.jobTitle,
      email: lead.email,
      phone: lead.phone,
      band: assessment.band,
      impact: assessment.impact,
      source: {
        articleTitle: article?.title ?? null,
        topic: lead.sourceTopic && isTopicId(lead.sourceTopic) ? topicById(lead.sourceTopic).label : null,
      },
      redFlags: assessment.redFlags.map((flag) => flag.message),
      regimes: consultantRegimes(assessment),
      slaDue: due,
      inboxName: routing.inbox.name,
      ownerName: routing.owner?.name ?? null,
      earlierLeadRef: lead.earlierLeadRef,
    }),
  );
  await queue(
    "visitor-confirmation",
    lead.email,
    await renderVisitorConfirmation({ ...context, ...visitorSummary(assessment), contactName: lead.contactName, ref: lead.publicRef, summaryUrl }),
  );
  const leadFacts = { ...context, leadId: lead.id, ref: lead.publicRef, company: lead.company, band: assessment.band, due };
  if (routing.owner) {
    await queue("sla-reminder", routing.owner.email, await renderSlaReminder({ ...leadFacts, ownerName: routing.owner.name }), sla.reminderAt);
  }
  await queue(
    "sla-escalation",
    routing.inbox.address,
    await renderSlaEscalation({ ...leadFacts, inboxName: routing.inbox.name, ownerName: routing.owner?.name ?? null }),
    sla.dueAt,
  );
}
