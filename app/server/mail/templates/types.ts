import type { Band } from "~/domain/exposure";

/**
 * Inputs of the email templates. They are plain data the outbox has already loaded, so a
 * template never touches the database or the environment and renders the same way every time.
 */

/** What every email needs to draw the shared layout and build absolute links. */
export interface EmailContext {
  firmName: string;
  /** Absolute origin of the site without a trailing slash, e.g. https://impact.example.com. */
  publicUrl: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  /** Where a reply should go when that is not the sender: the visitor's consultant, for example. */
  replyTo?: string;
  /** Text attachments, such as a calendar invitation. */
  attachments?: EmailAttachment[];
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** A booked (or moved, or cancelled) call, for the visitor or for the consultant. */
export interface CallEmailData extends EmailContext {
  recipient: "visitor" | "consultant";
  ref: string;
  leadId: number;
  visitorName: string;
  visitorEmail: string;
  /** Shown to the consultant only: the visitor typed it. */
  company: string;
  hostName: string;
  hostEmail: string;
  startsAt: string;
  endsAt: string;
  /** The zone the recipient reads times in: the visitor's own, or the business calendar's. */
  timeZone: string;
  /** The visitor's link to cancel or move the call; absent in the consultant's email. */
  manageUrl: string | null;
  /** The invitation's identity, the same across moves, and its revision. */
  uid: string;
  sequence: number;
  /** The time it replaced, for a moved call. */
  previousStartsAt: string | null;
}

/** A moment shown to a reader: an instant and the zone it is to be read in. */
export interface DueTime {
  /** ISO 8601 instant, e.g. 2026-03-03T13:00:00.000Z. */
  at: string;
  /** IANA zone of the business calendar, e.g. Europe/Berlin. */
  timeZone: string;
}

/** One regulation as the consultant sees it in the notification. */
export interface ConsultantRegime {
  name: string;
  status: "likely" | "possible";
  tierLabel: string | null;
  /** "question — answer" lines that made the regulation fire. */
  reasons: string[];
}

export interface ConsultantNotificationData extends EmailContext {
  leadId: number;
  ref: string;
  company: string;
  contactName: string;
  jobTitle: string | null;
  email: string;
  phone: string | null;
  band: Band;
  /** 0–100. */
  impact: number;
  /** Where the lead came from; both null for a visitor who came straight to the form. */
  source: { articleTitle: string | null; topic: string | null };
  /** Red-flag messages of the ruleset. */
  redFlags: string[];
  /** Likely and possible regulations, most exposed first; the email shows the first three. */
  regimes: ConsultantRegime[];
  slaDue: DueTime;
  inboxName: string;
  /** Null when nobody had room and the lead waits in the inbox. */
  ownerName: string | null;
  /** Reference of this submitter's earlier lead, when there is one. */
  earlierLeadRef: string | null;
  /** What the visitor wrote to us, as typed; absent in jobs queued before it was included. */
  message?: string | null;
}

/** One likely regulation as the visitor sees it in the confirmation. */
export interface VisitorRegime {
  name: string;
  tierLabel: string | null;
  /** e.g. "Annex III high-risk duties: from 2 December 2027, in 371 days", or "applies now". */
  nextDateText: string | null;
}

/**
 * The confirmation deliberately has no company, job title, message or any other field the
 * visitor typed apart from their name: a mistyped or hostile address must not turn the firm's
 * mail into a carrier for someone else's text.
 */
export interface VisitorConfirmationData extends EmailContext {
  contactName: string;
  ref: string;
  band: Band;
  /** Likely regulations, most exposed first; the email lists the first few. */
  likely: VisitorRegime[];
  /** How many more regulations possibly apply; they are only counted, the summary page has them. */
  possibleCount: number;
  /** The overall next deadline, or null when everything identified already applies. */
  nextDeadline: { label: string | null; text: string } | null;
  /** Absolute link to the visitor's private summary page. */
  summaryUrl: string;
  disclaimer: string;
  /**
   * Who will contact the visitor: the consultant the lead was routed to, or the inbox's team while
   * it waits for one. Replies go to their address. Absent in jobs queued before it was included.
   */
  contactPerson?: { name: string; email: string; isConsultant: boolean };
  /** The lead's first-response deadline: the time the email promises. */
  respondBy?: DueTime;
}

export interface SlaReminderData extends EmailContext {
  leadId: number;
  ref: string;
  company: string;
  band: Band;
  ownerName: string;
  due: DueTime;
}

export interface SlaEscalationData extends EmailContext {
  leadId: number;
  ref: string;
  company: string;
  band: Band;
  inboxName: string;
  /** Null when the lead never found an owner. */
  ownerName: string | null;
  due: DueTime;
}

export interface ResumeLinkData extends EmailContext {
  /** Absolute, single-use link back into the questionnaire. */
  resumeUrl: string;
  /** When the link stops working, already formatted, e.g. "Tuesday 3 March 2026, 14:00 CET". */
  expiresText: string;
}

/** A visitor's summary sent to a colleague at the same email domain. */
export interface SummarySharedData extends EmailContext {
  /** The visitor's name, as they gave it. */
  senderName: string;
  ref: string;
  summaryUrl: string;
}
