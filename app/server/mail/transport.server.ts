import { Resend } from "resend";
import type { DB } from "../storage/db.server";
import type { EmailAttachment } from "./templates";

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

export type SendResult = { ok: true; providerId: string } | { ok: false; statusCode: number | null; error: string };

export interface MailTransport {
  readonly name: "resend" | "local-mailbox";
  /** `signal` aborts the send (the worker is stopping); the outcome is then a passing failure, retried later. */
  send(email: OutgoingEmail, options?: { signal?: AbortSignal }): Promise<SendResult>;
}

/** How long one request to the provider may take before it counts as a network error (and is retried). */
export const DEFAULT_SEND_TIMEOUT_MS = 10_000;

/** Sends through Resend's API with the official SDK. */
export class ResendTransport implements MailTransport {
  readonly name = "resend";
  private readonly client: Resend;

  constructor(
    apiKey: string,
    baseUrl?: string,
    private readonly timeoutMs = DEFAULT_SEND_TIMEOUT_MS,
  ) {
    this.client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  }

  /**
   * A provider that accepts the connection but never answers would otherwise hold the send for
   * minutes (the socket's own timeouts): every request is given up after `timeoutMs`.
   */
  async send(email: OutgoingEmail, { signal }: { signal?: AbortSignal } = {}): Promise<SendResult> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const abort = signal ? AbortSignal.any([timeout, signal]) : timeout;
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
            ? {
                attachments: email.attachments.map((file) => ({
                  filename: file.filename,
                  contentType: file.contentType,
                  content: Buffer.from(file.content, "utf8"),
                })),
              }
            : {}),
        },
        { idempotencyKey: email.id, signal: abort },
      );
      if (data?.id) return { ok: true, providerId: data.id };
      if (abort.aborted) return { ok: false, statusCode: null, error: abortReason(timeout, this.timeoutMs) };
      const statusCode = (error as { statusCode?: number | null } | null)?.statusCode ?? null;
      return { ok: false, statusCode, error: error?.message ?? "Unknown provider error" };
    } catch (error) {
      if (abort.aborted) return { ok: false, statusCode: null, error: abortReason(timeout, this.timeoutMs) };
      return { ok: false, statusCode: null, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

function abortReason(timeout: AbortSignal, timeoutMs: number): string {
  return timeout.aborted
    ? `No answer from the provider within ${timeoutMs / 1000} s`
    : "Stopped while sending; it will be sent again";
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

export function createTransport(
  db: DB,
  settings: { resendApiKey?: string; resendBaseUrl?: string; mailSendTimeoutMs?: number },
): MailTransport {
  return settings.resendApiKey
    ? new ResendTransport(settings.resendApiKey, settings.resendBaseUrl, settings.mailSendTimeoutMs)
    : new LocalMailboxTransport(db);
}
