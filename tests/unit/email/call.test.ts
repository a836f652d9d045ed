import { describe, expect, it } from "vitest";
import { type CallEmailData, renderCallBooked, renderCallCancelled } from "~/server/mail/templates";

const CALL: CallEmailData = {
  firmName: "Meridian Regulatory Audit",
  publicUrl: "https://impact.example.com",
  recipient: "visitor",
  ref: "ID-7K3F9Q",
  leadId: 42,
  visitorName: "Jana Novak",
  visitorEmail: "jana@acme.example",
  company: "Acme GmbH",
  hostName: "Lukas Brandt",
  hostEmail: "lukas@meridian-audit.example",
  startsAt: "2026-12-02T09:00:00.000Z",
  endsAt: "2026-12-02T09:30:00.000Z",
  timeZone: "Europe/London",
  manageUrl: "https://impact.example.com/call/abcdefghijklmnopqrstuvwxyz",
  uid: "1234@impact-desk",
  sequence: 0,
  previousStartsAt: null,
};

describe("call emails", () => {
  it("the visitor's gives the time on their clock, the link to cancel or move, replies to the consultant and an invitation", async () => {
    const email = await renderCallBooked(CALL);
    expect(email.subject).toBe(
      "Call booked: Wednesday 2 December 2026, 09:00–09:30 (Europe/London) · Meridian Regulatory Audit",
    );
    expect(email.text).toContain("https://impact.example.com/call/abcdefghijklmnopqrstuvwxyz");
    expect(email.text).not.toContain("Acme GmbH");
    expect(email.replyTo).toBe("lukas@meridian-audit.example");
    const [ics] = email.attachments ?? [];
    expect(ics?.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(ics?.content).toMatch(/METHOD:REQUEST[\s\S]*UID:1234@impact-desk[\s\S]*DTSTART:20261202T090000Z/);
  });

  it("the consultant's names the company, links to the lead and replies to the visitor", async () => {
    const email = await renderCallBooked({
      ...CALL,
      recipient: "consultant",
      timeZone: "Europe/Amsterdam",
      manageUrl: null,
    });
    expect(email.text).toContain("Acme GmbH");
    expect(email.text).toContain("10:00–10:30 (Europe/Amsterdam)");
    expect(email.text).toContain("https://impact.example.com/admin/leads/42");
    expect(email.replyTo).toBe("jana@acme.example");
  });

  it("a moved call keeps the invitation's identity with a higher sequence and says what it replaced", async () => {
    const email = await renderCallBooked({ ...CALL, sequence: 1, previousStartsAt: "2026-12-01T14:00:00.000Z" });
    expect(email.subject).toMatch(/^Call moved: /);
    expect(email.text).toContain("Instead of: Tuesday 1 December 2026, 14:00–14:30 (Europe/London)");
    expect(email.attachments?.[0]?.content).toMatch(/SEQUENCE:1/);
  });

  it("a cancellation carries METHOD:CANCEL for the same event", async () => {
    const email = await renderCallCancelled(CALL);
    expect(email.attachments?.[0]?.content).toMatch(/METHOD:CANCEL[\s\S]*UID:1234@impact-desk[\s\S]*STATUS:CANCELLED/);
  });
});
