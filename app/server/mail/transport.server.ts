import { Resend } from "resend";
import type { DB } from "../db.server";
import type { EmailAttachment } from "../email/templates";

export type OutgoingEmail = {
  /** The outbox id; sent as the idempotency key so a re-send is recognised. */
  id: string;
  leadId: number | null;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
  attachments?: EmailAttachment[];
};

export type SendResult =
  | { ok: true; providerId: string }
  | { ok: false; statusCode: number | null; error: string };

export interface MailTransport {
  readonly name: "resend" | "local-mailbox";
  send(email: OutgoingEmail): Promise<SendResult>;
}

/** Sends through Resend's API with the official SDK. */
export class ResendTransport implements MailTransport {
  readonly name = "resend";
  private readonly client: Resend;

  constructor(apiKey: string, baseUrl?: string) {
    this.client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  }

  async send(email: OutgoingEmail): Promise<SendResult> {
    try {
      const { data, error } = await this.client.emails.send(
        {
          from: email.from,
          to: [email.to],
          subject: email.subject,
          html: email.html,
          text: email.text,
          ...(email.replyTo ? { replyTo: email.replyTo } : {}),
          ...(email.attachments?.length
            ? { attachments: email.attachments.map((file) => ({ filename: file.filename, contentType: file.contentType, content: Buffer.from(file.content, "utf8") })) }
            : {}),
        },
        { idempotencyKey: email.id },
      );
      if (data?.id) return { ok: true, providerId: data.id };
      const statusCode = (error as { statusCode?: number | null } | null)?.statusCode ?? null;
      return { ok: false, statusCode, error: error?.message ?? "Unknown provider error" };
    } catch (error) {
      return { ok: false, statusCode: null, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

/**
 * Keeps every message whole in the database, for a person to read in the admin and for tests
 * to assert on. Storing by outbox id makes a repeated delivery of the same job a no-op.
 */
export class LocalMailboxTransport implements MailTransport {
  readonly name = "local-mailbox";

  constructor(private readonly db: DB) {}

  async send(email: OutgoingEmail): Promise<SendResult> {
    await this.db
      .insertInto("mailbox_messages")
      .values({
        outbox_id: email.id,
        lead_id: email.leadId,
        from_address: email.from,
        to_address: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        reply_to: email.replyTo ?? null,
        attachments: email.attachments?.length ? JSON.stringify(email.attachments) : null,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column("outbox_id").doNothing())
      .execute();
    return { ok: true, providerId: `local-${email.id}` };
  }
}

export function createTransport(db: DB, settings: { resendApiKey?: string; resendBaseUrl?: string }): MailTransport {
  return settings.resendApiKey ? new ResendTransport(settings.resendApiKey, settings.resendBaseUrl) : new LocalMailboxTransport(db);
}
