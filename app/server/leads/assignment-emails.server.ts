import type { AuthUser } from "../auth/auth.server";
import type { DB } from "../storage/db.server";
import { renderLeadAssigned, renderLeadReassignedAway } from "../mail/templates";
import type { MailSettings } from "./emails.server";
import { enqueueEmail } from "../mail/outbox.server";

/**
 * Queues one email telling a consultant that someone else assigned them leads (one lead from
 * its page, or many at once from the inbox), in the caller's transaction so the email goes out
 * exactly when the assignment is kept. Taking a lead yourself sends nothing.
 */
export async function notifyAssignment(
  trx: DB,
  {
    actor,
    ownerId,
    leadIds,
    mail,
    now,
  }: { actor: AuthUser; ownerId: number; leadIds: readonly number[]; mail: MailSettings; now: Date },
): Promise<void> {
  if (ownerId === actor.id || leadIds.length === 0) return;
  const owner = await trx
    .selectFrom("users")
    .select(["name", "email", "active"])
    .where("id", "=", ownerId)
    .executeTakeFirst();
  if (!owner || owner.active !== 1) return;
  const leads = await trx
    .selectFrom("leads")
    .select(["id", "public_ref", "company", "band", "erased_at"])
    .where("id", "in", [...leadIds])
    .orderBy("id")
    .execute();
  const rendered = await renderLeadAssigned({
    firmName: mail.firmName,
    publicUrl: mail.publicUrl,
    name: owner.name,
    assignedBy: actor.name,
    leads: leads.map((lead) => ({
      id: lead.id,
      ref: lead.public_ref,
      company: lead.erased_at ? null : lead.company,
      band: lead.band,
    })),
  });
  // A single lead's email belongs on its timeline; a batch is one email about many leads.
  await enqueueEmail(
    trx,
    {
      kind: "lead-assigned",
      leadId: leads.length === 1 ? (leads[0]?.id ?? null) : null,
      from: mail.from,
      to: owner.email,
      ...rendered,
    },
    now,
  );
}

/** A lead that changed hands: who had it, who has it now (null when it waits in an inbox). */
export type OwnerChange = {
  leadId: number;
  fromOwnerId: number | null;
  toOwnerId: number | null;
  toOwnerName: string | null;
};

/**
 * Tells each previous owner, in one email per person and in the caller's transaction, that
 * someone else took leads away from them (reassigned, or re-routed to another owner), so they stop
 * working them. Handing a lead on yourself sends you nothing: you know; an inactive previous owner
 * is not written to. Decision 025.
 */
export async function notifyPreviousOwners(
  trx: DB,
  { actor, changes, mail, now }: { actor: AuthUser; changes: readonly OwnerChange[]; mail: MailSettings; now: Date },
): Promise<void> {
  const byOwner = new Map<number, OwnerChange[]>();
  for (const change of changes) {
    const from = change.fromOwnerId;
    if (from === null || from === actor.id || from === change.toOwnerId) continue;
    byOwner.set(from, [...(byOwner.get(from) ?? []), change]);
  }
  for (const [ownerId, lost] of byOwner) {
    const owner = await trx
      .selectFrom("users")
      .select(["name", "email", "active"])
      .where("id", "=", ownerId)
      .executeTakeFirst();
    if (!owner || owner.active !== 1) continue;
    const refs = new Map(
      (
        await trx
          .selectFrom("leads")
          .select(["id", "public_ref"])
          .where(
            "id",
            "in",
            lost.map((change) => change.leadId),
          )
          .execute()
      ).map((lead) => [lead.id, lead.public_ref]),
    );
    const rendered = await renderLeadReassignedAway({
      firmName: mail.firmName,
      publicUrl: mail.publicUrl,
      name: owner.name,
      changedBy: actor.name,
      leads: lost.map((change) => ({
        id: change.leadId,
        ref: refs.get(change.leadId) ?? `#${change.leadId}`,
        newOwnerName: change.toOwnerName,
      })),
    });
    await enqueueEmail(
      trx,
      {
        kind: "lead-reassigned-away",
        leadId: lost.length === 1 ? (lost[0]?.leadId ?? null) : null,
        from: mail.from,
        to: owner.email,
        ...rendered,
      },
      now,
    );
  }
}
