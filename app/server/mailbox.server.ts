import type { DB } from "./db.server";

export const MAILBOX_PAGE_SIZE = 50;

/** The local mailbox, newest first, with each message's delivery state from the outbox. */
export async function listMailbox(db: DB, { before }: { before?: number } = {}) {
  let query = db
    .selectFrom("mailbox_messages")
    .leftJoin("leads", "leads.id", "mailbox_messages.lead_id")
    .select(["mailbox_messages.id", "mailbox_messages.to_address", "mailbox_messages.subject", "mailbox_messages.created_at", "mailbox_messages.lead_id", "leads.public_ref"])
    .orderBy("mailbox_messages.id", "desc")
    .limit(MAILBOX_PAGE_SIZE + 1);
  if (before !== undefined) query = query.where("mailbox_messages.id", "<", before);
  const rows = await query.execute();
  return { messages: rows.slice(0, MAILBOX_PAGE_SIZE), nextBefore: rows.length > MAILBOX_PAGE_SIZE ? rows[MAILBOX_PAGE_SIZE - 1]?.id ?? null : null };
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
