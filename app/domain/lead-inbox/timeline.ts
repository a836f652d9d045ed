import { contactDetail } from "../lead-work/contact-log";
import { leadStatusLabel } from "./statuses";

/** What each kind of email about a lead is, in the words the lead page uses. */
export const EMAIL_KIND_LABELS: Readonly<Record<string, string>> = {
  "consultant-notification": "New-lead notification",
  "visitor-confirmation": "Confirmation to the visitor",
  "sla-reminder": "First-response reminder",
  "sla-escalation": "Overdue notice to the inbox",
  "resume-link": "Link to continue the assessment",
  "lead-assigned": "Assignment notice to the new owner",
  "lead-reassigned-away": "Reassignment notice to the previous owner",
  "follow-up-reminder": "Follow-up reminder",
  "call-booked-visitor": "Call invitation to the visitor",
  "call-booked-consultant": "Call invitation to the consultant",
  "call-cancelled-visitor": "Call cancellation to the visitor",
  "call-cancelled-consultant": "Call cancellation to the consultant",
  "summary-shared": "Summary sent to a colleague",
  "lead-message": "Email written to the lead",
  "lead-reply-notice": "Reply notice to the owner",
};

export function emailKindLabel(kind: string): string {
  return EMAIL_KIND_LABELS[kind] ?? humanise(kind);
}

const EVENT_LABELS: Readonly<Record<string, string>> = {
  created: "Submitted",
  routed: "Routed",
  assigned: "Assigned",
  waiting: "Waiting for a consultant",
  emailed: "Email sent",
  viewed: "Viewed",
  claimed: "Claimed",
  status_changed: "Status changed",
  note_added: "Note added",
  reassigned: "Reassigned",
  duplicate_marked: "Marked as duplicate",
  duplicate_unmarked: "No longer marked as duplicate",
  exported: "Exported",
  erased: "Personal data erased",
  call_booked: "Call booked",
  call_moved: "Call moved",
  call_cancelled: "Call cancelled",
  flagged: "Suspected automation",
  confirmed: "Confirmed as genuine",
  summary_shared: "Summary sent to a colleague",
  message_sent: "Email written to the lead",
  message_received: "Reply received",
  contact_logged: "Contact logged",
  follow_up_done: "Follow-up done",
  follow_up_reopened: "Follow-up reopened",
};

/** "status_changed" or "status-changed" → "Status changed", for event types added later. */
function humanise(type: string): string {
  const words = type.replace(/[-_]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Event";
}

export function eventLabel(type: string): string {
  return EVENT_LABELS[type] ?? humanise(type);
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);

/**
 * One line of detail for a timeline entry, from the data the writer stored with it. Only the
 * events whose data is known are described; any other event shows its label alone rather than a
 * guess at its meaning.
 */
/** "2026-12-02 09:00 UTC": a call's start, on the same clock for everyone reading the timeline. */
function callInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Names for what events store by short id (an article's slug, an inbox's slug, a rule's id), so
 * the timeline reads "the Privacy & data inbox" rather than "privacy-data". An id without a name
 * is shown as it is.
 */
export type EventNames = {
  article?: (slug: string) => string | undefined;
  inbox?: (slug: string) => string | undefined;
  rule?: (id: string) => string | undefined;
};

export function eventDetail(type: string, data: Record<string, unknown>, names: EventNames = {}): string | null {
  const named = (lookup: ((id: string) => string | undefined) | undefined, id: unknown) =>
    lookup?.(String(id)) ?? String(id);
  switch (type) {
    case "call_booked":
    case "call_cancelled":
      return text(data.startsAt)
        ? `${callInstant(String(data.startsAt))}${text(data.host) ? ` with ${String(data.host)}` : ""}`
        : null;
    case "call_moved":
      return text(data.startsAt) && text(data.from)
        ? `From ${callInstant(String(data.from))} to ${callInstant(String(data.startsAt))}`
        : null;
    case "message_sent":
      return text(data.subject) ? `"${String(data.subject)}"` : null;
    case "message_received":
      return text(data.subject)
        ? `"${String(data.subject)}"${text(data.from) && data.fromLead !== true ? ` from ${String(data.from)}, not the lead's address` : ""}`
        : null;
    case "created":
      return text(data.source) ? `From the article ${named(names.article, data.source)}` : null;
    case "routed":
      return text(data.inbox)
        ? `To the ${named(names.inbox, data.inbox)} inbox${data.fallbackUsed === true ? " (no rule matched; fallback)" : text(data.ruleId) ? ` by rule “${named(names.rule, data.ruleId)}”` : ""}`
        : null;
    case "assigned":
      return text(data.reason) ?? (text(data.ownerName) ? `To ${String(data.ownerName)}` : null);
    case "waiting":
      return text(data.reason);
    case "emailed":
      return text(data.kind)
        ? `${emailKindLabel(String(data.kind))}${text(data.to) ? ` to ${String(data.to)}` : ""}`
        : null;
    case "status_changed":
      return text(data.from) && text(data.to)
        ? `From ${leadStatusLabel(String(data.from))} to ${leadStatusLabel(String(data.to))}${text(data.reason) ? `: ${String(data.reason)}` : ""}`
        : null;
    case "reassigned":
      return reassignedDetail(data);
    case "contact_logged":
      return contactDetail(data);
    case "follow_up_done":
    case "follow_up_reopened":
      return text(data.title) ? `${String(data.title)}${text(data.dueOn) ? `, due ${String(data.dueOn)}` : ""}` : null;
    case "note_added":
      return data.contacted === true ? "Records contact with the lead" : null;
    case "duplicate_marked":
      return text(data.publicRef) ? `Of ${String(data.publicRef)}` : null;
    case "erased":
      return text(data.reason) ? `Reason: ${String(data.reason)}` : null;
    case "flagged":
      return text(data.reason)
        ? `${String(data.reason)}; held from the default inbox and notifications until confirmed`
        : null;
    default:
      return null;
  }
}

/** A reassignment names where the lead went: a person, an inbox, or both after routing ran again. */
function reassignedDetail(data: Record<string, unknown>): string | null {
  const inbox = text(data.toInboxName) ? `the ${String(data.toInboxName)} inbox` : null;
  const owner = text(data.toOwnerName);
  if (data.rerouted === true)
    return `Routing ran again: to ${[inbox, owner].filter(Boolean).join(", owned by ") || "no inbox"}`;
  if (owner) return `To ${owner}`;
  return inbox ? `To ${inbox}` : null;
}
