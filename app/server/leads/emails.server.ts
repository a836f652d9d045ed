import type { Assessment } from "../../domain/exposure";
import type { SlaDeadline } from "../../domain/sla";
import { topicById, isTopicId } from "../../domain/topics";
import type { DB } from "../storage/db.server";
import { type Env, getEnv } from "../env.server";
import { consultantRegimes, visitorSummary } from "../mail/templates";
import { enqueueTemplatedEmail } from "../mail/outbox.server";
import type { RoutingOutcome } from "../routing/routing.server";

export type MailSettings = { from: string; firmName: string; publicUrl: string; timeZone: string };

/** The sender, firm, site address and time zone the emails use, from the settings. */
export function mailSettingsFromEnv(): MailSettings {
  return mailSettingsOf(getEnv());
}

/** The mail settings within checked settings (a loader's `context.settings`). */
export function mailSettingsOf(env: Env): MailSettings {
  return {
    from: env.mailFrom,
    firmName: env.firmName,
    publicUrl: env.publicUrl,
    timeZone: env.businessCalendar.timeZone,
  };
}

export type NewLeadForEmail = {
  id: number;
  publicRef: string;
  company: string;
  contactName: string;
  jobTitle: string;
  email: string;
  phone: string | null;
  sourceArticleTitle: string | null;
  sourceTopic: string | null;
  earlierLeadRef: string | null;
  /** What the visitor wrote in the contact step. */
  message: string | null;
};

/** When a held email is due: never, until the lead is confirmed and its emails get real times. */
export const HELD_UNTIL = new Date("9999-12-31T00:00:00.000Z");

/**
 * Queues the emails a new lead causes, in the caller's transaction: the notification to its
 * owner (or to the inbox when it waits unassigned), the visitor's confirmation, the owner's
 * reminder at 75 % of the first-response time and the inbox's escalation at the deadline. Each
 * is stored as a template and its data, and rendered by the mail worker when it is sent, so the
 * transaction only writes. Reads nothing: the source article's title comes with the lead.
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
    holdTeamEmails = false,
  }: {
    lead: NewLeadForEmail;
    assessment: Assessment;
    routing: RoutingOutcome;
    sla: SlaDeadline;
    summaryUrl: string;
    mail: MailSettings;
    now: Date;
    holdTeamEmails?: boolean;
  },
): Promise<void> {
  // An unconfirmed lead's emails to the team wait until someone confirms it (lead-confirmation).
  const held = (at: Date) => (holdTeamEmails ? HELD_UNTIL : at);
  const context = { firmName: mail.firmName, publicUrl: mail.publicUrl };
  const due = { at: sla.dueAt.toISOString(), timeZone: mail.timeZone };
  const common = { leadId: lead.id, from: mail.from };

  await enqueueTemplatedEmail(
    db,
    {
      ...common,
      kind: "consultant-notification",
      sendAfter: held(now),
      to: routing.owner?.email ?? routing.inbox.address,
      template: "consultant-notification",
      data: {
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
          articleTitle: lead.sourceArticleTitle,
          topic: lead.sourceTopic && isTopicId(lead.sourceTopic) ? topicById(lead.sourceTopic).label : null,
        },
        redFlags: assessment.redFlags.map((flag) => flag.message),
        regimes: consultantRegimes(assessment),
        slaDue: due,
        inboxName: routing.inbox.name,
        ownerName: routing.owner?.name ?? null,
        earlierLeadRef: lead.earlierLeadRef,
        message: lead.message,
      },
    },
    now,
  );
  await enqueueTemplatedEmail(
    db,
    {
      ...common,
      kind: "visitor-confirmation",
      to: lead.email,
      template: "visitor-confirmation",
      data: {
        ...context,
        ...visitorSummary(assessment),
        contactName: lead.contactName,
        ref: lead.publicRef,
        summaryUrl,
        contactPerson: routing.owner
          ? { name: routing.owner.name, email: routing.owner.email, isConsultant: true }
          : { name: `Our ${routing.inbox.name} team`, email: routing.inbox.address, isConsultant: false },
        // The same deadline the consultant is held to, so the promise and the SLA never differ.
        respondBy: due,
      },
    },
    now,
  );
  const leadFacts = {
    ...context,
    leadId: lead.id,
    ref: lead.publicRef,
    company: lead.company,
    band: assessment.band,
    due,
  };
  if (routing.owner) {
    await enqueueTemplatedEmail(
      db,
      {
        ...common,
        kind: "sla-reminder",
        to: routing.owner.email,
        template: "sla-reminder",
        data: { ...leadFacts, ownerName: routing.owner.name },
        sendAfter: held(sla.reminderAt),
      },
      now,
    );
  }
  await enqueueTemplatedEmail(
    db,
    {
      ...common,
      kind: "sla-escalation",
      to: routing.inbox.address,
      template: "sla-escalation",
      data: { ...leadFacts, inboxName: routing.inbox.name, ownerName: routing.owner?.name ?? null },
      sendAfter: held(sla.dueAt),
    },
    now,
  );
}
