import { readStoredAssessment, toIsoDay } from "~/domain/exposure";
import { type SummaryView, buildSummaryView } from "~/domain/summary";
import type { DB } from "../storage/db.server";
import { formatDueTime } from "../mail/templates/format";
import { readLeadDocuments } from "../leads/documents.server";
import { hashToken } from "../auth/tokens.server";

/** Who the visitor will talk to: the consultant the lead went to, or the inbox while it waits. */
export interface SummaryContact {
  readonly name: string;
  readonly email: string;
  /** True when the lead has an owner; false when it waits in an inbox. */
  readonly isConsultant: boolean;
}

export interface VisitorSummary {
  readonly leadId: number;
  readonly publicRef: string;
  readonly contactName: string;
  readonly company: string;
  readonly contact: SummaryContact | null;
  /** The first-response deadline the confirmation email promised, while it is still ahead. */
  readonly respondBy: string | null;
  readonly view: SummaryView;
}

/** A summary token has this shape; anything else is not looked up at all. */
export const SUMMARY_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The visitor's summary as read at `now` (its calendar day in UTC, as the engine counts days), or
 * null for an unknown token, an erased lead or an unreadable assessment.
 */
export async function findVisitorSummary(
  db: DB,
  summaryToken: string,
  now: Date,
  timeZone: string,
): Promise<VisitorSummary | null> {
  if (!SUMMARY_TOKEN.test(summaryToken)) return null;
  const row = await db
    .selectFrom("leads")
    .leftJoin("users", "users.id", "leads.owner_id")
    .leftJoin("inboxes", "inboxes.id", "leads.inbox_id")
    .select([
      "leads.id",
      "leads.public_ref",
      "leads.contact_name",
      "leads.company",
      "leads.erased_at",
      "leads.sla_due_at",
      "leads.first_response_at",
      "users.name as owner_name",
      "users.email as owner_email",
      "inboxes.name as inbox_name",
      "inboxes.address as inbox_address",
    ])
    .where("leads.summary_token_hash", "=", hashToken(summaryToken))
    .executeTakeFirst();
  if (!row || row.erased_at) return null;
  const documents = await readLeadDocuments(db, row.id);
  const assessment = documents ? readStoredAssessment(documents.assessment) : null;
  if (!documents || !assessment) return null;
  const contact: SummaryContact | null =
    row.owner_name && row.owner_email
      ? { name: row.owner_name, email: row.owner_email, isConsultant: true }
      : row.inbox_name && row.inbox_address
        ? { name: `Our ${row.inbox_name} team`, email: row.inbox_address, isConsultant: false }
        : null;
  return {
    leadId: row.id,
    publicRef: row.public_ref,
    contactName: row.contact_name,
    company: row.company,
    contact,
    respondBy:
      row.sla_due_at && !row.first_response_at && Date.parse(row.sla_due_at) > now.getTime()
        ? formatDueTime({ at: row.sla_due_at, timeZone })
        : null,
    view: buildSummaryView(assessment, documents.answers, toIsoDay(now)),
  };
}
