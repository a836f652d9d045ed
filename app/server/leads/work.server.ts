import type { LeadViewer } from "../../domain/lead-inbox";
import { canViewLead } from "../../domain/lead-inbox";
import { type DayString, type LogContact, addDays, followUpTitle, reminderInstant } from "../../domain/lead-work";
import type { BusinessCalendar } from "../../domain/sla";
import type { AuthUser } from "../auth/auth.server";
import type { DB } from "../storage/db.server";
import type { MailSettings } from "./emails.server";
import { changeLead } from "./triage.server";
import { publishLeadEvent } from "../live/lead-events.server";
import { enqueueTemplatedEmail } from "../mail/outbox.server";

import { FOLLOW_UP_REMINDER_KIND } from "../mail/follow-up-guard.server";
import { RefusedError } from "../http/refused-error.server";
import { firstResponseColumns } from "./first-response.server";

type WorkSettings = { mail: MailSettings; calendar: BusinessCalendar; now?: Date };

/** The lead as the person may change it, or the refusal the page shows (404, 403, or erased). */
async function workableLead(trx: DB, user: AuthUser, leadId: number) {
  const lead = await trx
    .selectFrom("leads")
    .select(["id", "public_ref", "status", "owner_id", "inbox_id", "first_response_at", "erased_at"])
    .where("id", "=", leadId)
    .executeTakeFirst();
  if (!lead) throw new RefusedError("There is no lead with that number.", { status: 404 });
  if (!canViewLead(user, { inboxId: lead.inbox_id, ownerId: lead.owner_id }))
    throw new RefusedError("This lead is not in your inboxes.", { status: 403 });
  if (lead.erased_at) throw new RefusedError("This lead's personal data was erased; it can no longer be changed.");
  return lead;
}

/**
 * "Log contact": in one transaction, the note (when there is one), the timeline entry saying how
 * and with what result the lead was contacted, the first response for the SLA, the status change
 * through the same path as the status form (so the workflow is checked the same way), and the
 * follow-up with its reminder in the outbox. Any refusal rolls all of it back.
 */
export async function logContact(
  db: DB,
  user: AuthUser,
  leadId: number,
  input: LogContact,
  { mail, calendar, now = new Date() }: WorkSettings,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const lead = await workableLead(trx, user, leadId);
    const at = now.toISOString();
    const note = input.note
      ? await trx
          .insertInto("lead_notes")
          .values({ lead_id: lead.id, author_id: user.id, body: input.note, created_at: at })
          .returning("id")
          .executeTakeFirstOrThrow()
      : null;
    await trx
      .updateTable("leads")
      .set({ ...firstResponseColumns(lead, user.id, at), updated_at: at })
      .where("id", "=", lead.id)
      .execute();
    await trx
      .insertInto("lead_events")
      .values({
        lead_id: lead.id,
        type: "contact_logged",
        actor: String(user.id),
        data: JSON.stringify({
          channel: input.channel,
          outcome: input.outcome,
          noteId: note?.id ?? null,
          followUpOn: input.followUpOn ?? null,
        }),
        created_at: at,
      })
      .execute();
    if (input.status) {
      await changeLead(
        trx,
        user,
        lead.id,
        { intent: "status", status: input.status, reason: input.status === "lost" ? input.note : undefined },
        now,
      );
    }
    if (input.followUpOn) {
      await addFollowUp(trx, {
        leadId: lead.id,
        ref: lead.public_ref,
        owner: user,
        title: followUpTitle(input.channel, input.outcome),
        dueOn: input.followUpOn,
        mail,
        calendar,
        now,
      });
    }
  });
  publishLeadEvent({ leadId, kind: "changed", by: user.id });
}

/** What a follow-up's reminder email needs. */
type FollowUpReminder = {
  leadId: number;
  ref: string;
  owner: { name: string; email: string };
  title: string;
  dueOn: DayString;
  mail: MailSettings;
  calendar: BusinessCalendar;
  now: Date;
};

/** Writes a follow-up for its owner and queues its reminder for the opening hour of its day. */
async function addFollowUp(
  trx: DB,
  followUp: FollowUpReminder & { owner: { id: number; name: string; email: string } },
): Promise<void> {
  const reminderId = await queueReminder(trx, followUp);
  const { leadId, owner, title, dueOn, now } = followUp;
  await trx
    .insertInto("lead_tasks")
    .values({
      lead_id: leadId,
      owner_id: owner.id,
      title,
      due_on: dueOn,
      created_by: owner.id,
      created_at: now.toISOString(),
      reminder_outbox_id: reminderId,
    })
    .execute();
}

function queueReminder(
  trx: DB,
  { leadId, ref, owner, title, dueOn, mail, calendar, now }: FollowUpReminder,
): Promise<string> {
  return enqueueTemplatedEmail(
    trx,
    {
      kind: FOLLOW_UP_REMINDER_KIND,
      leadId,
      from: mail.from,
      to: owner.email,
      sendAfter: reminderInstant(dueOn, calendar, now),
      template: "follow-up-reminder",
      data: { firmName: mail.firmName, publicUrl: mail.publicUrl, leadId, ref, ownerName: owner.name, title, dueOn },
    },
    now,
  );
}

/**
 * Marks a follow-up done, or open again. Its owner, or anyone who may change its lead, may do
 * it. Reopening a follow-up whose reminder was cancelled (because it was done on or before its
 * day) queues a new one, sent at once when the day has come; a reminder already sent is not
 * sent again.
 */
export async function setFollowUpDone(
  db: DB,
  user: AuthUser,
  taskId: number,
  done: boolean,
  { mail, calendar, now = new Date(), onLead }: WorkSettings & { onLead?: number },
): Promise<{ leadId: number; title: string }> {
  return db.transaction().execute(async (trx) => {
    const task = await trx
      .selectFrom("lead_tasks")
      .innerJoin("leads", "leads.id", "lead_tasks.lead_id")
      .innerJoin("users", "users.id", "lead_tasks.owner_id")
      .select([
        "lead_tasks.id",
        "lead_tasks.lead_id",
        "lead_tasks.owner_id",
        "lead_tasks.title",
        "lead_tasks.due_on",
        "lead_tasks.done_at",
        "lead_tasks.reminder_outbox_id",
        "leads.public_ref",
        "leads.inbox_id",
        "leads.owner_id as lead_owner_id",
        "leads.erased_at",
        "users.name as owner_name",
        "users.email as owner_email",
      ])
      .where("lead_tasks.id", "=", taskId)
      .executeTakeFirst();
    // From a lead's page, only that lead's follow-ups.
    if (!task || (onLead !== undefined && task.lead_id !== onLead))
      throw new RefusedError("There is no such follow-up.", { status: 404 });
    if (task.owner_id !== user.id && !canViewLead(user, { inboxId: task.inbox_id, ownerId: task.lead_owner_id }))
      throw new RefusedError("This follow-up is on a lead outside your inboxes.", { status: 403 });
    if ((task.done_at !== null) === done)
      throw new RefusedError(done ? "This follow-up is already done." : "This follow-up is already open.", {
        field: "taskId",
      });
    const at = now.toISOString();
    let reminderId = task.reminder_outbox_id;
    if (!done && !task.erased_at) {
      const reminder = reminderId
        ? await trx.selectFrom("outbox").select("status").where("id", "=", reminderId).executeTakeFirst()
        : undefined;
      if (!reminder || reminder.status === "cancelled") {
        reminderId = await queueReminder(trx, {
          leadId: task.lead_id,
          ref: task.public_ref,
          owner: { name: task.owner_name, email: task.owner_email },
          title: task.title,
          dueOn: task.due_on,
          mail,
          calendar,
          now,
        });
      }
    }
    await trx
      .updateTable("lead_tasks")
      .set({ done_at: done ? at : null, done_by: done ? user.id : null, reminder_outbox_id: reminderId })
      .where("id", "=", task.id)
      .execute();
    await trx
      .insertInto("lead_events")
      .values({
        lead_id: task.lead_id,
        type: done ? "follow_up_done" : "follow_up_reopened",
        actor: String(user.id),
        data: JSON.stringify({ taskId: task.id, title: task.title, dueOn: task.due_on }),
        created_at: at,
      })
      .execute();
    return { leadId: task.lead_id, title: task.title };
  });
}

export type FollowUp = {
  id: number;
  leadId: number;
  title: string;
  dueOn: DayString;
  done: boolean;
  owner: { id: number; name: string };
};

/** A lead's follow-ups: open ones by day, then done ones. */
export async function leadFollowUps(db: DB, leadId: number): Promise<FollowUp[]> {
  const rows = await db
    .selectFrom("lead_tasks")
    .innerJoin("users", "users.id", "lead_tasks.owner_id")
    .select([
      "lead_tasks.id",
      "lead_tasks.lead_id",
      "lead_tasks.title",
      "lead_tasks.due_on",
      "lead_tasks.done_at",
      "users.id as owner_id",
      "users.name as owner_name",
    ])
    .where("lead_tasks.lead_id", "=", leadId)
    .orderBy((eb) => eb.case().when("lead_tasks.done_at", "is", null).then(0).else(1).end())
    .orderBy("lead_tasks.due_on")
    .orderBy("lead_tasks.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    leadId: row.lead_id,
    title: row.title,
    dueOn: row.due_on,
    done: row.done_at !== null,
    owner: { id: row.owner_id, name: row.owner_name },
  }));
}

export type DueFollowUp = FollowUp & { lead: { ref: string; company: string | null; status: string } };

/**
 * "Due today": open follow-ups due today or earlier, oldest first, for one person (by default the
 * one signed in) or, with `owner: "all"`, for everyone on the leads the viewer may see.
 */
export async function dueFollowUps(
  db: DB,
  viewer: LeadViewer,
  { today, owner }: { today: DayString; owner: number | "all" },
): Promise<DueFollowUp[]> {
  let query = db
    .selectFrom("lead_tasks")
    .innerJoin("leads", "leads.id", "lead_tasks.lead_id")
    .innerJoin("users", "users.id", "lead_tasks.owner_id")
    .select([
      "lead_tasks.id",
      "lead_tasks.lead_id",
      "lead_tasks.title",
      "lead_tasks.due_on",
      "users.id as owner_id",
      "users.name as owner_name",
      "leads.public_ref",
      "leads.company",
      "leads.status",
      "leads.erased_at",
      "leads.inbox_id",
      "leads.owner_id as lead_owner_id",
    ])
    .where("lead_tasks.done_at", "is", null)
    .where("lead_tasks.due_on", "<", addDays(today, 1));
  if (owner !== "all") query = query.where("lead_tasks.owner_id", "=", owner);
  const rows = await query.orderBy("lead_tasks.due_on").orderBy("lead_tasks.id").limit(500).execute();
  return rows
    .filter(
      (row) => row.owner_id === viewer.id || canViewLead(viewer, { inboxId: row.inbox_id, ownerId: row.lead_owner_id }),
    )
    .map((row) => ({
      id: row.id,
      leadId: row.lead_id,
      title: row.title,
      dueOn: row.due_on,
      done: false,
      owner: { id: row.owner_id, name: row.owner_name },
      lead: { ref: row.public_ref, company: row.erased_at ? null : row.company, status: row.status },
    }));
}
