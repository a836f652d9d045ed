import SQLite from "better-sqlite3";
import { expectedEmailKinds } from "./expected-emails";

export type RowCheck = { ok: boolean; lines: string[] };

/**
 * Checks the portal's database after a burst: one lead per successful submit, and for each lead
 * exactly the email jobs it should cause. Only the outbox's `lead_id` and `kind` are read, so the
 * check holds whatever else the outbox stores.
 */
export function checkSubmittedRows(databasePath: string, successfulSubmits: number): RowCheck {
  const db = new SQLite(databasePath, { readonly: true, fileMustExist: true });
  try {
    const leads = db.prepare("SELECT id, owner_id FROM leads").all() as { id: number; owner_id: number | null }[];
    const jobs = db.prepare("SELECT lead_id, kind FROM outbox WHERE lead_id IS NOT NULL").all() as {
      lead_id: number;
      kind: string;
    }[];
    const kindsByLead = new Map<number, string[]>();
    for (const job of jobs) {
      const kinds = kindsByLead.get(job.lead_id) ?? [];
      kinds.push(job.kind);
      kindsByLead.set(job.lead_id, kinds);
    }
    const mismatched = leads.filter(
      (lead) => (kindsByLead.get(lead.id) ?? []).sort().join() !== expectedEmailKinds(lead).join(),
    );
    const expectedJobs = leads.reduce((sum, lead) => sum + expectedEmailKinds(lead).length, 0);
    const leadIds = new Set(leads.map((lead) => lead.id));
    const orphanJobs = jobs.filter((job) => !leadIds.has(job.lead_id)).length;

    const leadsOk = leads.length === successfulSubmits;
    const jobsOk = mismatched.length === 0 && orphanJobs === 0 && jobs.length === expectedJobs;
    const lines = [
      `${leadsOk ? "ok  " : "FAIL"} leads in the database: ${leads.length}; successful submit responses: ${successfulSubmits}`,
      `${jobsOk ? "ok  " : "FAIL"} outbox jobs: ${jobs.length}; expected from the leads: ${expectedJobs} ` +
        `(${leads.filter((lead) => lead.owner_id !== null).length} leads with an owner get a reminder too)`,
    ];
    for (const lead of mismatched.slice(0, 5)) {
      lines.push(
        `     lead ${lead.id}: jobs [${(kindsByLead.get(lead.id) ?? []).sort().join(", ")}], expected [${expectedEmailKinds(lead).join(", ")}]`,
      );
    }
    if (orphanJobs > 0) lines.push(`     ${orphanJobs} jobs name a lead that does not exist`);
    return { ok: leadsOk && jobsOk, lines };
  } finally {
    db.close();
  }
}
