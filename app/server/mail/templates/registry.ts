import { callBookedSubject, callCancelledSubject, renderCallBooked, renderCallCancelled } from "./call";
import { consultantNotificationSubject, renderConsultantNotification } from "./consultant-notification";
import {
  type LeadMessageData,
  type LeadReplyNoticeData,
  leadMessageSubject,
  leadReplyNoticeSubject,
  renderLeadMessage,
  renderLeadReplyNotice,
} from "./lead-message";
import { type FollowUpReminderData, followUpReminderSubject, renderFollowUpReminder } from "./follow-up-reminder";
import { renderSummaryShared, summarySharedSubject } from "./summary-shared";
import { renderSlaEscalation, slaEscalationSubject } from "./sla-escalation";
import { renderSlaReminder, slaReminderSubject } from "./sla-reminder";
import type {
  CallEmailData,
  ConsultantNotificationData,
  RenderedEmail,
  SummarySharedData,
  SlaEscalationData,
  SlaReminderData,
  VisitorConfirmationData,
} from "./types";
import { renderVisitorConfirmation, visitorConfirmationSubject } from "./visitor-confirmation";

type Template<Data> = { subject: (data: Data) => string; render: (data: Data) => Promise<RenderedEmail> };

/**
 * Templates an email job can name instead of carrying rendered parts. The data is stored with
 * the job as JSON and rendered by the mail worker when it sends, so the transaction that stores
 * a new lead only writes a few hundred bytes per email and renders nothing.
 */
export const TEMPLATES = {
  "consultant-notification": {
    subject: consultantNotificationSubject,
    render: renderConsultantNotification,
  } as Template<ConsultantNotificationData>,
  "visitor-confirmation": {
    subject: visitorConfirmationSubject,
    render: renderVisitorConfirmation,
  } as Template<VisitorConfirmationData>,
  "sla-reminder": { subject: slaReminderSubject, render: renderSlaReminder } as Template<SlaReminderData>,
  "sla-escalation": { subject: slaEscalationSubject, render: renderSlaEscalation } as Template<SlaEscalationData>,
  "call-booked": { subject: callBookedSubject, render: renderCallBooked } as Template<CallEmailData>,
  "call-cancelled": { subject: callCancelledSubject, render: renderCallCancelled } as Template<CallEmailData>,
  "summary-shared": { subject: summarySharedSubject, render: renderSummaryShared } as Template<SummarySharedData>,
  "lead-message": { subject: leadMessageSubject, render: renderLeadMessage } as Template<LeadMessageData>,
  "lead-reply-notice": {
    subject: leadReplyNoticeSubject,
    render: renderLeadReplyNotice,
  } as Template<LeadReplyNoticeData>,
  "follow-up-reminder": {
    subject: followUpReminderSubject,
    render: renderFollowUpReminder,
  } as Template<FollowUpReminderData>,
};

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateData<Name extends TemplateName> =
  (typeof TEMPLATES)[Name] extends Template<infer Data> ? Data : never;

export function isTemplateName(value: string): value is TemplateName {
  return Object.hasOwn(TEMPLATES, value);
}

export function templateSubject<Name extends TemplateName>(name: Name, data: TemplateData<Name>): string {
  return (TEMPLATES[name] as Template<TemplateData<Name>>).subject(data);
}

export function renderTemplate(name: string, data: unknown): Promise<RenderedEmail> {
  if (!isTemplateName(name)) throw new Error(`Unknown email template "${name}"`);
  return (TEMPLATES[name] as Template<unknown>).render(data);
}
