import { Resend } from "resend";
import { bareAddress, referenceFromRecipients } from "../../domain/lead-mail";
import { receivedText } from "../../domain/lead-mail/compose";
import type { DB } from "../storage/db.server";
import type { MailSettings } from "./emails.server";
import { enqueueTemplatedEmail } from "../mail/outbox.server";

/** What the inbound webhook says about a received email: metadata only, never its text. */
export type ReceivedEmail = {
  /** The provider's id, used to fetch the text and to store each email once. */
  emailId: string;
  from: string;
  /** Every address it was delivered to; the lead's tagged address is among them. */
  to: string[];
  subject: string;
  receivedAt: string;
};

export type FetchedText = { ok: true; text: string } | { ok: false; error: string };

/** Where a received email's text comes from: Resend's received-emails API, or the local mailbox. */
export interface ReceivedEmailTexts {
  fetch(emailId: string): Promise<FetchedText>;
}

/** Reads a received email's text through the Resend SDK (the webhook carries none). */
export class ResendReceivedEmails implements ReceivedEmailTexts {
  private readonly client: Resend;

  constructor(
    apiKey: string,
    baseUrl?: string,
    private readonly timeoutMs = 10_000,
  ) {
    this.client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  }

  async fetch(emailId: string): Promise<FetchedText> {
    try {
      const { data, error } = await this.client.emails.receiving.get(encodeURIComponent(emailId), undefined, {
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (data) return { ok: true, text: data.text ?? "" };
      return { ok: false, error: error?.message ?? "No email with that id" };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** A reply typed in the local mailbox: its text is already at hand. */
export function typedText(emailId: string, text: string): ReceivedEmailTexts {
  return {
    fetch: async (id) => (id === emailId ? { ok: true, text } : { ok: false, error: "No email with that id" }),
  };
}

export type InboundOutcome =
  | { kind: "stored"; leadId: number; messageId: number }
  | { kind: "already-stored"; leadId: number }
  | { kind: "replayed" }
  | { kind: "no-reference" }
  | { kind: "unknown-reference"; ref: string }
  | { kind: "erased"; ref: string }
  | { kind: "text-unavailable"; error: string };

class Replayed extends Error {}

/**
 * Takes a received email to its lead: finds the lead by the reference its recipient address
 * carries, fetches the text, and in one transaction stores it on the lead's conversation and
 * timeline and queues the notice to the lead's owner (or its inbox). The webhook and the local
 * mailbox's "reply as the visitor" both come through here. `webhookId` is remembered in the same
 * transaction, so a delivery sent again is refused while a failed one can be retried.
 */
export async function receiveEmail(
  db: DB,
  email: ReceivedEmail,
  texts: ReceivedEmailTexts,
  { mail, webhookId, now = new Date() }: { mail: MailSettings; webhookId?: string; now?: Date },
): Promise<InboundOutcome> {
  const ref = referenceFromRecipients(email.to);
  if (!ref) return { kind: "no-reference" };
  const lead = await db
    .selectFrom("leads")
    .leftJoin("users as owner", "owner.id", "leads.owner_id")
    .leftJoin("inboxes", "inboxes.id", "leads.inbox_id")
    .select([
      "leads.id",
      "leads.public_ref",
      "leads.contact_name",
      "leads.email_normalized",
      "leads.erased_at",
      "owner.email as ownerEmail",
      "inboxes.address as inboxAddress",
    ])
    .where("leads.public_ref", "=", ref)
    .executeTakeFirst();
  if (!lead) return { kind: "unknown-reference", ref };
  if (lead.erased_at) return { kind: "erased", ref };

  const fetched = await texts.fetch(email.emailId);
  if (!fetched.ok) return { kind: "text-unavailable", error: fetched.error };

  const at = now.toISOString();
  const sender = bareAddress(email.from);
  const fromLead = sender.toLowerCase() === lead.email_normalized;
  try {
    return await db.transaction().execute(async (trx): Promise<InboundOutcome> => {
      if (webhookId) {
        await forgetOldDeliveries(trx, now);
        const remembered = await trx
          .insertInto("inbound_webhooks")
          .values({ webhook_id: webhookId, email_id: email.emailId, received_at: at })
          .onConflict((oc) => oc.column("webhook_id").doNothing())
          .returning("webhook_id")
          .executeTakeFirst();
        if (!remembered) throw new Replayed();
      }
      const message = await trx
        .insertInto("lead_messages")
        .values({
          lead_id: lead.id,
          direction: "received",
          author_id: null,
          from_address: email.from,
          to_address: email.to.join(", "),
          subject: email.subject,
          body: receivedText(fetched.text),
          outbox_id: null,
          provider_email_id: email.emailId,
          created_at: at,
        })
        .onConflict((oc) => oc.column("provider_email_id").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!message) return { kind: "already-stored", leadId: lead.id };
      await trx
        .insertInto("lead_events")
        .values({
          lead_id: lead.id,
          type: "message_received",
          actor: null,
          data: JSON.stringify({ messageId: message.id, subject: email.subject, from: sender, fromLead }),
          created_at: at,
        })
        .execute();
      await trx.updateTable("leads").set({ updated_at: at }).where("id", "=", lead.id).execute();
      const noticeTo = lead.ownerEmail ?? lead.inboxAddress;
      if (noticeTo)
        await enqueueTemplatedEmail(
          trx,
          {
            kind: "lead-reply-notice",
            leadId: lead.id,
            from: mail.from,
            to: noticeTo,
            template: "lead-reply-notice",
            data: {
              firmName: mail.firmName,
              publicUrl: mail.publicUrl,
              leadId: lead.id,
              ref: lead.public_ref,
              senderName: fromLead && lead.contact_name ? lead.contact_name : sender,
              subject: email.subject,
            },
          },
          now,
        );
      return { kind: "stored", leadId: lead.id, messageId: message.id };
    });
  } catch (error) {
    if (error instanceof Replayed) return { kind: "replayed" };
    throw error;
  }
}

/**
 * A delivery older than a day would fail its timestamp check (five minutes) long before its id
 * could matter, so ids are kept a day and the table stays small without a scheduled job.
 */
const REMEMBER_DELIVERIES_MS = 24 * 60 * 60 * 1000;

async function forgetOldDeliveries(db: DB, now: Date): Promise<void> {
  const before = new Date(now.getTime() - REMEMBER_DELIVERIES_MS).toISOString();
  await db.deleteFrom("inbound_webhooks").where("received_at", "<", before).execute();
}
