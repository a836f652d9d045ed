import { describe, expect, it } from "vitest";
import { fallbackReason, quotedSlugs, withNamesForSlugs } from "~/domain/routing";

const decision = {
  reasons: [fallbackReason("general")],
  evaluated: [
    { ruleId: "ai", matched: false, failed: 'Came from the article "gdpr-fines-2026", not "eu-ai-act-omnibus"' },
    { ruleId: "any", matched: false, failed: "Band is Low, not High" },
  ],
};

describe("a stored routing decision on the lead page", () => {
  it("lists the slugs its reasons quote", () => {
    expect(quotedSlugs(decision)).toEqual(["general", "gdpr-fines-2026", "eu-ai-act-omnibus"]);
  });

  it("names the articles and inboxes it quotes by slug, and leaves unknown slugs and other words alone", () => {
    const names = new Map([
      ["general", "General enquiries"],
      ["gdpr-fines-2026", "GDPR fines in 2026"],
    ]);

    const named = withNamesForSlugs(decision, names);

    expect(named.reasons).toEqual([
      "No routing rule matched, so the lead goes to the fallback inbox “General enquiries”",
    ]);
    expect(named.evaluated.map((rule) => rule.failed)).toEqual([
      'Came from the article “GDPR fines in 2026”, not "eu-ai-act-omnibus"',
      "Band is Low, not High",
    ]);
  });
});
