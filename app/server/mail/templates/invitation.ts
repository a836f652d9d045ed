import type { EmailAttachment } from "./types";

/**
 * A calendar invitation (.ics) for a call, written by the `ics` library (RFC 5545 escaping,
 * folding and dates in UTC). The same `uid` with a higher `sequence` updates the event in the
 * recipient's calendar when a call moves; METHOD:CANCEL removes it.
 */
export interface Invitation {
  uid: string;
  sequence: number;
  method: "REQUEST" | "CANCEL";
  startsAt: string;
  endsAt: string;
  title: string;
  description: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

function utcParts(iso: string): [number, number, number, number, number] {
  const date = new Date(iso);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

export async function invitationAttachment(invitation: Invitation): Promise<EmailAttachment> {
  // Loaded with the first invitation (decision 043): most emails carry none.
  const { createEvent } = await import("ics");
  const { error, value } = createEvent({
    uid: invitation.uid,
    sequence: invitation.sequence,
    method: invitation.method,
    status: invitation.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    start: utcParts(invitation.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(invitation.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    title: invitation.title,
    description: invitation.description,
    organizer: { name: invitation.organizer.name, email: invitation.organizer.email },
    attendees: [
      {
        name: invitation.attendee.name,
        email: invitation.attendee.email,
        rsvp: false,
        partstat: "ACCEPTED",
        role: "REQ-PARTICIPANT",
      },
    ],
    productId: "impact-desk/calls",
  });
  if (error || !value) throw error ?? new Error("The calendar invitation could not be written");
  return {
    filename: invitation.method === "CANCEL" ? "call-cancelled.ics" : "call.ics",
    contentType: `text/calendar; charset=utf-8; method=${invitation.method}`,
    content: value,
  };
}
