import { describe, expect, it } from "vitest";
import { chooseAssignee, type AssignmentCandidate } from "~/domain/routing";

const NOW = new Date("2026-11-26T10:00:00.000Z");

function member(userId: number, overrides: Partial<AssignmentCandidate> = {}): AssignmentCandidate {
  return {
    userId,
    name: `Consultant ${userId}`,
    active: true,
    outOfOffice: null,
    capacity: 10,
    openLeads: 0,
    weight: 1,
    lastAssignedAt: null,
    ...overrides,
  };
}

const choose = (candidates: AssignmentCandidate[], preferredUserId: number | null = null) =>
  chooseAssignee({ candidates, now: NOW, preferredUserId });

describe("chooseAssignee: load", () => {
  it("chooses the least loaded member", () => {
    const decision = choose([member(1, { openLeads: 3 }), member(2, { openLeads: 1 }), member(3, { openLeads: 2 })]);
    expect(decision.chosen).toBe(2);
    expect(decision.reason).toBe("Consultant 2 is the least loaded available member (1 open of 10)");
  });

  it("breaks a tie on load by choosing the member assigned least recently", () => {
    const decision = choose([
      member(1, { openLeads: 2, lastAssignedAt: "2026-11-26T09:00:00.000Z" }),
      member(2, { openLeads: 2, lastAssignedAt: "2026-11-25T16:00:00.000Z" }),
    ]);
    expect(decision.chosen).toBe(2);
    expect(decision.reason).toMatch(/tied on load with Consultant 1, and Consultant 2 was assigned least recently$/);
  });

  it("counts a member never assigned a lead as the least recently assigned", () => {
    const decision = choose([
      member(1, { openLeads: 2, lastAssignedAt: "2020-01-01T00:00:00.000Z" }),
      member(2, { openLeads: 2, lastAssignedAt: null }),
    ]);
    expect(decision.chosen).toBe(2);
    expect(decision.reason).toMatch(/Consultant 2 has never been assigned a lead$/);
  });

  it("breaks a full tie by the lowest user id", () => {
    const decision = choose([member(7), member(3), member(5)]);
    expect(decision.chosen).toBe(3);
    expect(decision.reason).toMatch(
      /tied on load with Consultant 5, Consultant 7, and Consultant 3 has the lowest user id$/,
    );
  });

  it("does not let recency outweigh load", () => {
    const decision = choose([
      member(1, { openLeads: 1, lastAssignedAt: "2026-11-26T09:59:00.000Z" }),
      member(2, { openLeads: 2, lastAssignedAt: null }),
    ]);
    expect(decision.chosen).toBe(1);
  });
});

describe("chooseAssignee: weights", () => {
  it("compares open leads per unit of weight", () => {
    // 4 / 2 = 2 is less than 3 / 1 = 3.
    const decision = choose([member(1, { openLeads: 3 }), member(2, { openLeads: 4, weight: 2 })]);
    expect(decision.chosen).toBe(2);
    expect(decision.reason).toBe("Consultant 2 is the least loaded available member (4 open of 10, weight 2)");
  });

  it("treats equal load per weight as a tie", () => {
    const decision = choose([
      member(1, { openLeads: 2, lastAssignedAt: "2026-11-26T08:00:00.000Z" }),
      member(2, { openLeads: 4, weight: 2, lastAssignedAt: "2026-11-26T07:00:00.000Z" }),
    ]);
    expect(decision.chosen).toBe(2);
  });

  it("uses weight 1 when none is given", () => {
    const unweighted = { ...member(1, { openLeads: 2 }) };
    delete unweighted.weight;
    const decision = choose([unweighted, member(2, { openLeads: 3, weight: 1 })]);
    expect(decision.chosen).toBe(1);
    expect(decision.candidates[0]?.weight).toBe(1);
  });

  it("refuses a weight that is not positive", () => {
    expect(() => choose([member(1, { weight: 0 })])).toThrow(
      new RangeError("Weight of user 1 must be a positive number, got 0"),
    );
  });
});

describe("chooseAssignee: availability", () => {
  it("skips a member at capacity", () => {
    const decision = choose([member(1, { openLeads: 10, capacity: 10 }), member(2, { openLeads: 9, capacity: 10 })]);
    expect(decision.chosen).toBe(2);
    expect(decision.candidates[0]).toMatchObject({ userId: 1, eligible: false, skippedBecause: "at-capacity" });
  });

  it("never assigns an inactive member, however idle", () => {
    const decision = choose([member(1, { active: false }), member(2, { openLeads: 9 })]);
    expect(decision.chosen).toBe(2);
    expect(decision.candidates[0]).toMatchObject({ userId: 1, eligible: false, skippedBecause: "inactive" });
  });

  const away = { from: "2026-11-20T00:00:00.000Z", until: "2026-11-26T10:00:00.000Z" };

  it("skips a member who is out of office", () => {
    const decision = chooseAssignee({
      candidates: [member(1, { outOfOffice: away }), member(2, { openLeads: 5 })],
      now: new Date("2026-11-26T09:59:59.999Z"),
    });
    expect(decision.chosen).toBe(2);
    expect(decision.candidates[0]).toMatchObject({ eligible: false, skippedBecause: "out-of-office" });
  });

  it("counts a member as out of office from the first instant of the period", () => {
    const decision = chooseAssignee({ candidates: [member(1, { outOfOffice: away })], now: new Date(away.from) });
    expect(decision.candidates[0]?.skippedBecause).toBe("out-of-office");
  });

  it("counts a member as available just before the period", () => {
    const decision = chooseAssignee({
      candidates: [member(1, { outOfOffice: away })],
      now: new Date("2026-11-19T23:59:59.999Z"),
    });
    expect(decision.chosen).toBe(1);
  });

  it("counts a member as back at the instant the period ends", () => {
    const decision = chooseAssignee({ candidates: [member(1, { outOfOffice: away })], now: new Date(away.until) });
    expect(decision.chosen).toBe(1);
    expect(decision.candidates[0]).toEqual({
      userId: 1,
      name: "Consultant 1",
      openLeads: 0,
      capacity: 10,
      weight: 1,
      eligible: true,
    });
  });

  it("names inactivity first when a member is unavailable for several reasons", () => {
    const decision = choose([
      member(1, {
        active: false,
        outOfOffice: { from: "2026-11-01T00:00:00Z", until: "2026-12-01T00:00:00Z" },
        openLeads: 10,
      }),
    ]);
    expect(decision.candidates[0]?.skippedBecause).toBe("inactive");
  });

  it("refuses an out-of-office period that is not an ISO instant", () => {
    expect(() => choose([member(1, { outOfOffice: { from: "next monday", until: "2026-12-01T00:00:00Z" } })])).toThrow(
      RangeError,
    );
  });
});

describe("chooseAssignee: repeat submitters", () => {
  it("gives the lead to the earlier lead's owner while they are available, even if busier", () => {
    const decision = choose([member(1, { openLeads: 0 }), member(2, { openLeads: 8 })], 2);
    expect(decision.chosen).toBe(2);
    expect(decision.reason).toBe(
      "Repeat submitter: Consultant 2 owns their earlier lead and is available (8 open of 10)",
    );
  });

  it("falls back to the least loaded member when the earlier owner is out of office, and says why", () => {
    const decision = choose(
      [
        member(1, { openLeads: 4 }),
        member(2, { outOfOffice: { from: "2026-11-25T00:00:00Z", until: "2026-11-30T00:00:00Z" } }),
      ],
      2,
    );
    expect(decision.chosen).toBe(1);
    expect(decision.reason).toBe(
      "The earlier lead's owner, Consultant 2, is out of office. Consultant 1 is the least loaded available member (4 open of 10)",
    );
  });

  it("ignores an earlier owner who is at capacity", () => {
    expect(choose([member(1, { openLeads: 4 }), member(2, { openLeads: 10 })], 2).chosen).toBe(1);
  });

  it("ignores an earlier owner who has been deactivated", () => {
    expect(choose([member(1, { openLeads: 4 }), member(2, { active: false })], 2).chosen).toBe(1);
  });

  it("ignores an earlier owner who is not in this inbox", () => {
    const decision = choose([member(1)], 42);
    expect(decision.chosen).toBe(1);
    expect(decision.reason).toMatch(/^The earlier lead's owner \(user 42\) is not a member of this inbox\. /);
  });
});

describe("chooseAssignee: nobody available", () => {
  it("leaves the lead unassigned and says it waits in the inbox, with why each member was skipped", () => {
    const decision = choose([
      member(1, { active: false }),
      member(2, { outOfOffice: { from: "2026-11-25T00:00:00Z", until: "2026-11-30T00:00:00Z" } }),
      member(3, { openLeads: 10 }),
      member(4, { openLeads: 12 }),
    ]);
    expect(decision.chosen).toBeNull();
    expect(decision.reason).toBe(
      "Nobody in the inbox can take the lead (1 inactive, 1 out of office, 2 at capacity), so it waits unassigned in the inbox",
    );
    expect(decision.candidates.map((candidate) => candidate.skippedBecause)).toEqual([
      "inactive",
      "out-of-office",
      "at-capacity",
      "at-capacity",
    ]);
  });

  it("leaves the lead unassigned in an inbox without members", () => {
    expect(choose([])).toEqual({
      chosen: null,
      reason: "The inbox has no members, so the lead waits unassigned in the inbox",
      candidates: [],
    });
  });

  it("still explains a repeat submitter's unavailable owner", () => {
    const decision = choose([member(1, { active: false })], 1);
    expect(decision.chosen).toBeNull();
    expect(decision.reason).toMatch(
      /^The earlier lead's owner, Consultant 1, is inactive\. Nobody in the inbox can take the lead/,
    );
  });
});
