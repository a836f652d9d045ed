import { describe, expect, it } from "vitest";
import { diffInWords, diffRulesets, type RoutingRule, type RoutingRuleset } from "~/domain/routing";

const rule = (id: string, inbox = "general", when: RoutingRule["when"] = []): RoutingRule => ({
  id,
  name: `Rule ${id}`,
  when,
  inbox,
});

const BEFORE: RoutingRuleset = {
  version: "1",
  fallbackInbox: "general",
  rules: [rule("a"), rule("b", "privacy-data"), rule("c"), rule("d")],
};

describe("the difference between two versions", () => {
  it("finds nothing between a version and itself", () => {
    expect(diffRulesets(BEFORE, BEFORE)).toEqual({ from: "1", to: "1", fallback: null, changes: [] });
  });

  it("names rules added and removed, with their places", () => {
    const after = { ...BEFORE, version: "2", rules: [rule("a"), rule("b", "privacy-data"), rule("c"), rule("e")] };
    expect(diffInWords(diffRulesets(BEFORE, after))).toEqual([
      "Removed “Rule d” (d), which was rule 4 and sent leads to general.",
      "Added “Rule e” (e) as rule 4: Every lead, to general.",
    ]);
  });

  it("says what changed in a rule: its conditions, its inbox or its name", () => {
    const after = {
      ...BEFORE,
      version: "2",
      rules: [
        { ...rule("a", "ai-governance", [{ field: "band", op: "in", value: ["High"] }]), name: "Renamed" },
        ...BEFORE.rules.slice(1),
      ],
    } as RoutingRuleset;
    const diff = diffRulesets(BEFORE, after);
    expect(diff.changes).toEqual([expect.objectContaining({ kind: "changed", what: ["name", "conditions", "inbox"] })]);
    expect(diffInWords(diff, (slug) => slug.toUpperCase())).toEqual([
      "Changed “Renamed” (a): renamed from “Rule a”; conditions were “Every lead”, now “When the band is High”; inbox was GENERAL, now AI-GOVERNANCE.",
    ]);
  });

  it("reports rules that changed places, since the first matching rule wins", () => {
    const after = { ...BEFORE, version: "2", rules: [rule("b", "privacy-data"), rule("a"), rule("c"), rule("d")] };
    expect(diffInWords(diffRulesets(BEFORE, after))).toEqual([
      "Moved “Rule b” (b) from rule 2 to rule 1.",
      "Moved “Rule a” (a) from rule 1 to rule 2.",
    ]);
  });

  it("does not call a rule moved when only a rule before it was removed", () => {
    const after = { ...BEFORE, version: "2", rules: [rule("b", "privacy-data"), rule("c"), rule("d")] };
    expect(diffRulesets(BEFORE, after).changes.map((change) => change.kind)).toEqual(["removed"]);
  });

  it("reports a new fallback inbox", () => {
    expect(diffInWords(diffRulesets(BEFORE, { ...BEFORE, version: "2", fallbackInbox: "privacy-data" }))).toEqual([
      "The fallback inbox was general, now privacy-data.",
    ]);
  });
});
