import { canViewLead } from "../../domain/lead-inbox";
import { bareAddress, replyAddress } from "../../domain/lead-mail";
import type { LeadEmailInput } from "../../domain/lead-mail/compose";
import type { AuthUser } from "../auth/auth.server";
import type { DB } from "../storage/db.server";
import type { MailSettings } from "./emails.server";
import { enqueueTemplatedEmail } from "../mail/outbox.server";
import { firstResponseColumns } from "./first-response.server";

/** Why an email cannot be written to a lead; the message is shown and nothing is stored. */
export class LeadMessageError extends Error {
  constructor(
    message: string,
    readonly status: 403 | 404 | 409,
  ) {
    super(message);
    this.name = "LeadMessageError";
  }
}

export type ConversationMessage = {
  id: number;
  direction: "sent" | "received";
  authorName: string | null;
  from: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
};

/** Every email written to a lead and received from it, oldest first, as a thread reads. */
export async function getConversation(db: DB, leadId: number): Promise<ConversationMessage[]> {
  const rows = await db
    .selectFrom("lead_messages")
    .leftJoin("users", "users.id", "lead_messages.author_id")
    .select([
      "lead_messages.id",
      "lead_messages.direction",
      "users.name as authorName",
      "lead_messages.from_address",
      "lead_messages.to_address",
      "lead_messages.subject",
      "lead_messages.body",
      "lead_messages.created_at",
    ])
    .where("lead_messages.lead_id", "=", leadId)
    .orderBy("lead_messages.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    direction: row.direction,
    authorName: row.authorName,
    from: row.from_address,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    createdAt: row.created_at,
  }));
}

/** What the composer shows beside the message, so the consultant writes with the lead in view. */
export type ComposeContext = {
  id: number;
  publicRef: string;
  contactName: string;
  contactEmail: string;
  company: string;
  jobTitle: string;
  status: string;
  band: string;
  message: string | null;
  createdAt: string;
  ownerName: string | null;
  inboxName: string | null;
  replyTo: string;
  conversation: ConversationMessage[];
};

async function leadForWriting(db: DB, user: AuthUser, leadId: number, mail: Pick<MailSettings, "from">) {
  const lead = await db
    .selectFrom("leads")
    .leftJoin("inboxes", "inboxes.id", "leads.inbox_id")
    .leftJoin("users as owner", "owner.id", "leads.owner_id")
    .select([
      "leads.id",
      "leads.public_ref",
      "leads.contact_name",
      "leads.contact_email",
      "leads.company",
      "leads.job_title",
      "leads.status",
      "leads.band",
      "leads.message",
      "leads.created_at",
      "leads.inbox_id",
      "leads.owner_id",
      "leads.erased_at",
      "leads.first_response_at",
      "inboxes.name as inboxName",
      "inboxes.address as inboxAddress",
      "owner.name as ownerName",
    ])
    .where("leads.id", "=", leadId)
    .executeTakeFirst();
  if (!lead) throw new LeadMessageError("There is no lead with that number.", 404);
  if (!canViewLead(user, { inboxId: lead.inbox_id, ownerId: lead.owner_id }))
    throw new LeadMessageError("This lead belongs to an inbox you are not a member of, and it is not yours.", 403);
  if (lead.erased_at)
    throw new LeadMessageError("This lead's personal data was erased, so it can no longer be written to.", 409);
  // Answers go to the lead's shared inbox address (the sender's, should it have none), tagged
  // with the lead's reference: whoever works the lead next sees them (decision 026).
  const replyTo = replyAddress(lead.inboxAddress ?? bareAddress(mail.from), lead.public_ref);
  return { ...lead, replyTo };
}

/** The lead as the composer shows it; refused like sending is (unknown, not the user's, erased). */
export async function composeContext(
  db: DB,
  user: AuthUser,
  leadId: number,
  mail: Pick<MailSettings, "from">,
): Promise<ComposeContext> {
  const lead = await leadForWriting(db, user, leadId, mail);
  return {
    id: lead.id,
    publicRef: lead.public_ref,
    contactName: lead.contact_name,
    contactEmail: lead.contact_email,
    company: lead.company,
    jobTitle: lead.job_title,
    status: lead.status,
    band: lead.band,
    message: lead.message,
    createdAt: lead.created_at,
    ownerName: lead.ownerName,
    inboxName: lead.inboxName,
    replyTo: lead.replyTo,
    conversation: await getConversation(db, lead.id),
  };
}

/**
 * Writes an email to the lead: in one transaction the message on its conversation, the timeline
 * entry and the outbox job that sends it, so the three are kept or lost together. The first email
 * written is the lead's first response for the SLA.
 */
export async function sendLeadEmail(
  db: DB,
  user: AuthUser,
  leadId: number,
  input: LeadEmailInput,
  { mail, now = new Date() }: { mail: Pick<MailSettings, "from">; now?: Date },
): Promise<{ messageId: number }> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const lead = await leadForWriting(trx, user, leadId, mail);
    const outboxId = await enqueueTemplatedEmail(
      trx,
      {
        kind: "lead-message",
        leadId: lead.id,
        from: mail.from,
        to: lead.contact_email,
        template: "lead-message",
        data: { subject: input.subject, body: input.body, replyTo: lead.replyTo },
      },
      now,
    );
    const message = await trx
      .insertInto("lead_messages")
      .values({
        lead_id: lead.id,
        direction: "sent",
        author_id: user.id,
        from_address: mail.from,
        to_address: lead.contact_email,
        subject: input.subject,
        body: input.body,
        outbox_id: outboxId,
        provider_email_id: null,
        created_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("lead_events")
      .values({
        lead_id: lead.id,
        type: "message_sent",
        actor: String(user.id),
        data: JSON.stringify({ messageId: message.id, subject: input.subject }),
        created_at: at,
      })
      .execute();
    await trx
      .updateTable("leads")
      .set({ ...firstResponseColumns(lead, user.id, at), updated_at: at })
      .where("id", "=", lead.id)
      .execute();
    return { messageId: message.id };
  });
}
