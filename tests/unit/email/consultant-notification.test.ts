import { describe, expect, it } from "vitest";
import { renderConsultantNotification } from "~/server/mail/templates";
import { consultantData } from "./fixtures";

describe("consultant notification", () => {
  it("includes the visitor's own message, line breaks kept and markup shown as text", async () => {
    const email = await renderConsultantNotification(
      consultantData({ message: "We score credit.\nWhat does <b>Annex III</b> mean for us?" }),
    );
    expect(email.text).toContain("Their message");
    expect(email.text).toContain("We score credit.\nWhat does <b>Annex III</b> mean for us?");
    expect(email.html).toContain("What does &lt;b&gt;Annex III&lt;/b&gt; mean for us?");
    expect(email.html).not.toContain("<b>Annex III</b>");
  });

  it("says when the visitor left no message", async () => {
    for (const message of [null, "   ", undefined]) {
      const { text } = await renderConsultantNotification(consultantData({ message }));
      expect(text).toContain("They left no message.");
    }
  });

  it("sends the consultant's reply to the visitor, but only to a bare address", async () => {
    expect((await renderConsultantNotification(consultantData())).replyTo).toBe("jana.novak@acme.example");
    expect(
      (await renderConsultantNotification(consultantData({ email: "jana@acme.example?bcc=x@y.example" }))).replyTo,
    ).toBeUndefined();
  });

  it("names the reference, band and company in the subject", async () => {
    const email = await renderConsultantNotification(consultantData());
    expect(email.subject).toBe("New lead ID-7K3F9Q · Critical · Acme GmbH");
  });

  it("shows the contact details consultants need to call back, in html and text", async () => {
    const email = await renderConsultantNotification(consultantData());
    for (const part of [email.html, email.text]) {
      for (const value of [
        "Acme GmbH",
        "Jana Novak",
        "Head of Compliance",
        "jana.novak@acme.example",
        "+49 30 1234567",
      ]) {
        expect(part).toContain(value);
      }
    }
  });

  it("shows band, impact score and the source article", async () => {
    const { text } = await renderConsultantNotification(consultantData());
    expect(text).toContain("Critical, impact 87 / 100");
    expect(text).toContain("What the AI Act asks of deployers (topic: ai-governance)");
  });

  it("lists red flags", async () => {
    const { text } = await renderConsultantNotification(consultantData());
    expect(text).toContain("Red flags");
    expect(text).toContain("Emotion recognition at work is prohibited");
  });

  it("leaves the red-flag block out when there are none", async () => {
    const { html } = await renderConsultantNotification(consultantData({ redFlags: [] }));
    expect(html).not.toContain("Red flags");
  });

  it("shows the top three regulations with tier label and reasons, and no more", async () => {
    const { text } = await renderConsultantNotification(consultantData());
    expect(text).toContain("EU AI Act (likely): High-risk deployer (Annex III)");
    expect(text).toContain("How do you use AI? — Screening job applicants");
    expect(text).toContain("NIS2 (possible): Important entity");
    expect(text).not.toContain("Colorado AI Act");
  });

  it("gives the first-response deadline with the time zone it is counted in", async () => {
    const { text } = await renderConsultantNotification(consultantData());
    expect(text).toContain("First response due: Tue 3 March 2026, 14:00 CET");
  });

  it("says who owns the lead", async () => {
    const { text } = await renderConsultantNotification(consultantData());
    expect(text).toContain("Assigned to Lukas Brandt (AI governance inbox)");
  });

  it("says the lead waits unassigned in its inbox when nobody had room", async () => {
    const { text } = await renderConsultantNotification(consultantData({ ownerName: null }));
    expect(text).toContain("Waiting unassigned in AI governance");
    expect(text).not.toContain("Assigned to");
  });

  it("notes a repeat submitter with the earlier lead's reference", async () => {
    const { text } = await renderConsultantNotification(consultantData({ earlierLeadRef: "ID-2B4D6F" }));
    expect(text).toContain("Repeat submitter, earlier lead ID-2B4D6F");
  });

  it("links to the lead in the admin under the public URL", async () => {
    const { html, text } = await renderConsultantNotification(consultantData());
    expect(html).toContain('href="https://impact.example.com/admin/leads/42"');
    expect(text).toContain("https://impact.example.com/admin/leads/42");
  });

  it("does not turn an address with query characters into a mailto link", async () => {
    const { html } = await renderConsultantNotification(consultantData({ email: "x@y.example?body=hello" }));
    expect(html).not.toContain("mailto:");
    expect(html).toContain("x@y.example?body=hello");
  });
});
