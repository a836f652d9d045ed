import type {
  ConsultantNotificationData,
  ResumeLinkData,
  SlaEscalationData,
  SlaReminderData,
  VisitorConfirmationData,
} from "~/server/mail/templates";

export const PUBLIC_URL = "https://impact.example.com";
export const FIRM = "Meridian Regulatory Audit";

export function consultantData(overrides: Partial<ConsultantNotificationData> = {}): ConsultantNotificationData {
  return {
    firmName: FIRM,
    publicUrl: PUBLIC_URL,
    leadId: 42,
    ref: "ID-7K3F9Q",
    company: "Acme GmbH",
    contactName: "Jana Novak",
    jobTitle: "Head of Compliance",
    email: "jana.novak@acme.example",
    phone: "+49 30 1234567",
    band: "Critical",
    impact: 87,
    source: { articleTitle: "What the AI Act asks of deployers", topic: "ai-governance" },
    redFlags: ["Emotion recognition at work is prohibited in the EU since 2 February 2025."],
    regimes: [
      {
        name: "EU AI Act",
        status: "likely",
        tierLabel: "High-risk deployer (Annex III)",
        reasons: ["How do you use AI? — Screening job applicants"],
      },
      {
        name: "GDPR",
        status: "likely",
        tierLabel: "Controller",
        reasons: ["Where are the people whose data you process? — EU"],
      },
      { name: "NIS2", status: "possible", tierLabel: "Important entity", reasons: ["Sector — Digital infrastructure"] },
      { name: "Colorado AI Act", status: "possible", tierLabel: "Deployer", reasons: ["Markets — United States"] },
    ],
    slaDue: { at: "2026-03-03T13:00:00.000Z", timeZone: "Europe/Berlin" },
    inboxName: "AI governance",
    ownerName: "Lukas Brandt",
    earlierLeadRef: null,
    ...overrides,
  };
}

export function visitorData(overrides: Partial<VisitorConfirmationData> = {}): VisitorConfirmationData {
  return {
    firmName: FIRM,
    publicUrl: PUBLIC_URL,
    contactName: "Jana Novak",
    ref: "ID-7K3F9Q",
    band: "High",
    likely: [
      {
        name: "EU AI Act",
        tierLabel: "High-risk deployer (Annex III)",
        nextDateText: "Annex III duties: from 2 December 2027, in 371 days",
      },
      { name: "GDPR", tierLabel: "Controller", nextDateText: "applies now" },
    ],
    possibleCount: 2,
    nextDeadline: { label: "Annex III duties", text: "from 2 December 2027, in 371 days" },
    summaryUrl: `${PUBLIC_URL}/assess/done/abcdefghijklmnopqrstuvwxyz012345`,
    disclaimer: "This summary is an automated first view, not legal advice.",
    ...overrides,
  };
}

/** The overdue-prone lead both SLA emails are about. */
const SLA_LEAD = {
  firmName: FIRM,
  publicUrl: PUBLIC_URL,
  leadId: 42,
  ref: "ID-7K3F9Q",
  company: "Acme GmbH",
  band: "Critical",
  ownerName: "Lukas Brandt",
  due: { at: "2026-03-03T13:00:00.000Z", timeZone: "Europe/Berlin" },
} as const;

export function reminderData(overrides: Partial<SlaReminderData> = {}): SlaReminderData {
  return { ...SLA_LEAD, ...overrides };
}

export function escalationData(overrides: Partial<SlaEscalationData> = {}): SlaEscalationData {
  return { ...SLA_LEAD, inboxName: "AI governance", ...overrides };
}

export function resumeData(overrides: Partial<ResumeLinkData> = {}): ResumeLinkData {
  return {
    firmName: FIRM,
    publicUrl: PUBLIC_URL,
    resumeUrl: `${PUBLIC_URL}/assess/resume/zyxwvutsrqponmlkjihgfedcba987654`,
    expiresText: "Tue 3 March 2026, 14:00 CET",
    ...overrides,
  };
}

/** Every href in a rendered HTML part, in document order. */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => (match[1] ?? "").replaceAll("&amp;", "&"));
}
