import type { AuthUser } from "./auth.server";
import type { DB } from "./db.server";
import { renderLeadAssigned } from "./email/templates";
import type { MailSettings } from "./lead-emails.server";
import { enqueueEmail } from "./mail/outbox.server";

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
