import { describe, expect, it } from "vitest";
import { renderSlaReminder } from "~/server/mail/templates";
import { reminderData } from "./fixtures";

describe("SLA reminder", () => {
  it("says a first response is due soon for the lead in the subject", async () => {
    const email = await renderSlaReminder(reminderData());
    expect(email.subject).toBe("First response due soon: ID-7K3F9Q · Critical · Acme GmbH");
  });

  it("gives reference, company, band, due time and the share of time used, in html and text", async () => {
    const email = await renderSlaReminder(reminderData());
    for (const part of [email.html, email.text]) {
      for (const value of [
        "ID-7K3F9Q",
        "Acme GmbH",
        "Critical",
        "Tue 3 March 2026, 14:00 CET",
        "75 % of the first-response time",
      ]) {
        expect(part).toContain(value);
      }
    }
  });

  it("links to the lead in html and text", async () => {
    const { html, text } = await renderSlaReminder(reminderData());
    expect(html).toContain('href="https://impact.example.com/admin/leads/42"');
    expect(text).toContain("https://impact.example.com/admin/leads/42");
  });
});
