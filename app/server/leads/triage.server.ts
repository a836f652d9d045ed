import type { Assessment } from "../../domain/exposure";
import { canViewLead, isLeadStatus, leadStatusLabel, type TriageAction } from "../../domain/lead-inbox";
import { canMoveTo } from "../../domain/lead-inbox/workflow";
import type { Answers } from "../../domain/questionnaire";
import { type OwnerChange, notifyAssignment, notifyPreviousOwners } from "./assignment-emails.server";
import type { AuthUser } from "../auth/auth.server";
import type { DB } from "../storage/db.server";
import type { MailSettings } from "./emails.server";
import { readLeadDocuments, writeRoutingTrace } from "./documents.server";
import { publishLeadEvent } from "../live/lead-events.server";
import { routeAndAssign } from "../routing/routing.server";
import { leadAssignedData, leadStatusChangedData } from "../../domain/webhooks/payloads";
import { queueWebhookEventNow } from "../webhooks/queue.server";
import { RefusedError } from "../http/refused-error.server";
import { firstResponseColumns } from "./first-response.server";

/**
 * Applies one change from the lead page in a transaction, with its timeline event. The first
 * status change, or a note that records contact, is the lead's first response for the SLA.
 */
export async function applyTriage(
  db: DB,
  user: AuthUser,
  leadId: number,
  action: LeadChange,
  { mail, now = new Date() }: { mail: MailSettings; now?: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ownerChange = await changeLead(trx, user, leadId, action, now);
    if (action.intent === "reassign")
      await notifyAssignment(trx, { actor: user, ownerId: action.ownerId, leadIds: [leadId], mail, now });
    if (ownerChange) await notifyPreviousOwners(trx, { actor: user, changes: [ownerChange], mail, now });
  });
  publishLeadEvent({ leadId, kind: "changed", by: user.id });
}

export type LeadChange = Exclude<TriageAction, { intent: "erase" }>;

/**
 * One change to one lead inside the caller's transaction, so that a bulk change of many leads
 * commits together or not at all. Checks the viewer may see the lead before touching it. Says
 * who owned the lead before and after when the change gave it another owner, so the caller can
 * tell the previous owner.
 */
export async function changeLead(
  trx: DB,
  user: AuthUser,
  leadId: number,
  action: LeadChange,
  now: Date,
): Promise<OwnerChange | null> {
  const lead = await trx
    .selectFrom("leads")
    .select([
      "id",
      "status",
      "owner_id",
      "inbox_id",
      "first_response_at",
      "erased_at",
      "source_article",
      "source_topic",
      "duplicate_of",
      "public_ref",
    ])
    .where("id", "=", leadId)
    .executeTakeFirst();
  if (!lead) throw new RefusedError("There is no lead with that number.", { status: 404 });
  if (!canViewLead(user, { inboxId: lead.inbox_id, ownerId: lead.owner_id }))
    throw new RefusedError("This lead is not in your inboxes.", { status: 403 });
  if (lead.erased_at) throw new RefusedError("This lead's personal data was erased; it can no longer be changed.");

  const at = now.toISOString();
  const event = (type: string, data: Record<string, unknown>) =>
    trx
      .insertInto("lead_events")
      .values({ lead_id: lead.id, type, actor: String(user.id), data: JSON.stringify(data), created_at: at })
      .execute();
  const firstResponse = firstResponseColumns(lead, user.id, at);
  // Subscribed endpoints hear of the change in this same transaction (decision 029).
  const leadRef = { id: lead.id, reference: lead.public_ref };

  switch (action.intent) {
    case "note": {
      await trx
        .insertInto("lead_notes")
        .values({ lead_id: lead.id, author_id: user.id, body: action.body, created_at: at })
        .execute();
      await event("note_added", { contacted: action.contacted });
      if (action.contacted)
        await trx
          .updateTable("leads")
          .set({ ...firstResponse, updated_at: at })
          .where("id", "=", lead.id)
          .execute();
      return null;
    }
    case "status": {
      const from = lead.status;
      if (!isLeadStatus(from) || !canMoveTo(from, action.status)) {
        throw new RefusedError(`A lead cannot go from "${from}" to "${action.status}".`, { field: "status" });
      }
      await trx
        .updateTable("leads")
        .set({ status: action.status, ...firstResponse, updated_at: at })
        .where("id", "=", lead.id)
        .execute();
      await event("status_changed", { from, to: action.status, reason: action.reason ?? null });
      await queueWebhookEventNow(
        trx,
        "lead.status_changed",
        leadStatusChangedData(leadRef, { from, to: action.status, reason: action.reason ?? null }),
        now,
      );
      return null;
    }
    case "claim": {
      if (lead.owner_id !== null) throw new RefusedError("Someone already owns this lead.");
      if (user.role !== "admin" && (lead.inbox_id === null || !user.inboxIds.includes(lead.inbox_id)))
        throw new RefusedError("Only members of the lead's inbox can claim it.", { status: 403 });
      await trx.updateTable("leads").set({ owner_id: user.id, updated_at: at }).where("id", "=", lead.id).execute();
      await trx.updateTable("users").set({ last_assigned_at: at }).where("id", "=", user.id).execute();
      await event("claimed", { ownerId: user.id });
      await queueWebhookEventNow(
        trx,
        "lead.assigned",
        leadAssignedData(leadRef, {
          owner: { id: user.id, name: user.name },
          previousOwnerId: null,
          reason: "claimed",
        }),
        now,
      );
      return null;
    }
    case "reassign": {
      const target = await trx
        .selectFrom("users")
        .select(["id", "name", "active"])
        .where("id", "=", action.ownerId)
        .executeTakeFirst();
      if (!target) throw new RefusedError("Choose a consultant from the list.", { field: "ownerId" });
      if (target.active !== 1)
        throw new RefusedError(`${target.name} is inactive and cannot take leads.`, { field: "ownerId" });
      if (target.id === lead.owner_id)
        throw new RefusedError(`${target.name} already owns this lead.`, { field: "ownerId" });
      await trx.updateTable("leads").set({ owner_id: target.id, updated_at: at }).where("id", "=", lead.id).execute();
      await trx.updateTable("users").set({ last_assigned_at: at }).where("id", "=", target.id).execute();
      await event("reassigned", { fromOwnerId: lead.owner_id, toOwnerId: target.id, toOwnerName: target.name });
      await queueWebhookEventNow(
        trx,
        "lead.assigned",
        leadAssignedData(leadRef, {
          owner: { id: target.id, name: target.name },
          previousOwnerId: lead.owner_id,
          reason: "reassigned",
        }),
        now,
      );
      return { leadId: lead.id, fromOwnerId: lead.owner_id, toOwnerId: target.id, toOwnerName: target.name };
    }
    case "move": {
      const inbox = await trx
        .selectFrom("inboxes")
        .select(["id", "name"])
        .where("id", "=", action.inboxId)
        .executeTakeFirst();
      if (!inbox) throw new RefusedError("Choose an inbox from the list.", { field: "inboxId" });
      if (inbox.id === lead.inbox_id)
        throw new RefusedError(`The lead is already in ${inbox.name}.`, { field: "inboxId" });
      await trx.updateTable("leads").set({ inbox_id: inbox.id, updated_at: at }).where("id", "=", lead.id).execute();
      await event("reassigned", { fromInboxId: lead.inbox_id, toInboxId: inbox.id, toInboxName: inbox.name });
      return null;
    }
    case "duplicate": {
      const earlier = await trx
        .selectFrom("leads")
        .select(["id", "public_ref", "inbox_id", "owner_id"])
        .where("public_ref", "=", action.duplicateOf)
        .executeTakeFirst();
      if (!earlier || !canViewLead(user, { inboxId: earlier.inbox_id, ownerId: earlier.owner_id })) {
        throw new RefusedError(`There is no lead ${action.duplicateOf} that you can see.`, { field: "duplicateOf" });
      }
      if (earlier.id === lead.id)
        throw new RefusedError("A lead cannot be a duplicate of itself.", { field: "duplicateOf" });
      await trx
        .updateTable("leads")
        .set({ duplicate_of: earlier.id, updated_at: at })
        .where("id", "=", lead.id)
        .execute();
      await event("duplicate_marked", { duplicateOf: earlier.id, publicRef: earlier.public_ref });
      return null;
    }
    case "not-duplicate": {
      if (lead.duplicate_of === null) throw new RefusedError("This lead is not marked as a duplicate.");
      await trx.updateTable("leads").set({ duplicate_of: null, updated_at: at }).where("id", "=", lead.id).execute();
      await event("duplicate_unmarked", { wasDuplicateOf: lead.duplicate_of });
      return null;
    }
    case "reroute": {
      const documents = await readLeadDocuments(trx, lead.id);
      if (!documents) throw new RefusedError("This lead's answers are not stored, so it cannot be routed again.");
      const routing = await routeAndAssign(
        trx,
        {
          assessment: documents.assessment as Assessment,
          answers: documents.answers as Answers,
          source: { article: lead.source_article, topic: lead.source_topic },
          earlierOwnerId: null,
        },
        now,
      );
      await trx
        .updateTable("leads")
        .set({
          inbox_id: routing.inbox.id,
          owner_id: routing.owner?.id ?? null,
          routing_version: routing.trace.routing.rulesetVersion,
          updated_at: at,
        })
        .where("id", "=", lead.id)
        .execute();
      await writeRoutingTrace(trx, lead.id, routing.trace);
      await event("reassigned", {
        rerouted: true,
        toInboxId: routing.inbox.id,
        toInboxName: routing.inbox.name,
        toOwnerId: routing.owner?.id ?? null,
        toOwnerName: routing.owner?.name ?? null,
      });
      if (lead.owner_id !== (routing.owner?.id ?? null))
        await queueWebhookEventNow(
          trx,
          "lead.assigned",
          leadAssignedData(leadRef, {
            owner: routing.owner ? { id: routing.owner.id, name: routing.owner.name } : null,
            previousOwnerId: lead.owner_id,
            inbox: { id: routing.inbox.id, name: routing.inbox.name },
            reason: "rerouted",
          }),
          now,
        );
      return lead.owner_id === (routing.owner?.id ?? null)
        ? null
        : {
            leadId: lead.id,
            fromOwnerId: lead.owner_id,
            toOwnerId: routing.owner?.id ?? null,
            toOwnerName: routing.owner?.name ?? null,
          };
    }
  }
  return null;
}

/** Who a lead can be handed to, and where: active consultants and every inbox. */
export async function triageOptions(db: DB) {
  const [people, inboxes] = await Promise.all([
    db.selectFrom("users").select(["id", "name"]).where("active", "=", 1).orderBy("name").execute(),
    db.selectFrom("inboxes").select(["id", "name"]).orderBy("name").execute(),
  ]);
  return { people, inboxes };
}

const VIEW_EVENT_GAP_MS = 30 * 60 * 1000;

/** Notes on the timeline that someone opened the lead; repeated looks within half an hour count once. */
export async function recordView(db: DB, user: AuthUser, leadId: number, now = new Date()): Promise<void> {
  const recent = await db
    .selectFrom("lead_events")
    .select("id")
    .where("lead_id", "=", leadId)
    .where("type", "=", "viewed")
    .where("actor", "=", String(user.id))
    .where("created_at", ">", new Date(now.getTime() - VIEW_EVENT_GAP_MS).toISOString())
    .executeTakeFirst();
  if (recent) return;
  await db
    .insertInto("lead_events")
    .values({ lead_id: leadId, type: "viewed", actor: String(user.id), data: "{}", created_at: now.toISOString() })
    .execute();
}

/** What a change from "Work this lead" did, in the words of the page, names instead of numbers. */
export async function triageMessage(
  db: DB,
  change: Exclude<TriageAction, { intent: "erase" | "confirm-genuine" | "confirm-spam" }>,
) {
  switch (change.intent) {
    case "note":
      return "Note saved.";
    case "status":
      return `Status changed to ${leadStatusLabel(change.status)}.`;
    case "claim":
      return "You now own this lead.";
    case "reassign": {
      const person = await db.selectFrom("users").select("name").where("id", "=", change.ownerId).executeTakeFirst();
      return `Reassigned to ${person?.name ?? "the chosen consultant"}.`;
    }
    case "move": {
      const inbox = await db.selectFrom("inboxes").select("name").where("id", "=", change.inboxId).executeTakeFirst();
      return `Moved to the ${inbox?.name ?? "chosen"} inbox.`;
    }
    case "reroute":
      return "Routing ran again.";
    case "duplicate":
      return `Marked as a duplicate of ${change.duplicateOf}.`;
    case "not-duplicate":
      return "No longer marked as a duplicate.";
  }
}
