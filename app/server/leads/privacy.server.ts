import type { AuthUser } from "../auth/auth.server";
import type { DB } from "../storage/db.server";
import { readLeadDocuments } from "./documents.server";
import { leadErasedData } from "../../domain/webhooks/payloads";
import { eraseWebhookDeliveriesOf, queueWebhookEventNow } from "../webhooks/queue.server";
import { RefusedError } from "../http/refused-error.server";

const ERASED = "(erased)";

/**
 * Erases a lead's personal data on request: contact fields, free text, notes, the addresses and
 * contents of its emails and its draft's contact step. The answers about the company, the
 * assessment figures and the timeline stay, so the practice's statistics are unchanged.
 */
export async function eraseLead(
  db: DB,
  user: AuthUser,
  leadId: number,
  reason: string,
  now = new Date(),
): Promise<void> {
  if (user.role !== "admin") throw new RefusedError("Only administrators may erase a lead.", { status: 403 });
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const lead = await trx
      .selectFrom("leads")
      .select(["id", "draft_id", "erased_at"])
      .where("id", "=", leadId)
      .executeTakeFirst();
    if (!lead) throw new RefusedError("There is no lead with that number.", { status: 404 });
    if (lead.erased_at) throw new RefusedError("This lead was erased already.");
    await erasePersonalData(trx, lead, { actor: String(user.id), data: { reason } }, at);
  });
}

/**
 * Erases one lead's personal data inside the caller's transaction and records it on the timeline
 * (`actor` null for the scheduled erasure at the end of the retention period).
 */
export async function erasePersonalData(
  trx: DB,
  lead: { id: number; draft_id: string },
  event: { actor: string | null; data: Record<string, unknown> },
  at: string,
): Promise<void> {
  await trx
    .updateTable("leads")
    .set({
      contact_name: "",
      contact_email: "",
      email_normalized: `erased-${lead.id}`,
      company: "",
      job_title: "",
      phone: null,
      message: null,
      referrer: null,
      erased_at: at,
      updated_at: at,
    })
    .where("id", "=", lead.id)
    .execute();
  await trx.deleteFrom("lead_notes").where("lead_id", "=", lead.id).execute();
  await trx
    .updateTable("outbox")
    .set({ status: "cancelled" })
    .where("lead_id", "=", lead.id)
    .where("status", "in", ["pending", "sending"])
    .execute();
  await trx
    .updateTable("outbox")
    .set({ to_address: ERASED, subject: ERASED, html: "", text: "", data: null })
    .where("lead_id", "=", lead.id)
    .execute();
  await trx.deleteFrom("mailbox_messages").where("lead_id", "=", lead.id).execute();
  // The conversation keeps that an email went each way and when, not who wrote what.
  await trx
    .updateTable("lead_messages")
    .set({ from_address: ERASED, to_address: ERASED, subject: ERASED, body: "" })
    .where("lead_id", "=", lead.id)
    .execute();
  await trx.updateTable("lead_drafts").set({ contact: null }).where("id", "=", lead.draft_id).execute();
  await trx.updateTable("draft_resume_links").set({ email: ERASED }).where("draft_id", "=", lead.draft_id).execute();
  // Events keep what happened and when; addresses and subjects recorded with emails go.
  const events = await trx
    .selectFrom("lead_events")
    .select(["id", "data"])
    .where("lead_id", "=", lead.id)
    .where("type", "in", ["emailed", "message_sent", "message_received"])
    .execute();
  for (const emailed of events) {
    const { to: _to, from: _from, subject: _subject, ...rest } = JSON.parse(emailed.data) as Record<string, unknown>;
    await trx
      .updateTable("lead_events")
      .set({ data: JSON.stringify(rest) })
      .where("id", "=", emailed.id)
      .execute();
  }
  await trx
    .insertInto("lead_events")
    .values({ lead_id: lead.id, type: "erased", actor: event.actor, data: JSON.stringify(event.data), created_at: at })
    .execute();
  // Receivers that keep a copy (a CRM) are told to erase theirs, in the same transaction.
  const { public_ref: reference } = await trx
    .selectFrom("leads")
    .select("public_ref")
    .where("id", "=", lead.id)
    .executeTakeFirstOrThrow();
  await eraseWebhookDeliveriesOf(trx, { id: lead.id, reference });
  await queueWebhookEventNow(trx, "lead.erased", leadErasedData({ id: lead.id, reference }, at), new Date(at));
}

/** Everything held about a lead, for a data-subject access request; the export is recorded. */
export async function exportLead(db: DB, user: AuthUser, leadId: number, now = new Date()) {
  if (user.role !== "admin") throw new RefusedError("Only administrators may export a lead.", { status: 403 });
  return db.transaction().execute(async (trx) => {
    const lead = await trx.selectFrom("leads").selectAll().where("id", "=", leadId).executeTakeFirst();
    if (!lead) throw new RefusedError("There is no lead with that number.", { status: 404 });
    await trx
      .insertInto("lead_events")
      .values({ lead_id: lead.id, type: "exported", actor: String(user.id), data: "{}", created_at: now.toISOString() })
      .execute();
    const [documents, notes, events, emails] = await Promise.all([
      readLeadDocuments(trx, lead.id),
      trx
        .selectFrom("lead_notes")
        .select(["body", "created_at"])
        .where("lead_id", "=", lead.id)
        .orderBy("id")
        .execute(),
      trx
        .selectFrom("lead_events")
        .select(["type", "data", "created_at"])
        .where("lead_id", "=", lead.id)
        .orderBy("id")
        .execute(),
      trx
        .selectFrom("outbox")
        .select(["kind", "to_address", "subject", "status", "sent_at"])
        .where("lead_id", "=", lead.id)
        .orderBy("created_at")
        .execute(),
    ]);
    return {
      exportedAt: now.toISOString(),
      reference: lead.public_ref,
      contact: {
        name: lead.contact_name,
        email: lead.contact_email,
        company: lead.company,
        jobTitle: lead.job_title,
        phone: lead.phone,
        message: lead.message,
      },
      consent: {
        privacyNoticeVersion: lead.consent_version,
        at: lead.consent_at,
        marketingOptIn: lead.marketing_opt_in === 1,
      },
      source: {
        article: lead.source_article,
        topic: lead.source_topic,
        utm: JSON.parse(lead.utm) as unknown,
        referrer: lead.referrer,
      },
      answers: documents?.answers ?? null,
      assessment: documents?.assessment ?? null,
      status: lead.status,
      receivedAt: lead.created_at,
      erasedAt: lead.erased_at,
      notes,
      timeline: events.map((event) => ({
        type: event.type,
        at: event.created_at,
        data: JSON.parse(event.data) as unknown,
      })),
      emails,
    };
  });
}
