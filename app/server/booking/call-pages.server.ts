import { z } from "zod";
import {
  SLOT_PROBLEM_MESSAGES,
  availableSlots,
  type SlotDay,
  type SlotProblem,
  callTimeText,
  slotsByDay,
} from "~/domain/booking";
import { isTimeZone } from "~/domain/sla";
import { getDb } from "../storage/db.server";
import { getEnv } from "../env.server";
import { mailSettingsFromEnv } from "../leads/emails.server";
import {
  type Booking,
  activeBookingOf,
  awayOf,
  bookCall,
  cancelCall,
  findBookingByManageToken,
  findBookingLead,
  freeSlots,
  moveCall,
  slotRulesFor,
} from "./bookings.server";

/**
 * What the booking pages show and do, so their routes stay thin: parse the form with zod, call
 * the bookings, and return plain text for the page (every time already written in the visitor's
 * time zone, so the browser computes nothing).
 */

const SUMMARY_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Every IANA zone this runtime knows, for the "show times in" list. */
export const TIME_ZONES: readonly string[] = Intl.supportedValuesOf("timeZone");

/** The visitor's chosen zone when it is a real one, else the business calendar's. */
export function visitorTimeZone(value: string | null | undefined): string {
  return value && value.length <= 64 && isTimeZone(value) ? value : getEnv().businessCalendar.timeZone;
}

export const BookSchema = z.object({
  slot: z
    .string({ error: "Please choose a time" })
    .min(1, "Please choose a time")
    .max(200, "That is not one of the times we offered"),
  tz: z.string().max(64).optional(),
});

export const ManageSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("cancel") }),
  z.object({
    intent: z.literal("move"),
    slot: z.string({ error: "Please choose a new time" }).min(1, "Please choose a new time").max(200),
  }),
]);

export type Problem = SlotProblem | "already-booked" | "ended" | "invalid";

export const PROBLEM_MESSAGES: Record<Problem, string> = {
  ...SLOT_PROBLEM_MESSAGES,
  "already-booked": "You already have a call booked. Use the link in your email to move or cancel it.",
  ended: "This call was already cancelled or moved; nothing changed.",
  invalid: "Please choose a time from the list.",
};

export function statusOf(problem: Problem): number {
  return problem === "taken" || problem === "already-booked" || problem === "ended" ? 409 : 400;
}

export interface BookingPageData {
  ref: string;
  hostName: string;
  timeZone: string;
  days: SlotDay[];
  booked: { when: string } | null;
}

export async function bookingPage(summaryToken: string, tz: string | null, now: Date): Promise<BookingPageData | null> {
  if (!SUMMARY_TOKEN.test(summaryToken)) return null;
  const db = getDb();
  const lead = await findBookingLead(db, summaryToken);
  if (!lead) return null;
  const timeZone = visitorTimeZone(tz);
  const booked = await activeBookingOf(db, lead.leadId);
  const slots = booked ? [] : await freeSlots(db, lead.host, getEnv().businessCalendar, now);
  return {
    ref: lead.ref,
    hostName: lead.host.name,
    timeZone,
    days: slotsByDay(slots, timeZone),
    booked: booked ? { when: callTimeText(booked.startsAt, timeZone) } : null,
  };
}

export type ActionResult = { ok: true; manageToken: string } | { ok: false; problem: Problem };

export async function bookFromForm(summaryToken: string, form: FormData, now: Date): Promise<ActionResult | null> {
  if (!SUMMARY_TOKEN.test(summaryToken)) return null;
  const db = getDb();
  const lead = await findBookingLead(db, summaryToken);
  if (!lead) return null;
  const parsed = BookSchema.safeParse({ slot: form.get("slot") ?? undefined, tz: form.get("tz") ?? undefined });
  if (!parsed.success) return { ok: false, problem: "invalid" };
  const outcome = await bookCall(db, lead, {
    slot: parsed.data.slot,
    timeZone: visitorTimeZone(parsed.data.tz),
    now,
    calendar: getEnv().businessCalendar,
    mail: mailSettingsFromEnv(),
  });
  return outcome.ok ? { ok: true, manageToken: outcome.manageToken } : { ok: false, problem: outcome.problem };
}

export interface ManagePageData {
  status: Booking["status"];
  hostName: string;
  when: string;
  timeZone: string;
  days: SlotDay[];
}

export async function managePage(manageToken: string, tz: string | null, now: Date): Promise<ManagePageData | null> {
  const db = getDb();
  const booking = await findBookingByManageToken(db, manageToken);
  if (!booking) return null;
  const timeZone = tz ? visitorTimeZone(tz) : booking.visitorTimeZone;
  let days: SlotDay[] = [];
  if (booking.status === "booked") {
    const host = {
      key: booking.host,
      name: booking.hostName,
      email: booking.hostEmail,
      away: await awayOf(db, booking.host),
    };
    const rules = await slotRulesFor(db, host, getEnv().businessCalendar, now, booking.id);
    days = slotsByDay(
      availableSlots(rules).filter((slot) => slot !== booking.startsAt),
      timeZone,
    );
  }
  return {
    status: booking.status,
    hostName: booking.hostName,
    when: callTimeText(booking.startsAt, timeZone),
    timeZone,
    days,
  };
}

export async function manageFromForm(
  manageToken: string,
  form: FormData,
  now: Date,
): Promise<ActionResult | { ok: true; cancelled: true } | null> {
  const db = getDb();
  const booking = await findBookingByManageToken(db, manageToken);
  if (!booking) return null;
  const parsed = ManageSchema.safeParse({
    intent: form.get("intent") ?? undefined,
    slot: form.get("slot") ?? undefined,
  });
  if (!parsed.success) return { ok: false, problem: "invalid" };
  const settings = { now, calendar: getEnv().businessCalendar, mail: mailSettingsFromEnv() };
  if (parsed.data.intent === "cancel") {
    if (booking.status !== "booked") return { ok: false, problem: "ended" };
    const cancelled = await cancelCall(db, booking, settings);
    return cancelled.ok ? { ok: true, cancelled: true } : { ok: false, problem: "ended" };
  }
  const moved = await moveCall(db, booking, { ...settings, slot: parsed.data.slot });
  return moved.ok ? { ok: true, manageToken: moved.manageToken } : { ok: false, problem: moved.problem };
}
