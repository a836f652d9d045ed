import { describe, expect, it } from "vitest";
import {
  renderConsultantNotification,
  renderSlaEscalation,
  renderSlaReminder,
  renderVisitorConfirmation,
} from "~/server/mail/templates";
import { consultantData, escalationData, reminderData, visitorData } from "./fixtures";

const SCRIPT = "<script>alert(1)</script>";
const IMAGE = '<img src=x onerror="alert(2)">';

describe("hostile input in emails", () => {
  it("escapes a company name carrying a script in the consultant notification", async () => {
    const { html } = await renderConsultantNotification(consultantData({ company: SCRIPT }));
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("escapes markup in every contact field of the consultant notification", async () => {
    const { html } = await renderConsultantNotification(
      consultantData({
        contactName: IMAGE,
        jobTitle: IMAGE,
        phone: IMAGE,
        email: IMAGE,
        source: { articleTitle: IMAGE, topic: null },
      }),
    );
    expect(html).not.toContain("<img");
  });

  it("escapes a name carrying markup in the visitor confirmation", async () => {
    const { html } = await renderVisitorConfirmation(visitorData({ contactName: SCRIPT }));
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain("Thank you, &lt;script&gt;");
  });

  it("escapes the company in the SLA reminder and escalation", async () => {
    const reminder = await renderSlaReminder(reminderData({ company: SCRIPT }));
    const escalation = await renderSlaEscalation(escalationData({ company: SCRIPT }));
    expect(reminder.html).not.toContain(SCRIPT);
    expect(escalation.html).not.toContain(SCRIPT);
  });

  it("keeps line breaks typed into a company name out of the subject", async () => {
    const { subject } = await renderConsultantNotification(
      consultantData({ company: "Acme\r\nBcc: victim@example.com" }),
    );
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe("New lead ID-7K3F9Q · Critical · Acme Bcc: victim@example.com");
  });
});
