import { describe, expect, it } from "vitest";
import {
  FIRST_REPLY_TEMPLATES,
  bareAddress,
  defaultSubject,
  firstReplyTemplate,
  referenceFromAddress,
  referenceFromRecipients,
  replyAddress,
} from "~/domain/lead-mail";
import { LeadEmailSchema } from "~/domain/lead-mail/compose";

describe("the reply address of a lead", () => {
  it("is the inbox address with the lead's reference as its plus tag", () => {
    expect(replyAddress("privacy@meridian-audit.example", "ID-7K3F9Q")).toBe(
      "privacy+ID-7K3F9Q@meridian-audit.example",
    );
  });

  it("replaces a tag the inbox address already has and drops a display name", () => {
    expect(replyAddress("Privacy team <privacy+old@firm.example>", "ID-7K3F9Q")).toBe("privacy+ID-7K3F9Q@firm.example");
  });
});

describe("reading the reference back from a recipient", () => {
  it("reads the tag whatever case a mail system gave the address", () => {
    expect(referenceFromAddress("privacy+id-7k3f9q@firm.example")).toBe("ID-7K3F9Q");
    expect(referenceFromAddress("PRIVACY+ID-7K3F9Q@FIRM.EXAMPLE")).toBe("ID-7K3F9Q");
  });

  it("reads it from an address with a display name", () => {
    expect(referenceFromAddress('"Privacy, team" <privacy+ID-7K3F9Q@firm.example>')).toBe("ID-7K3F9Q");
  });

  it("finds nothing in an address without a tag, or with a tag that is not a reference", () => {
    expect(referenceFromAddress("privacy@firm.example")).toBeNull();
    expect(referenceFromAddress("privacy+newsletter@firm.example")).toBeNull();
    // I, L, O and U are never in a reference.
    expect(referenceFromAddress("privacy+ID-7K3F9O@firm.example")).toBeNull();
    expect(referenceFromAddress("privacy+ID-7K3F9Q1@firm.example")).toBeNull();
    expect(referenceFromAddress("not an address")).toBeNull();
  });

  it("takes the one reference among several recipients", () => {
    expect(referenceFromRecipients(["ada@bank.example", "privacy+ID-7K3F9Q@firm.example"])).toBe("ID-7K3F9Q");
    expect(referenceFromRecipients(["privacy+ID-7K3F9Q@firm.example", "general+id-7k3f9q@firm.example"])).toBe(
      "ID-7K3F9Q",
    );
  });

  it("matches no lead when recipients name two different leads, or none", () => {
    expect(referenceFromRecipients(["a+ID-7K3F9Q@firm.example", "a+ID-8M4G0R@firm.example"])).toBeNull();
    expect(referenceFromRecipients(["privacy@firm.example"])).toBeNull();
    expect(referenceFromRecipients([])).toBeNull();
  });

  it("reads the bare address out of a named one", () => {
    expect(bareAddress("Ada Lovelace <ada@bank.example>")).toBe("ada@bank.example");
    expect(bareAddress(" ada@bank.example ")).toBe("ada@bank.example");
  });
});

describe("the composer's starting points", () => {
  const context = { contactName: "Ada", consultantName: "Helena Vos", firmName: "Meridian", publicRef: "ID-7K3F9Q" };

  it("prefills the subject with the lead's reference", () => {
    expect(defaultSubject("ID-7K3F9Q", "Meridian")).toContain("ID-7K3F9Q");
  });

  it("offers first-reply templates that greet the lead, name the reference and sign with the consultant", () => {
    expect(FIRST_REPLY_TEMPLATES.length).toBeGreaterThanOrEqual(3);
    for (const template of FIRST_REPLY_TEMPLATES) {
      const body = template.body(context);
      expect(body).toMatch(/^Dear Ada,/);
      expect(body).toContain("ID-7K3F9Q");
      expect(body).toContain("Helena Vos\nMeridian");
    }
  });

  it("knows no template by an unknown name", () => {
    expect(firstReplyTemplate("propose-call")?.id).toBe("propose-call");
    expect(firstReplyTemplate("../etc")).toBeUndefined();
    expect(firstReplyTemplate(null)).toBeUndefined();
  });
});

describe("validating an email to a lead", () => {
  it("refuses a subject with a line break, which would forge headers", () => {
    const result = LeadEmailSchema.safeParse({ subject: "Hello\r\nBcc: x@evil.example", body: "Hi" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["subject"]);
  });

  it("refuses an empty message and keeps the line breaks of a real one", () => {
    expect(LeadEmailSchema.safeParse({ subject: "Hello", body: "   " }).success).toBe(false);
    expect(LeadEmailSchema.parse({ subject: " Hello ", body: "Line one\n\nLine two\n" })).toEqual({
      subject: "Hello",
      body: "Line one\n\nLine two",
    });
  });
});
