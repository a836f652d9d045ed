import { createDatabase } from "~/server/storage/db.server";

/** Mailbox messages about a call, with their attachments parsed. */
export async function callMessages(leadEmail: string) {
  const db = createDatabase(process.env.E2E_DATABASE_PATH ?? "");
  try {
    const rows = await db
      .selectFrom("mailbox_messages")
      .innerJoin("leads", "leads.id", "mailbox_messages.lead_id")
      .select([
        "mailbox_messages.subject",
        "mailbox_messages.to_address",
        "mailbox_messages.reply_to",
        "mailbox_messages.attachments",
      ])
      .where("leads.contact_email", "=", leadEmail)
      .where("mailbox_messages.subject", "like", "Call %")
      .orderBy("mailbox_messages.id")
      .execute();
    return rows.map((row) => ({
      ...row,
      attachments: JSON.parse(row.attachments ?? "[]") as { filename: string; contentType: string; content: string }[],
    }));
  } finally {
    await db.destroy();
  }
}
