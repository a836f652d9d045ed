import { createHmac, randomBytes } from "node:crypto";

/** A signing secret in the form Resend shows one: `whsec_` and base64 key bytes. */
export function testWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/**
 * The headers Resend sends with a webhook delivery, signed as the Svix scheme signs: HMAC-SHA256,
 * keyed with the secret's decoded bytes, over `id.timestamp.body`, base64, prefixed `v1,`.
 * Written out here rather than borrowed from the library the server verifies with, so a test
 * checks the server against the scheme and not against itself.
 */
export function signedHeaders(
  secret: string,
  body: string,
  { id = `msg_${randomBytes(12).toString("hex")}`, at = new Date() }: { id?: string; at?: Date } = {},
): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return {
    "svix-id": id,
    "svix-timestamp": String(timestamp),
    "svix-signature": `v1,${signature}`,
    "Content-Type": "application/json",
  };
}

/** An `email.received` event as Resend delivers it: metadata only, the text is fetched separately. */
export function emailReceivedEvent(email: { id: string; from: string; to: string[]; subject: string }): string {
  return JSON.stringify({
    type: "email.received",
    created_at: new Date().toISOString(),
    data: {
      email_id: email.id,
      created_at: new Date().toISOString(),
      from: email.from,
      to: email.to,
      bcc: [],
      cc: [],
      received_for: email.to,
      message_id: `<${email.id}@mail.example>`,
      subject: email.subject,
      attachments: [],
    },
  });
}
