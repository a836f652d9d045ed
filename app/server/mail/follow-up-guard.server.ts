import type { OutboxRow } from "../../../db/schema";
import type { DB } from "../storage/db.server";

export const FOLLOW_UP_REMINDER_KIND = "follow-up-reminder";

/**
 * Cancels a follow-up reminder whose follow-up was done (or whose lead was erased) before it was
 * sent; the worker asks just before sending, so a reminder is sent once or not at all.
 */
export function followUpStillOpen(db: DB) {
  return async (job: OutboxRow): Promise<string | null> => {
    if (job.kind !== FOLLOW_UP_REMINDER_KIND) return null;
    const task = await db
      .selectFrom("lead_tasks")
      .innerJoin("leads", "leads.id", "lead_tasks.lead_id")
      .select(["lead_tasks.done_at", "leads.erased_at"])
      .where("lead_tasks.reminder_outbox_id", "=", job.id)
      .executeTakeFirst();
    if (!task) return "The follow-up no longer exists";
    if (task.erased_at) return "The lead's personal data was erased";
    return task.done_at ? "The follow-up was done" : null;
  };
}
