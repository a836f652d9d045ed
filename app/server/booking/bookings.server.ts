import { randomUUID } from "node:crypto";
import { type SlotProblem, type SlotRules, availableSlots, callEnd, slotProblem } from "~/domain/booking";
import type { BusinessCalendar } from "~/domain/sla";
import type { DB } from "../storage/db.server";
import type { CallEmailData } from "../mail/templates";
import { enqueueTemplatedEmail } from "../mail/outbox.server";
import {
  type BookingRef,
  bookingCancelledData,
  bookingCreatedData,
  bookingMovedData,
} from "../../domain/webhooks/payloads";
import { queueWebhookEventNow } from "../webhooks/queue.server";
import { hashToken, randomToken } from "../auth/tokens.server";

/**
 * Calls booked from the visitor's summary: with the lead's consultant, or with its inbox while it
 * waits for one. Each change writes the booking, the lead's timeline event and both sides' emails
 * (with their .ics) in one transaction, as every other change with emails does (the outbox).
 */

export type CallMail = { from: string; firmName: string; publicUrl: string };
export type Host = { key: string; name: string; email: string; away: { from: string; until: string }[] };

export interface BookingLead {
  leadId: number;
  ref: string;
  contactName: string;
  email: string;
  company: string;
  host: Host;
}

export interface Booking {
  id: number;
  leadId: number;
  host: string;
  hostName: string;
  hostEmail: string;
  startsAt: string;
  endsAt: string;
  status: "booked" | "cancelled" | "moved";
  visitorTimeZone: string;
  uid: string;
  sequence: number;
}

export type BookingOutcome =
  | { ok: true; manageToken: string; booking: Booking }
  | { ok: false; problem: SlotProblem | "already-booked" | "ended" };

/** The lead behind a summary token, with whom a call would be; null for an unknown or erased lead. */
export async function findBookingLead(db: DB, summaryToken: string): Promise<BookingLead | null> {
  const row = await db
    .selectFrom("leads")
    .leftJoin("users", (join) => join.onRef("users.id", "=", "leads.owner_id").on("users.active", "=", 1))
    .leftJoin("inboxes", "inboxes.id", "leads.inbox_id")
    .select([
      "leads.id",
      "leads.public_ref",
      "leads.contact_name",
      "leads.contact_email",
      "leads.company",
      "leads.erased_at",
      "users.id as owner_id",
      "users.name as owner_name",
      "users.email as owner_email",
      "users.out_of_office_from",
      "users.out_of_office_until",
      "inboxes.id as inbox_id",
      "inboxes.name as inbox_name",
      "inboxes.address as inbox_address",
    ])
    .where("leads.summary_token_hash", "=", hashToken(summaryToken))
    .executeTakeFirst();
  if (!row || row.erased_at) return null;
  let host: Host | null = null;
  if (row.owner_id !== null && row.owner_name && row.owner_email) {
    const away =
      row.out_of_office_from && row.out_of_office_until
        ? [{ from: row.out_of_office_from, until: row.out_of_office_until }]
        : [];
    host = { key: `user:${row.owner_id}`, name: row.owner_name, email: row.owner_email, away };
  } else if (row.inbox_id !== null && row.inbox_name && row.inbox_address) {
    host = { key: `inbox:${row.inbox_id}`, name: `Our ${row.inbox_name} team`, email: row.inbox_address, away: [] };
  }
  if (!host) return null;
  return {
    leadId: row.id,
    ref: row.public_ref,
    contactName: row.contact_name,
    email: row.contact_email,
    company: row.company,
    host,
  };
}

function toBooking(row: {
  id: number;
  lead_id: number;
  host: string;
  host_name: string;
  host_email: string;
  starts_at: string;
  ends_at: string;
  status: "booked" | "cancelled" | "moved";
  visitor_time_zone: string;
  uid: string;
  sequence: number;
}): Booking {
  return {
    id: row.id,
    leadId: row.lead_id,
    host: row.host,
    hostName: row.host_name,
    hostEmail: row.host_email,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status,
    visitorTimeZone: row.visitor_time_zone,
    uid: row.uid,
    sequence: row.sequence,
  };
}

const BOOKING_COLUMNS = [
  "id",
  "lead_id",
  "host",
  "host_name",
  "host_email",
  "starts_at",
  "ends_at",
  "status",
  "visitor_time_zone",
  "uid",
  "sequence",
] as const;

export async function activeBookingOf(db: DB, leadId: number): Promise<Booking | null> {
  const row = await db
    .selectFrom("call_bookings")
    .select(BOOKING_COLUMNS)
    .where("lead_id", "=", leadId)
    .where("status", "=", "booked")
    .executeTakeFirst();
  return row ? toBooking(row) : null;
}

export async function findBookingByManageToken(db: DB, manageToken: string): Promise<Booking | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(manageToken)) return null;
  const row = await db
    .selectFrom("call_bookings")
    .select(BOOKING_COLUMNS)
    .where("manage_token_hash", "=", hashToken(manageToken))
    .executeTakeFirst();
  return row ? toBooking(row) : null;
}

/** The facts slots are worked out from, for one host at `now`. */
export async function slotRulesFor(
  db: DB,
  host: Host,
  calendar: BusinessCalendar,
  now: Date,
  except: number | null = null,
): Promise<SlotRules> {
  let query = db
    .selectFrom("call_bookings")
    .select("starts_at")
    .where("host", "=", host.key)
    .where("status", "=", "booked")
    .where("starts_at", ">=", now.toISOString());
  if (except !== null) query = query.where("id", "!=", except);
  const taken = (await query.execute()).map((row) => row.starts_at);
  return { calendar, away: host.away, taken, now };
}

export async function freeSlots(db: DB, host: Host, calendar: BusinessCalendar, now: Date): Promise<string[]> {
  return availableSlots(await slotRulesFor(db, host, calendar, now));
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed/.test(error.message);
}

async function queueCallEmails(
  db: DB,
  template: "call-booked" | "call-cancelled",
  lead: Pick<BookingLead, "leadId" | "ref" | "contactName" | "email" | "company">,
  booking: Booking,
  {
    mail,
    calendar,
    manageToken,
    previousStartsAt,
    now,
  }: {
    mail: CallMail;
    calendar: BusinessCalendar;
    manageToken: string | null;
    previousStartsAt: string | null;
    now: Date;
  },
) {
  const common: Omit<CallEmailData, "recipient" | "timeZone" | "manageUrl"> = {
    firmName: mail.firmName,
    publicUrl: mail.publicUrl,
    ref: lead.ref,
    leadId: lead.leadId,
    visitorName: lead.contactName,
    visitorEmail: lead.email,
    company: lead.company,
    hostName: booking.hostName,
    hostEmail: booking.hostEmail,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    uid: booking.uid,
    sequence: booking.sequence,
    previousStartsAt,
  };
  const manageUrl = manageToken ? `${mail.publicUrl}/call/${manageToken}` : null;
  await enqueueTemplatedEmail(
    db,
    {
      kind: `${template}-visitor`,
      leadId: lead.leadId,
      from: mail.from,
      to: lead.email,
      template,
      data: { ...common, recipient: "visitor", timeZone: booking.visitorTimeZone, manageUrl },
    },
    now,
  );
  await enqueueTemplatedEmail(
    db,
    {
      kind: `${template}-consultant`,
      leadId: lead.leadId,
      from: mail.from,
      to: booking.hostEmail,
      template,
      data: { ...common, recipient: "consultant", timeZone: calendar.timeZone, manageUrl: null },
    },
    now,
  );
}

/** A booking as the booking webhooks carry it (no personal data: the host's name, not the visitor's). */
function bookingRef(booking: Booking): BookingRef {
  return {
    id: booking.id,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    host: booking.hostName,
    visitorTimeZone: booking.visitorTimeZone,
  };
}

async function recordEvent(db: DB, leadId: number, type: string, data: Record<string, unknown>, now: Date) {
  await db
    .insertInto("lead_events")
    .values({ lead_id: leadId, type, actor: null, data: JSON.stringify(data), created_at: now.toISOString() })
    .execute();
}

/**
 * Books `slot` for the lead, or says why not. The slot is checked against the rules first for a
 * clear message; the unique index settles two visitors racing for the same time.
 */
export async function bookCall(
  db: DB,
  lead: BookingLead,
  {
    slot,
    timeZone,
    now,
    calendar,
    mail,
  }: { slot: string; timeZone: string; now: Date; calendar: BusinessCalendar; mail: CallMail },
): Promise<BookingOutcome> {
  if (await activeBookingOf(db, lead.leadId)) return { ok: false, problem: "already-booked" };
  const problem = slotProblem(slot, await slotRulesFor(db, lead.host, calendar, now));
  if (problem) return { ok: false, problem };
  const manageToken = randomToken();
  try {
    return await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto("call_bookings")
        .values({
          lead_id: lead.leadId,
          host: lead.host.key,
          host_name: lead.host.name,
          host_email: lead.host.email,
          starts_at: slot,
          ends_at: callEnd(slot),
          visitor_time_zone: timeZone,
          manage_token_hash: hashToken(manageToken),
          uid: `${randomUUID()}@impact-desk`,
          created_at: now.toISOString(),
        })
        .returning(BOOKING_COLUMNS)
        .executeTakeFirstOrThrow();
      const booking = toBooking(inserted);
      await recordEvent(trx, lead.leadId, "call_booked", { startsAt: slot, host: lead.host.name }, now);
      await queueWebhookEventNow(
        trx,
        "booking.created",
        bookingCreatedData({ id: lead.leadId, reference: lead.ref }, bookingRef(booking)),
        now,
      );
      await queueCallEmails(trx, "call-booked", lead, booking, {
        mail,
        calendar,
        manageToken,
        previousStartsAt: null,
        now,
      });
      return { ok: true as const, manageToken, booking };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      // Someone took the time between our check and our insert, or this lead booked in another tab.
      return { ok: false, problem: (await activeBookingOf(db, lead.leadId)) ? "already-booked" : "taken" };
    }
    throw error;
  }
}

/** A consultant's days out of office; an inbox is never away. */
export async function awayOf(db: DB, hostKey: string): Promise<Host["away"]> {
  const userId = /^user:(\d+)$/.exec(hostKey)?.[1];
  if (!userId) return [];
  const user = await db
    .selectFrom("users")
    .select(["out_of_office_from", "out_of_office_until"])
    .where("id", "=", Number(userId))
    .executeTakeFirst();
  return user?.out_of_office_from && user.out_of_office_until
    ? [{ from: user.out_of_office_from, until: user.out_of_office_until }]
    : [];
}

async function leadOfBooking(db: DB, booking: Booking) {
  const row = await db
    .selectFrom("leads")
    .select(["id", "public_ref", "contact_name", "contact_email", "company", "erased_at"])
    .where("id", "=", booking.leadId)
    .executeTakeFirstOrThrow();
  return {
    leadId: row.id,
    ref: row.public_ref,
    contactName: row.contact_name,
    email: row.contact_email,
    company: row.company,
    erased: row.erased_at !== null,
  };
}

/** Cancels a booked call once; a second use of the link changes nothing and says so. */
export async function cancelCall(
  db: DB,
  booking: Booking,
  { now, calendar, mail }: { now: Date; calendar: BusinessCalendar; mail: CallMail },
): Promise<{ ok: boolean }> {
  const lead = await leadOfBooking(db, booking);
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("call_bookings")
      .set({ status: "cancelled", ended_at: now.toISOString() })
      .where("id", "=", booking.id)
      .where("status", "=", "booked")
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return { ok: false };
    await recordEvent(
      trx,
      booking.leadId,
      "call_cancelled",
      { startsAt: booking.startsAt, host: booking.hostName },
      now,
    );
    // Receivers hear of it in this transaction, as of a booking (decision 029).
    await queueWebhookEventNow(
      trx,
      "booking.cancelled",
      bookingCancelledData({ id: lead.leadId, reference: lead.ref }, bookingRef(booking), now.toISOString()),
      now,
    );
    if (!lead.erased)
      await queueCallEmails(trx, "call-cancelled", lead, booking, {
        mail,
        calendar,
        manageToken: null,
        previousStartsAt: null,
        now,
      });
    return { ok: true };
  });
}

/** Moves a booked call to `slot`: the old row ends as moved, a new one takes its invitation forward. */
export async function moveCall(
  db: DB,
  booking: Booking,
  { slot, now, calendar, mail }: { slot: string; now: Date; calendar: BusinessCalendar; mail: CallMail },
): Promise<BookingOutcome> {
  if (booking.status !== "booked") return { ok: false, problem: "ended" };
  const lead = await leadOfBooking(db, booking);
  const host: Host = {
    key: booking.host,
    name: booking.hostName,
    email: booking.hostEmail,
    away: await awayOf(db, booking.host),
  };
  const rules = await slotRulesFor(db, host, calendar, now, booking.id);
  const problem = slotProblem(slot, rules);
  if (problem) return { ok: false, problem };
  const manageToken = randomToken();
  try {
    return await db.transaction().execute(async (trx) => {
      const ended = await trx
        .updateTable("call_bookings")
        .set({ status: "moved", ended_at: now.toISOString() })
        .where("id", "=", booking.id)
        .where("status", "=", "booked")
        .executeTakeFirst();
      if (Number(ended.numUpdatedRows) !== 1) return { ok: false as const, problem: "ended" as const };
      const inserted = await trx
        .insertInto("call_bookings")
        .values({
          lead_id: booking.leadId,
          host: booking.host,
          host_name: booking.hostName,
          host_email: booking.hostEmail,
          starts_at: slot,
          ends_at: callEnd(slot),
          visitor_time_zone: booking.visitorTimeZone,
          manage_token_hash: hashToken(manageToken),
          uid: booking.uid,
          sequence: booking.sequence + 1,
          created_at: now.toISOString(),
        })
        .returning(BOOKING_COLUMNS)
        .executeTakeFirstOrThrow();
      const moved = toBooking(inserted);
      await recordEvent(
        trx,
        booking.leadId,
        "call_moved",
        { from: booking.startsAt, startsAt: slot, host: booking.hostName },
        now,
      );
      await queueWebhookEventNow(
        trx,
        "booking.moved",
        bookingMovedData({ id: lead.leadId, reference: lead.ref }, bookingRef(moved), {
          id: booking.id,
          startsAt: booking.startsAt,
          endsAt: booking.endsAt,
        }),
        now,
      );
      await queueCallEmails(trx, "call-booked", lead, moved, {
        mail,
        calendar,
        manageToken,
        previousStartsAt: booking.startsAt,
        now,
      });
      return { ok: true as const, manageToken, booking: moved };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, problem: "taken" };
    throw error;
  }
}

/** Booked calls of the given leads still to come, for the inbox. */
export async function upcomingCalls(db: DB, leadIds: readonly number[], now: Date): Promise<Map<number, string>> {
  if (leadIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("call_bookings")
    .select(["lead_id", "starts_at"])
    .where("lead_id", "in", leadIds)
    .where("status", "=", "booked")
    .where("ends_at", ">", now.toISOString())
    .execute();
  return new Map(rows.map((row) => [row.lead_id, row.starts_at]));
}
