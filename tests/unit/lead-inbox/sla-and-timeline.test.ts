import { describe, expect, it } from "vitest";
import { dueText, eventDetail, eventLabel, formatInstant, isOverdue } from "~/domain/lead-inbox";

const NOW = new Date("2026-11-26T10:00:00.000Z");

describe("overdue", () => {
  const lead = { status: "new", slaDueAt: "2026-11-26T09:00:00.000Z", firstResponseAt: null };

  it("is a new lead nobody has answered by its deadline", () => {
    expect(isOverdue(lead, NOW)).toBe(true);
  });

  it("is not a lead before its deadline, one with a first response, one that left new, or one without a deadline", () => {
    expect(isOverdue({ ...lead, slaDueAt: "2026-11-26T11:00:00.000Z" }, NOW)).toBe(false);
    expect(isOverdue({ ...lead, firstResponseAt: "2026-11-26T09:30:00.000Z" }, NOW)).toBe(false);
    expect(isOverdue({ ...lead, status: "contacted" }, NOW)).toBe(false);
    expect(isOverdue({ ...lead, slaDueAt: null }, NOW)).toBe(false);
  });
});

describe("times on the admin pages", () => {
  it("are shown in the business time zone", () => {
    expect(formatInstant("2026-11-26T10:00:00.000Z", "Europe/Amsterdam")).toBe("26 Nov 2026, 11:00");
  });

  it("name September the same way whatever the ICU data of the engine (no 'Sept')", () => {
    expect(formatInstant("2026-09-03T22:30:00.000Z", "Europe/Amsterdam")).toBe("4 Sep 2026, 00:30");
    expect(formatInstant("2026-01-01T00:05:00.000Z", "UTC")).toBe("1 Jan 2026, 00:05");
  });

  it("say how long is left, or how long it is overdue", () => {
    expect(dueText("2026-11-26T13:20:00.000Z", NOW.toISOString())).toBe("in 3 h 20 min");
    expect(dueText("2026-11-24T08:00:00.000Z", NOW.toISOString())).toBe("overdue by 2 d 2 h");
    expect(dueText("2026-11-26T09:15:00.000Z", NOW.toISOString())).toBe("overdue by 45 min");
  });
});

describe("timeline entries", () => {
  it("describe the events the flow records", () => {
    expect(eventLabel("routed")).toBe("Routed");
    expect(eventDetail("routed", { inbox: "general", ruleId: null, fallbackUsed: true })).toBe(
      "To the general inbox (no rule matched; fallback)",
    );
    expect(eventDetail("emailed", { kind: "visitor-confirmation", to: "ada@analytical.example" })).toBe(
      "Confirmation to the visitor to ada@analytical.example",
    );
  });

  it("say what a consultant changed", () => {
    expect(eventDetail("status_changed", { from: "proposal", to: "lost", reason: "Chose an in-house team" })).toBe(
      "From Proposal to Lost: Chose an in-house team",
    );
    expect(eventDetail("status_changed", { from: "new", to: "contacted", reason: null })).toBe("From New to Contacted");
    expect(eventDetail("reassigned", { fromOwnerId: 2, toOwnerId: 4, toOwnerName: "Priya Raman" })).toBe(
      "To Priya Raman",
    );
    expect(eventDetail("reassigned", { fromInboxId: 1, toInboxId: 3, toInboxName: "General" })).toBe(
      "To the General inbox",
    );
    expect(eventDetail("reassigned", { rerouted: true, toInboxName: "General", toOwnerName: "Jonas Lindqvist" })).toBe(
      "Routing ran again: to the General inbox, owned by Jonas Lindqvist",
    );
    expect(eventDetail("note_added", { contacted: true })).toBe("Records contact with the lead");
    expect(eventDetail("note_added", { contacted: false })).toBeNull();
    expect(eventDetail("duplicate_marked", { duplicateOf: 7, publicRef: "ID-7K3F9Q" })).toBe("Of ID-7K3F9Q");
  });

  it("name an event added later by its type, without guessing at its data", () => {
    expect(eventLabel("priority-raised")).toBe("Priority raised");
    expect(eventDetail("priority-raised", { to: 90 })).toBeNull();
  });
});
