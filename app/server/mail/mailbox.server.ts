import type { DB } from "../storage/db.server";

export const MAILBOX_PAGE_SIZE = 50;

/** The local mailbox, newest first, with each message's delivery state from the outbox. */
export async function listMailbox(db: DB, { before }: { before?: number } = {}) {
  let query = db
    .selectFrom("mailbox_messages")
    .leftJoin("leads", "leads.id", "mailbox_messages.lead_id")
    .select([
      "mailbox_messages.id",
      "mailbox_messages.to_address",
      "mailbox_messages.subject",
      "mailbox_messages.created_at",
      "mailbox_messages.lead_id",
      "leads.public_ref",
    ])
    .orderBy("mailbox_messages.id", "desc")
    .limit(MAILBOX_PAGE_SIZE + 1);
  if (before !== undefined) query = query.where("mailbox_messages.id", "<", before);
  const rows = await query.execute();
  return {
    messages: rows.slice(0, MAILBOX_PAGE_SIZE),
    nextBefore: rows.length > MAILBOX_PAGE_SIZE ? (rows[MAILBOX_PAGE_SIZE - 1]?.id ?? null) : null,
  };
}

export async function getMailboxMessage(db: DB, id: number) {
  return db
    .selectFrom("mailbox_messages")
    .leftJoin("leads", "leads.id", "mailbox_messages.lead_id")
    .selectAll("mailbox_messages")
    .select("leads.public_ref")
    .where("mailbox_messages.id", "=", id)
    .executeTakeFirst();
}

/** A link that sets someone's password (an invitation or a reset): whoever follows it can take over the account. */
const SIGN_IN_LINK = /\/admin\/reset\/[A-Za-z0-9_-]+/g;
export const REDACTED_SIGN_IN_LINK = "/admin/reset/[hidden: only the recipient may see this link]";

/**
 * A message as one administrator may read it. The local mailbox holds every email, colleagues'
 * invitations and password resets included; shown whole, any administrator could take over a
 * colleague's account. Links that set a password are shown only to the person they were sent to.
 */
export function mailboxMessageFor<T extends { to_address: string; text: string; html: string }>(
  message: T,
  viewerEmail: string,
): T & { redacted: boolean } {
  if (message.to_address.toLowerCase() === viewerEmail.toLowerCase()) return { ...message, redacted: false };
  const text = message.text.replace(SIGN_IN_LINK, REDACTED_SIGN_IN_LINK);
  const html = message.html.replace(SIGN_IN_LINK, REDACTED_SIGN_IN_LINK);
  return { ...message, text, html, redacted: text !== message.text || html !== message.html };
}
