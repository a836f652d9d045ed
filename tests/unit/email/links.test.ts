import { describe, expect, it } from "vitest";
import {
  renderConsultantNotification,
  renderResumeLink,
  renderSlaEscalation,
  renderSlaReminder,
  renderVisitorConfirmation,
  type RenderedEmail,
} from "~/server/mail/templates";
import { PUBLIC_URL, consultantData, escalationData, hrefsOf, reminderData, resumeData, visitorData } from "./fixtures";

async function everyEmail(): Promise<Array<[string, RenderedEmail]>> {
  return [
    ["consultant notification", await renderConsultantNotification(consultantData())],
    ["visitor confirmation", await renderVisitorConfirmation(visitorData())],
    ["SLA reminder", await renderSlaReminder(reminderData())],
    ["SLA escalation", await renderSlaEscalation(escalationData())],
    ["resume link", await renderResumeLink(resumeData())],
  ];
}

describe("links in emails", () => {
  it("point at the public URL, except a consultant's mailto to the contact", async () => {
    for (const [name, email] of await everyEmail()) {
      const links = hrefsOf(email.html).filter((href) => !href.startsWith("mailto:"));
      expect(links.length, name).toBeGreaterThan(0);
      for (const href of links) expect(href.startsWith(`${PUBLIC_URL}/`), `${name}: ${href}`).toBe(true);
    }
  });

  it("appear in the plain-text part too", async () => {
    for (const [name, email] of await everyEmail()) {
      const links = hrefsOf(email.html).filter((href) => !href.startsWith("mailto:"));
      for (const href of links) expect(email.text, name).toContain(href);
    }
  });

  it("are built without a double slash from a public URL given with a trailing slash", async () => {
    const { html } = await renderSlaReminder(reminderData({ publicUrl: `${PUBLIC_URL}/` }));
    expect(hrefsOf(html)).toContain(`${PUBLIC_URL}/admin/leads/42`);
  });

  it("refuse to render a relative summary link", async () => {
    await expect(renderVisitorConfirmation(visitorData({ summaryUrl: "/assess/done/abc" }))).rejects.toThrow(
      /absolute/,
    );
  });

  it("refuse to render a script URL as the resume link", async () => {
    await expect(renderResumeLink(resumeData({ resumeUrl: "javascript:alert(1)" }))).rejects.toThrow(/http\(s\)/);
  });
});

describe("every email", () => {
  it("has the firm name at the top and a footer saying why the reader receives it", async () => {
    for (const [name, email] of await everyEmail()) {
      expect(email.text.startsWith("Meridian Regulatory Audit"), name).toBe(true);
      expect(email.text, name).toMatch(/You receive this email because [^\n]+$/);
    }
  });
});
