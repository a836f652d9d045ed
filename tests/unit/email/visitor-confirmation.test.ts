import { describe, expect, expectTypeOf, it } from "vitest";
import { renderVisitorConfirmation, type VisitorConfirmationData, type VisitorRegime } from "~/server/mail/templates";
import { PUBLIC_URL, hrefsOf, visitorData } from "./fixtures";

describe("visitor confirmation", () => {
  it("gives the reference in the subject without any visitor text", async () => {
    const email = await renderVisitorConfirmation(visitorData());
    expect(email.subject).toBe("Your exposure summary, reference ID-7K3F9Q · Meridian Regulatory Audit");
  });

  it("is an XHTML document that opens on its <html> element, with no marks left by the renderer", async () => {
    const { html } = await renderVisitorConfirmation(visitorData());
    expect(html).toMatch(/^<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD XHTML 1\.0 Transitional\/\/EN" "[^"]+"><html /);
    // React's markers for Suspense boundaries and between text nodes; Outlook's conditional comments stay.
    expect(html).not.toMatch(/<!--(\$|\/\$| )-->/);
  });

  it("greets the visitor by name and quotes the reference, in html and text", async () => {
    const email = await renderVisitorConfirmation(visitorData());
    for (const part of [email.html, email.text]) {
      expect(part).toContain("Thank you, Jana Novak");
      expect(part).toContain("ID-7K3F9Q");
    }
  });

  it("summarises the band, the likely regulations with their next date, and the next deadline", async () => {
    const { text } = await renderVisitorConfirmation(visitorData());
    expect(text).toContain("Exposure band: High");
    expect(text).toContain(
      "EU AI Act (High-risk deployer (Annex III)): Annex III duties: from 2 December 2027, in 371 days",
    );
    expect(text).toContain("GDPR (Controller): applies now");
    expect(text).toContain("Next deadline: Annex III duties: from 2 December 2027, in 371 days");
    expect(text).toContain("2 more regulations possibly apply.");
  });

  it("lists at most five likely regulations and counts the rest", async () => {
    const likely = ["A", "B", "C", "D", "E", "F", "G"].map((letter) => ({
      name: `Regime ${letter}`,
      tierLabel: null,
      nextDateText: null,
    }));
    const { text } = await renderVisitorConfirmation(visitorData({ likely, possibleCount: 1 }));
    expect(text).toContain("Regime E");
    expect(text).not.toContain("Regime F");
    expect(text).toContain("2 more likely regulations are in your full summary. One more regulation possibly applies.");
  });

  it("says everything already applies when there is no next deadline", async () => {
    const { text } = await renderVisitorConfirmation(visitorData({ nextDeadline: null }));
    expect(text).toContain("Next deadline: Everything we identified already applies.");
  });

  it("links to the private summary in html and text", async () => {
    const { html, text } = await renderVisitorConfirmation(visitorData());
    expect(hrefsOf(html)).toContain(`${PUBLIC_URL}/assess/done/abcdefghijklmnopqrstuvwxyz012345`);
    expect(text).toContain(`${PUBLIC_URL}/assess/done/abcdefghijklmnopqrstuvwxyz012345`);
  });

  it("names the consultant who will call and promises the lead's first-response deadline", async () => {
    const { text } = await renderVisitorConfirmation(
      visitorData({
        contactPerson: { name: "Lukas Brandt", email: "lukas.brandt@meridian-audit.example", isConsultant: true },
        respondBy: { at: "2026-03-03T13:00:00.000Z", timeZone: "Europe/Berlin" },
      }),
    );
    expect(text).toContain(
      "Lukas Brandt, the consultant looking after your assessment at Meridian Regulatory Audit, will contact you by Tue 3 March 2026, 14:00 CET to talk it through. Reply to this email to reach Lukas Brandt directly",
    );
  });

  it("sends replies to the consultant", async () => {
    const email = await renderVisitorConfirmation(
      visitorData({
        contactPerson: { name: "Lukas Brandt", email: "lukas.brandt@meridian-audit.example", isConsultant: true },
      }),
    );
    expect(email.replyTo).toBe("lukas.brandt@meridian-audit.example");
  });

  it("while the lead waits for an owner, names the inbox's team and sends replies to the inbox", async () => {
    const email = await renderVisitorConfirmation(
      visitorData({
        contactPerson: { name: "Our AI governance team", email: "ai@meridian-audit.example", isConsultant: false },
        respondBy: { at: "2026-03-03T13:00:00.000Z", timeZone: "Europe/Berlin" },
      }),
    );
    expect(email.text).toContain(
      "Our AI governance team at Meridian Regulatory Audit will contact you by Tue 3 March 2026, 14:00 CET",
    );
    expect(email.replyTo).toBe("ai@meridian-audit.example");
  });

  it("a confirmation queued before it named anyone still renders, with no Reply-To", async () => {
    const email = await renderVisitorConfirmation(visitorData());
    expect(email.text).toContain("A consultant at Meridian Regulatory Audit reviews every assessment");
    expect(email.replyTo).toBeUndefined();
  });

  it("never takes a Reply-To that is more than one bare address", async () => {
    const email = await renderVisitorConfirmation(
      visitorData({ contactPerson: { name: "X", email: "a@b.example, c@d.example", isConsultant: true } }),
    );
    expect(email.replyTo).toBeUndefined();
  });

  it("says what happens next and carries the disclaimer", async () => {
    const { text } = await renderVisitorConfirmation(visitorData());
    expect(text).toContain("What happens next");
    expect(text).toContain("This summary is an automated first view, not legal advice.");
  });

  it("has no field for anything the visitor typed but the name (checked by the type checker)", () => {
    // Adding a field here is a privacy decision: the design allows the name and nothing else typed.
    expectTypeOf<keyof VisitorConfirmationData>().toEqualTypeOf<
      | "firmName"
      | "publicUrl"
      | "contactName"
      | "ref"
      | "band"
      | "likely"
      | "possibleCount"
      | "nextDeadline"
      | "summaryUrl"
      | "disclaimer"
      // The firm's own consultant and deadline, not text the visitor typed.
      | "contactPerson"
      | "respondBy"
    >();
    expectTypeOf<keyof VisitorRegime>().toEqualTypeOf<"name" | "tierLabel" | "nextDateText">();
  });

  it("renders nothing of a whole lead row passed in place of its data but the name", async () => {
    // Structural typing lets a wider object through; what it carries must still stay out.
    const leadRow = {
      ...visitorData(),
      company: "Company-Typed-By-Visitor",
      jobTitle: "Title-Typed-By-Visitor",
      phone: "Phone-Typed-By-Visitor",
      message: "Message-Typed-By-Visitor",
      email: "address-typed@by-visitor.example",
    };
    const data: VisitorConfirmationData = leadRow;
    const { subject, html, text } = await renderVisitorConfirmation(data);
    for (const part of [subject, html, text]) expect(part).not.toMatch(/Typed-By-Visitor|typed@by-visitor/);
  });
});
