import { randomBytes, randomUUID } from "node:crypto";
import type { ReferenceForm } from "./form";

/**
 * The three rows a submission writes in both insert references, sized like the portal's aim for
 * a lead (a narrow lead row with its answers and assessment, a timeline event, an email job that
 * names a template and its data): about 6 KB in all.
 */
export type ReferenceRows = {
  lead: {
    public_ref: string;
    status: string;
    band: string;
    contact_name: string;
    contact_email: string;
    company: string;
    job_title: string;
    phone: string | null;
    message: string | null;
    answers: string;
    assessment: string;
    created_at: string;
  };
  event: { kind: string; details: string; created_at: string };
  outboxJob: {
    id: string;
    kind: string;
    to_address: string;
    template_data: string;
    status: string;
    next_attempt_at: string;
    created_at: string;
  };
};

export const REFERENCE_SCHEMA_SQL = `
  CREATE TABLE IF NOT EXISTS leads (
    id INTEGER PRIMARY KEY,
    public_ref TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    band TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    company TEXT NOT NULL,
    job_title TEXT NOT NULL,
    phone TEXT,
    message TEXT,
    answers TEXT NOT NULL,
    assessment TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS leads_status_created ON leads (status, created_at);
  CREATE TABLE IF NOT EXISTS lead_events (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads (id),
    kind TEXT NOT NULL,
    details TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS lead_events_lead ON lead_events (lead_id);
  CREATE TABLE IF NOT EXISTS outbox (
    id TEXT PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads (id),
    kind TEXT NOT NULL,
    to_address TEXT NOT NULL,
    template_data TEXT NOT NULL,
    status TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS outbox_due ON outbox (status, next_attempt_at);
`;

const REGIMES = [
  "eu-ai-act",
  "gdpr",
  "nis2",
  "dora",
  "data-act",
  "cyber-resilience-act",
  "us-ai-laws",
  "sanctions",
  "export-controls",
  "data-localisation",
];

/** A stored assessment of realistic size: a verdict, a score and the reasons for each regime. */
const SAMPLE_ASSESSMENT = JSON.stringify({
  rulesetVersion: "2026-01",
  band: "High",
  impact: 72,
  urgency: 64,
  regimes: REGIMES.map((regime, index) => ({
    regime,
    verdict: index % 3 === 0 ? "applies" : index % 3 === 1 ? "likely" : "unlikely",
    score: 90 - index * 7,
    reasons: [
      `The company is established in the EU and serves customers there, which brings it within ${regime}.`,
      `Its answers about automated decisions and personal data meet the conditions the rules for ${regime} name.`,
    ],
    nextDeadline: { date: "2026-08-02", label: `Obligations under ${regime} start to apply` },
  })),
});

function publicRef(): string {
  return `ID-${randomBytes(5).toString("hex").toUpperCase()}`;
}

export function referenceRows(form: ReferenceForm, now = new Date()): ReferenceRows {
  const createdAt = now.toISOString();
  const ref = publicRef();
  return {
    lead: {
      public_ref: ref,
      status: "new",
      band: "High",
      contact_name: form.name,
      contact_email: form.email,
      company: form.company,
      job_title: form.jobTitle,
      phone: form.phone ?? null,
      message: form.message ?? null,
      answers: JSON.stringify(form.answers),
      assessment: SAMPLE_ASSESSMENT,
      created_at: createdAt,
    },
    event: {
      kind: "created",
      details: JSON.stringify({ ref, source: { article: "credit-scoring", topic: "gdpr" } }),
      created_at: createdAt,
    },
    outboxJob: {
      id: randomUUID(),
      kind: "consultant-notification",
      to_address: "ai-governance@meridian-audit.example",
      template_data: JSON.stringify({
        ref,
        company: form.company,
        contactName: form.name,
        jobTitle: form.jobTitle,
        email: form.email,
        band: "High",
        regimes: REGIMES.slice(0, 5).map((regime) => ({
          regime,
          verdict: "applies",
          reason: `Serves customers within the scope of ${regime}.`,
        })),
        slaDue: createdAt,
      }),
      status: "pending",
      next_attempt_at: createdAt,
      created_at: createdAt,
    },
  };
}
