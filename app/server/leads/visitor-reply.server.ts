import { randomUUID } from "node:crypto";
import { referenceFromAddress } from "../../domain/lead-mail";
import type { DB } from "../storage/db.server";
import { receiveEmail, typedText } from "./inbound-email.server";
import type { MailSettings } from "./emails.server";

/** Where a reply to a message in the local mailbox goes: its Reply-To, when that names a lead. */
export type VisitorReplyTarget = { visitor: string; replyTo: string; subject: string };

export function visitorReplyTarget(message: {
  lead_id: number | null;
  to_address: string;
  reply_to: string | null;
  subject: string;
}): VisitorReplyTarget | null {
  if (message.lead_id === null || !message.reply_to || !referenceFromAddress(message.reply_to)) return null;
  return { visitor: message.to_address, replyTo: message.reply_to, subject: message.subject };
}

export type VisitorReplyOutcome =
  { kind: "stored"; leadId: number } | { kind: "refused"; status: 409 | 422; message: string };

/**
 * Answers an email in the local mailbox as its recipient would from their own mail program: the
 * reply is addressed to the message's Reply-To and taken in by `receiveEmail`, exactly as a
 * reply arriving through Resend's webhook, so the whole loop can be seen and tested locally.
 */
export async function replyAsVisitor(
  db: DB,
  target: VisitorReplyTarget,
  text: string,
  { mail, now = new Date() }: { mail: MailSettings; now?: Date },
): Promise<VisitorReplyOutcome> {
  const emailId = `local-${randomUUID()}`;
  const subject = /^re:/i.test(target.subject) ? target.subject : `Re: ${target.subject}`;
  const outcome = await receiveEmail(
    db,
    { emailId, from: target.visitor, to: [target.replyTo], subject, receivedAt: now.toISOString() },
    typedText(emailId, text),
    { mail, now },
  );
  switch (outcome.kind) {
    case "stored":
    case "already-stored":
      return { kind: "stored", leadId: outcome.leadId };
    case "erased":
      return { kind: "refused", status: 409, message: "This lead's personal data was erased; the reply was not kept." };
    default:
      return { kind: "refused", status: 422, message: "No lead matches this message's reply address." };
  }
}
