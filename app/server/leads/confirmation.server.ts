import type { OutboxRow } from "../../../db/schema";
import { type BusinessCalendar, slaFor } from "../../domain/sla";
import type { Band } from "../../domain/exposure";
import type { AuthUser } from "../auth/auth.server";
import type { DB } from "../storage/db.server";
import { HELD_UNTIL } from "./emails.server";
import { leadStatusChangedData } from "../../domain/webhooks/payloads";
import { queueWebhookEventNow } from "../webhooks/queue.server";
import { RefusedError } from "../http/refused-error.server";

/**
 * Deciding about a lead that waits "unconfirmed" (suspected automation): an administrator either
 * confirms it as genuine, and it becomes a new lead with a first-response deadline counted from
 * now and its held emails released through the outbox (the consultant's notification at once,
 * the reminder and escalation at their new times); or marks it as spam, and its held emails are
 * cancelled. Each is one transaction with its timeline event.
 */
export async function decideUnconfirmedLead(
  db: DB,
  user: AuthUser,
  leadId: number,
  decision: "genuine" | "spam",
  { calendar, now = new Date() }: { calendar: BusinessCalendar; now?: Date },
): Promise<void> {
  if (user.role !== "admin")
    throw new RefusedError("Only administrators may confirm or reject a lead that waits for confirmation.", {
      status: 403,
    });
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const lead = await trx
      .selectFrom("leads")
      .select(["id", "status", "band", "public_ref"])
      .where("id", "=", leadId)
      .executeTakeFirst();
    if (!lead) throw new RefusedError("There is no lead with that number.", { status: 404 });
    if (lead.status !== "unconfirmed") throw new RefusedError("This lead is not waiting for confirmation.");
    const held = await trx
      .selectFrom("outbox")
      .selectAll()
      .where("lead_id", "=", lead.id)
      .where("status", "=", "pending")
      .where("next_attempt_at", "=", HELD_UNTIL.toISOString())
      .execute();
    // Receivers hear of the decision as a status change, in this transaction (decision 029).
    const statusWebhook = (to: string, reason: string) =>
      queueWebhookEventNow(
        trx,
        "lead.status_changed",
        leadStatusChangedData({ id: lead.id, reference: lead.public_ref }, { from: "unconfirmed", to, reason }),
        now,
      );
    const event = (type: string, data: Record<string, unknown>) =>
      trx
        .insertInto("lead_events")
        .values({ lead_id: lead.id, type, actor: String(user.id), data: JSON.stringify(data), created_at: at })
        .execute();

    if (decision === "spam") {
      await trx.updateTable("leads").set({ status: "spam", updated_at: at }).where("id", "=", lead.id).execute();
      if (held.length > 0) {
        await trx
          .updateTable("outbox")
          .set({ status: "cancelled", last_error: "The lead was marked as spam" })
          .where(
            "id",
            "in",
            held.map((job) => job.id),
          )
          .execute();
      }
      await event("status_changed", { from: "unconfirmed", to: "spam", reason: "Suspected automation confirmed" });
      await statusWebhook("spam", "Suspected automation confirmed");
      return;
    }

    const sla = slaFor(lead.band as Band, now, calendar);
    await trx
      .updateTable("leads")
      .set({ status: "new", sla_due_at: sla.dueAt.toISOString(), updated_at: at })
      .where("id", "=", lead.id)
      .execute();
    for (const job of held) {
      const sendAt = job.kind === "sla-reminder" ? sla.reminderAt : job.kind === "sla-escalation" ? sla.dueAt : now;
      await trx
        .updateTable("outbox")
        .set({ next_attempt_at: sendAt.toISOString(), data: withDeadline(job, sla.dueAt) })
        .where("id", "=", job.id)
        .execute();
    }
    await event("confirmed", {});
    await statusWebhook("new", "Confirmed as genuine");
  });
}

/** The email's stored data with the deadline it states moved to the one counted from confirmation. */
function withDeadline(job: OutboxRow, dueAt: Date): string | null {
  if (job.data === null) return null;
  const data = JSON.parse(job.data) as Record<string, unknown>;
  for (const key of ["slaDue", "due"]) {
    const due = data[key];
    if (due && typeof due === "object") data[key] = { ...due, at: dueAt.toISOString() };
  }
  return JSON.stringify(data);
}
