/**
 * The `data` of each event (docs/webhooks.md shows them whole). Every lead event names the lead by
 * its number and public reference; personal data travels only in `lead.created`, which a CRM needs
 * to make the contact, and never after the lead is erased.
 */

export type LeadRef = { id: number; reference: string };

export function leadCreatedData(lead: {
  id: number;
  reference: string;
  status: string;
  band: string;
  priority: number;
  impactScore: number;
  createdAt: string;
  inbox: { id: number; slug: string; name: string };
  owner: { id: number; name: string } | null;
  duplicateOf: number | null;
  source: { article: string | null; topic: string | null };
  contact: {
    name: string;
    email: string;
    company: string;
    jobTitle: string;
    phone: string | null;
    marketingOptIn: boolean;
  };
}): Record<string, unknown> {
  return { lead };
}

export function leadAssignedData(
  lead: LeadRef,
  change: {
    owner: { id: number; name: string } | null;
    previousOwnerId: number | null;
    inbox?: { id: number; name: string } | null;
    reason: "claimed" | "reassigned" | "rerouted";
  },
): Record<string, unknown> {
  return {
    lead,
    owner: change.owner,
    previousOwnerId: change.previousOwnerId,
    ...(change.inbox ? { inbox: change.inbox } : {}),
    reason: change.reason,
  };
}

export function leadStatusChangedData(
  lead: LeadRef,
  change: { from: string; to: string; reason: string | null },
): Record<string, unknown> {
  return { lead, from: change.from, to: change.to, reason: change.reason };
}

export function leadErasedData(lead: LeadRef, erasedAt: string): Record<string, unknown> {
  return { lead, erasedAt };
}

/** A booked call as the booking events describe it. */
export type BookingRef = { id: number; startsAt: string; endsAt: string; host: string; visitorTimeZone: string };

export function bookingCreatedData(lead: LeadRef, booking: BookingRef): Record<string, unknown> {
  return { lead, booking };
}

/**
 * A call moved: `booking` is the call as booked now (a new booking id; the calendar invitation
 * keeps its identity), `previous` the booking it replaces.
 */
export function bookingMovedData(
  lead: LeadRef,
  booking: BookingRef,
  previous: Pick<BookingRef, "id" | "startsAt" | "endsAt">,
): Record<string, unknown> {
  return { lead, booking, previous };
}

export function bookingCancelledData(lead: LeadRef, booking: BookingRef, cancelledAt: string): Record<string, unknown> {
  return { lead, booking, cancelledAt };
}
