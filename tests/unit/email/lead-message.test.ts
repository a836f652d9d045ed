import { describe, expect, it } from "vitest";
import { renderLeadMessage, renderLeadReplyNotice } from "~/server/mail/templates";
import { FIRM, PUBLIC_URL, hrefsOf } from "./fixtures";

describe("an email a consultant writes to a lead", () => {
  const data = {
    subject: "Your enquiry [ID-7K3F9Q]",
    body: "Dear Ada,\n\nIs <Tuesday> & 10:00 fine?\n\nHelena",
    replyTo: "privacy+ID-7K3F9Q@firm.example",
  };

  it("sends the text exactly as written, with the lead's tagged address as Reply-To", async () => {
    const email = await renderLeadMessage(data);
    expect(email.subject).toBe("Your enquiry [ID-7K3F9Q]");
    expect(email.text).toBe(data.body);
    expect(email.replyTo).toBe("privacy+ID-7K3F9Q@firm.example");
  });

  it("shows the same text in the HTML part, escaped and with its line breaks", async () => {
    const email = await renderLeadMessage(data);
    expect(email.html).toContain("Is &lt;Tuesday&gt; &amp; 10:00 fine?");
    expect(email.html).toContain("white-space:pre-wrap");
    expect(email.html).not.toContain("<Tuesday>");
  });
});

describe("the notice that a lead replied", () => {
  it("names who replied and the lead, links to the conversation, and leaves the reply's text out", async () => {
    const email = await renderLeadReplyNotice({
      firmName: FIRM,
      publicUrl: PUBLIC_URL,
      leadId: 12,
      ref: "ID-7K3F9Q",
      senderName: "Ada Lovelace",
      subject: "Re: Your enquiry",
    });
    expect(email.subject).toContain("Ada Lovelace replied on ID-7K3F9Q");
    expect(email.text).toContain('"Re: Your enquiry"');
    expect(hrefsOf(email.html)).toContain(`${PUBLIC_URL}/admin/leads/12#conversation`);
  });
});
