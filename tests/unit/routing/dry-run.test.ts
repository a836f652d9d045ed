import { describe, expect, it } from "vitest";
import { compareRouting, type DryRunLead, type RoutingRuleset } from "~/domain/routing";
import { leadWith } from "./support";

const INBOXES = ["ai-governance", "privacy-data", "general"];

const IN_FORCE: RoutingRuleset = {
  version: "1",
  fallbackInbox: "general",
  rules: [
    {
      id: "critical",
      name: "Critical leads",
      when: [{ field: "band", op: "in", value: ["Critical"] }],
      inbox: "ai-governance",
    },
  ],
};

const DRAFT: RoutingRuleset = {
  version: "2",
  fallbackInbox: "general",
  rules: [
    {
      id: "gdpr",
      name: "GDPR worries",
      when: [{ field: "sourceTopic", op: "in", value: ["gdpr"] }],
      inbox: "privacy-data",
    },
    ...IN_FORCE.rules,
  ],
};

const lead = (id: number, shape: Parameters<typeof leadWith>[0]): DryRunLead => ({
  id,
  ref: `L-${id}`,
  company: `Company ${id}`,
  createdAt: `2026-11-0${id}T10:00:00.000Z`,
  lead: leadWith(shape),
});

const LEADS = [
  lead(1, { band: "Critical", source: { topic: "gdpr" } }),
  lead(2, { band: "Critical" }),
  lead(3, { band: "Low", source: { topic: "gdpr" } }),
  lead(4, { band: "Low" }),
];

describe("a dry run of a draft against recent leads", () => {
  const report = compareRouting(IN_FORCE, DRAFT, LEADS, { inboxOrder: INBOXES });

  it("counts the leads each inbox would get under the rules in force and under the draft", () => {
    expect(report.inboxes).toEqual([
      { inbox: "ai-governance", current: 2, draft: 1 },
      { inbox: "privacy-data", current: 0, draft: 2 },
      { inbox: "general", current: 2, draft: 1 },
    ]);
    expect(report.leads).toBe(4);
  });

  it("lists only the leads that would change inbox, with the rule that takes each under both", () => {
    expect(
      report.moved.map((move) => [
        move.ref,
        move.current.ruleId,
        move.current.inbox,
        move.draft.ruleId,
        move.draft.inbox,
      ]),
    ).toEqual([
      ["L-1", "critical", "ai-governance", "gdpr", "privacy-data"],
      ["L-3", null, "general", "gdpr", "privacy-data"],
    ]);
  });

  it("says why in the words of the routing trace", () => {
    const first = report.moved[0];
    expect(first?.current.reasons).toEqual(["Band is Critical"]);
    expect(first?.draft.reasons).toEqual(["Came from the topic GDPR and privacy"]);
    expect(report.moved[1]?.current.reasons[0]).toContain("fallback inbox");
  });

  it("reports nothing to compare when there are no leads", () => {
    const empty = compareRouting(IN_FORCE, DRAFT, [], { inboxOrder: INBOXES, skipped: 0 });
    expect(empty.leads).toBe(0);
    expect(empty.moved).toEqual([]);
    expect(empty.inboxes.every((row) => row.current === 0 && row.draft === 0)).toBe(true);
  });

  it("lists an inbox a ruleset names but the order does not know", () => {
    const elsewhere = compareRouting(IN_FORCE, { ...DRAFT, fallbackInbox: "archive" }, [LEADS[3] as DryRunLead], {
      inboxOrder: INBOXES,
    });
    expect(elsewhere.inboxes.at(-1)).toEqual({ inbox: "archive", current: 0, draft: 1 });
  });
});
