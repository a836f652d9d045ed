import {
  type BulkChange,
  type BulkOutcome,
  type BulkRequest,
  canViewLead,
  planBulkChange,
} from "../../domain/lead-inbox";
import { type OwnerChange, notifyAssignment, notifyPreviousOwners } from "./assignment-emails.server";
import type { AuthUser } from "../auth/auth.server";
import type { DB } from "../storage/db.server";
import type { MailSettings } from "./emails.server";
import { type LeadChange, changeLead } from "./triage.server";
import { publishLeadChanges } from "../live/lead-events.server";
import { RefusedError } from "../http/refused-error.server";
import type { BulkReview } from "./bulk.types";
export type { BulkReviewRow, BulkReview } from "./bulk.types";

/** The consultant a bulk assignment hands leads to: they must exist and be active. */
async function assignee(db: DB, change: BulkChange): Promise<{ id: number; name: string } | null> {
  if (change.do !== "assign") return null;
  const person = await db
    .selectFrom("users")
    .select(["id", "name", "active"])
    .where("id", "=", change.ownerId)
    .executeTakeFirst();
  if (!person) throw new RefusedError("Choose a consultant from the list.", { field: "ownerId" });
  if (person.active !== 1)
    throw new RefusedError(`${person.name} is inactive and cannot take leads.`, { field: "ownerId" });
  return { id: person.id, name: person.name };
}

/**
 * What a bulk change would do to each selected lead, without changing anything. Every selected
 * lead must exist and be visible to the viewer: a selection naming someone else's lead is refused
 * whole, as the lead page refuses it.
 */
export async function reviewBulkChange(db: DB, user: AuthUser, request: BulkRequest): Promise<BulkReview> {
  const owner = await assignee(db, request.change);
  const found = await db
    .selectFrom("leads")
    .leftJoin("users", "users.id", "leads.owner_id")
    .leftJoin("inboxes", "inboxes.id", "leads.inbox_id")
    .select([
      "leads.id",
      "leads.public_ref",
      "leads.company",
      "leads.status",
      "leads.owner_id",
      "leads.inbox_id",
      "leads.erased_at",
      "users.name as owner_name",
      "inboxes.name as inbox_name",
    ])
    .where("leads.id", "in", request.leadIds)
    .execute();
  const byId = new Map(found.map((lead) => [lead.id, lead]));
  const selected = request.leadIds.map((id) => byId.get(id));
  if (selected.some((lead) => lead === undefined))
    throw new RefusedError("A selected lead does not exist. Go back to the inbox and select again.", { status: 404 });
  const leads = selected.filter((lead) => lead !== undefined);
  if (leads.some((lead) => !canViewLead(user, { inboxId: lead.inbox_id, ownerId: lead.owner_id }))) {
    throw new RefusedError("A selected lead is not in your inboxes.", { status: 403 });
  }

  const outcomes = planBulkChange(
    leads.map((lead) => ({
      id: lead.id,
      status: lead.status,
      ownerId: lead.owner_id,
      erased: lead.erased_at !== null,
    })),
    request.change,
    owner ?? undefined,
  );
  const rows = leads.map((lead, index) => ({
    id: lead.id,
    publicRef: lead.public_ref,
    company: lead.erased_at ? null : lead.company,
    status: lead.status,
    ownerName: lead.owner_name,
    inboxName: lead.inbox_name,
    outcome: outcomes[index] as BulkOutcome,
  }));
  return { rows, owner, applicable: outcomes.filter((outcome) => outcome.applies).length };
}

function asLeadChange(change: BulkChange): LeadChange {
  return change.do === "status"
    ? { intent: "status", status: change.status, reason: change.reason }
    : { intent: "reassign", ownerId: change.ownerId };
}

/**
 * Applies a confirmed bulk change in one transaction: each lead changes exactly as it would from
 * its own page (workflow, first response, timeline event), and if any lead cannot take the change
 * (someone changed it since the review, or the selection was tampered with) none of them does.
 * An assignment tells the new owner in one email. Returns how many leads changed.
 */
export async function applyBulkChange(
  db: DB,
  user: AuthUser,
  request: BulkRequest,
  { mail, now = new Date() }: { mail: MailSettings; now?: Date },
): Promise<number> {
  const change = asLeadChange(request.change);
  const leads = await db.selectFrom("leads").select(["id", "public_ref"]).where("id", "in", request.leadIds).execute();
  const refs = new Map(leads.map((lead) => [lead.id, lead.public_ref]));
  await db.transaction().execute(async (trx) => {
    await assignee(trx, request.change);
    const ownerChanges: OwnerChange[] = [];
    for (const leadId of request.leadIds) {
      try {
        const ownerChange = await changeLead(trx, user, leadId, change, now);
        if (ownerChange) ownerChanges.push(ownerChange);
      } catch (error) {
        // Name the lead in the message, so the consultant knows which one to look at.
        if (error instanceof RefusedError && error.status === 400)
          throw new RefusedError(`${refs.get(leadId) ?? "A lead"}: ${error.message}`, { field: error.field });
        throw error;
      }
    }
    // One email for the whole batch, not one per lead.
    if (request.change.do === "assign")
      await notifyAssignment(trx, {
        actor: user,
        ownerId: request.change.ownerId,
        leadIds: request.leadIds,
        mail,
        now,
      });
    // Each previous owner hears once about all of their leads that went to someone else.
    await notifyPreviousOwners(trx, { actor: user, changes: ownerChanges, mail, now });
  });
  publishLeadChanges(request.leadIds, user.id);
  return request.leadIds.length;
}
