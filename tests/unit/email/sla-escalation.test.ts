import { describe, expect, it } from "vitest";
import { renderSlaEscalation } from "~/server/mail/templates";
import { escalationData } from "./fixtures";

describe("SLA escalation", () => {
  it("marks the lead overdue in the subject", async () => {
    const email = await renderSlaEscalation(escalationData());
    expect(email.subject).toBe("Overdue: lead ID-7K3F9Q · Critical · Acme GmbH");
  });

  it("names the owner and when the response was due, in html and text", async () => {
    const email = await renderSlaEscalation(escalationData());
    for (const part of [email.html, email.text]) {
      expect(part).toContain("Lead ID-7K3F9Q is overdue");
      expect(part).toContain("Lukas Brandt");
      expect(part).toContain("Tue 3 March 2026, 14:00 CET");
    }
  });

  it("says the lead has no owner and waits in the inbox when unassigned", async () => {
    const { text } = await renderSlaEscalation(escalationData({ ownerName: null }));
    expect(text).toContain("Owner: Nobody: waiting unassigned in AI governance");
  });

  it("links to the lead in html and text", async () => {
    const { html, text } = await renderSlaEscalation(escalationData());
    expect(html).toContain('href="https://impact.example.com/admin/leads/42"');
    expect(text).toContain("https://impact.example.com/admin/leads/42");
  });
});
