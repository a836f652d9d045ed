export {
  renderConsultantNotification,
  ConsultantNotificationEmail,
  consultantNotificationSubject,
} from "./consultant-notification";
export {
  renderVisitorConfirmation,
  VisitorConfirmationEmail,
  visitorConfirmationSubject,
} from "./visitor-confirmation";
export { renderSlaReminder, SlaReminderEmail, slaReminderSubject } from "./sla-reminder";
export { renderSlaEscalation, SlaEscalationEmail, slaEscalationSubject } from "./sla-escalation";
export { renderResumeLink, ResumeLinkEmail, resumeLinkSubject } from "./resume-link";
export { consultantRegimes, visitorSummary } from "./from-assessment";
export { formatDueTime } from "./format";
export { renderCallBooked, renderCallCancelled } from "./call";
export type {
  CallEmailData,
  EmailAttachment,
  ConsultantNotificationData,
  ConsultantRegime,
  DueTime,
  EmailContext,
  RenderedEmail,
  ResumeLinkData,
  SlaEscalationData,
  SlaReminderData,
  VisitorConfirmationData,
  VisitorRegime,
} from "./types";
export { renderPasswordLink, PasswordLinkEmail, passwordLinkSubject, type PasswordLinkData } from "./password-link";
export {
  renderLeadAssigned,
  LeadAssignedEmail,
  leadAssignedSubject,
  type AssignedLead,
  type LeadAssignedData,
} from "./lead-assigned";
export {
  renderLeadMessage,
  renderLeadReplyNotice,
  type LeadMessageData,
  type LeadReplyNoticeData,
} from "./lead-message";
export { TEMPLATES, renderTemplate, templateSubject, type TemplateData, type TemplateName } from "./registry";
export {
  renderFollowUpReminder,
  FollowUpReminderEmail,
  followUpReminderSubject,
  type FollowUpReminderData,
} from "./follow-up-reminder";
export {
  renderLeadReassignedAway,
  LeadReassignedAwayEmail,
  leadReassignedAwaySubject,
  type LeadReassignedAwayData,
  type ReassignedLead,
} from "./lead-reassigned-away";
