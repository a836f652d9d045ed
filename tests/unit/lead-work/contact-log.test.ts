import { describe, expect, it } from "vitest";
import { eventDetail, eventLabel } from "~/domain/lead-inbox";
import { TaskToggleSchema, contactDetail, followUpTitle, logContactSchema } from "~/domain/lead-work";

const TODAY = "2026-12-01";
const parse = (fields: Record<string, string>) =>
  logContactSchema(TODAY).safeParse({ channel: "call", outcome: "reached", ...fields });
const messages = (fields: Record<string, string>) => {
  const parsed = parse(fields);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message]));
};

describe("the Log contact form", () => {
  it("reads a call with an outcome alone, leaving the optional fields out", () => {
    expect(parse({ note: "  ", status: "", followUpOn: "" })).toEqual({
      success: true,
      data: { channel: "call", outcome: "reached" },
    });
  });

  it("reads a note, a next status and a follow-up day", () => {
    expect(parse({ note: " Sends the DPIA. ", status: "contacted", followUpOn: "2026-12-04" })).toMatchObject({
      success: true,
      data: { note: "Sends the DPIA.", status: "contacted", followUpOn: "2026-12-04" },
    });
  });

  it("takes today as a follow-up day and refuses yesterday", () => {
    expect(parse({ followUpOn: TODAY }).success).toBe(true);
    expect(messages({ followUpOn: "2026-11-30" })).toEqual({ followUpOn: "The follow-up date cannot be in the past" });
  });

  it("refuses a day that does not exist and text that is not a day", () => {
    expect(messages({ followUpOn: "2026-02-30" }).followUpOn).toMatch(/like 2026-12-03/);
    expect(messages({ followUpOn: "next week" }).followUpOn).toMatch(/like 2026-12-03/);
  });

  it("names each unknown choice by its field", () => {
    expect(messages({ channel: "fax", outcome: "maybe", status: "archived" })).toEqual({
      channel: "Choose how you were in touch",
      outcome: "Choose what came of it",
      status: "Choose one of the statuses offered",
    });
  });

  it("asks for the reason in the note when the lead is lost, within the reason's length", () => {
    expect(messages({ status: "lost" })).toEqual({ note: "Please say in the note why the lead was lost" });
    expect(messages({ status: "lost", note: "x".repeat(501) }).note).toMatch(/under 500 characters/);
    expect(parse({ status: "lost", note: "Chose another firm." }).success).toBe(true);
  });

  it("refuses control characters in the note", () => {
    expect(messages({ note: "Called\u0000" }).note).toBeDefined();
  });
});

describe("what a logged contact looks like", () => {
  it("titles its follow-up without anything typed, so it holds no personal data", () => {
    expect(followUpTitle("email", "left-message")).toBe("Follow up: email, left a message");
  });

  it("is described on the timeline by channel, outcome and follow-up", () => {
    expect(eventLabel("contact_logged")).toBe("Contact logged");
    expect(eventDetail("contact_logged", { channel: "meeting", outcome: "reached", followUpOn: "2026-12-04" })).toBe(
      "Meeting: Reached them; follow-up on 2026-12-04",
    );
    expect(contactDetail({ channel: "pigeon", outcome: "reached" })).toBeNull();
  });
});

describe("marking a follow-up done", () => {
  it("reads the follow-up and whether it is done", () => {
    expect(TaskToggleSchema.parse({ taskId: "7", done: "true" })).toEqual({ taskId: 7, done: true });
    expect(TaskToggleSchema.parse({ taskId: "7", done: "false" })).toEqual({ taskId: 7, done: false });
    expect(TaskToggleSchema.safeParse({ taskId: "x", done: "true" }).success).toBe(false);
    expect(TaskToggleSchema.safeParse({ taskId: "7", done: "maybe" }).success).toBe(false);
  });
});

describe("the timeline names what events store by id", () => {
  const names = {
    article: (slug: string) => (slug === "credit-scoring" ? "Credit scoring under three regimes" : undefined),
    inbox: (slug: string) => (slug === "privacy-data" ? "Privacy & data" : undefined),
    rule: (id: string) => (id === "gdpr-scoring" ? "Credit scoring under the GDPR" : undefined),
  };

  it("shows the source article's title and the inbox's and rule's names", () => {
    expect(eventDetail("created", { source: "credit-scoring" }, names)).toBe(
      "From the article Credit scoring under three regimes",
    );
    expect(eventDetail("routed", { inbox: "privacy-data", ruleId: "gdpr-scoring" }, names)).toBe(
      "To the Privacy & data inbox by rule “Credit scoring under the GDPR”",
    );
  });

  it("falls back to the stored id when no name is known", () => {
    expect(eventDetail("routed", { inbox: "retired-inbox", fallbackUsed: true }, names)).toBe(
      "To the retired-inbox inbox (no rule matched; fallback)",
    );
  });
});
