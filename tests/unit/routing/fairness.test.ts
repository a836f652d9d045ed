import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateAssignments, type AssignmentCandidate } from "~/domain/routing";

const START = new Date("2026-11-26T08:00:00.000Z");

function member(userId: number, overrides: Partial<AssignmentCandidate> = {}): AssignmentCandidate {
  return {
    userId,
    name: `Consultant ${userId}`,
    active: true,
    outOfOffice: null,
    capacity: 100_000,
    openLeads: 0,
    weight: 1,
    lastAssignedAt: null,
    ...overrides,
  };
}

function spread(counts: Record<number, number>): number {
  const values = Object.values(counts);
  return Math.max(...values) - Math.min(...values);
}

describe("assignment over many leads", () => {
  it("gives equally weighted members counts within one of each other over 1,000 leads", () => {
    const result = simulateAssignments([member(1), member(2), member(3)], 1_000, START);
    expect(result.counts).toEqual({ 1: 334, 2: 333, 3: 333 });
    expect(result.unassigned).toBe(0);
  });

  it("keeps equally weighted members within one of each other for any team size and number of leads", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 0, max: 50 }),
        (size, leads, startingLoad) => {
          const team = Array.from({ length: size }, (_, index) => member(index + 1, { openLeads: startingLoad }));
          const result = simulateAssignments(team, leads, START);
          expect(spread(result.counts)).toBeLessThanOrEqual(1);
          expect(Object.values(result.counts).reduce((sum, count) => sum + count, 0)).toBe(leads);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives a member of weight 2 about twice the leads of a member of weight 1", () => {
    const { counts } = simulateAssignments([member(1, { weight: 2 }), member(2, { weight: 1 })], 1_000, START);
    expect(counts[1]! + counts[2]!).toBe(1_000);
    expect(Math.abs(counts[1]! - 2 * counts[2]!)).toBeLessThanOrEqual(2);
  });

  it("shares leads in proportion to any positive weights", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }), (weights) => {
        const team = weights.map((weight, index) => member(index + 1, { weight }));
        const leads = 1_000;
        const { counts } = simulateAssignments(team, leads, START);
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        const lightest = Math.min(...weights);
        // Loads per unit of weight never drift further apart than one lead of the lightest member,
        // so each count stays within weight / lightest of its exact share.
        weights.forEach((weight, index) => {
          expect(Math.abs(counts[index + 1]! - (leads * weight) / total)).toBeLessThanOrEqual(weight / lightest);
        });
      }),
      { numRuns: 40 },
    );
  });

  it("lets a member who starts with more open leads wait until the others catch up", () => {
    const { counts, candidates } = simulateAssignments([member(1, { openLeads: 10 }), member(2)], 30, START);
    expect(counts).toEqual({ 1: 10, 2: 20 });
    expect(candidates.map((candidate) => candidate.openLeads)).toEqual([20, 20]);
  });

  it("never exceeds a member's capacity; the rest wait unassigned", () => {
    const result = simulateAssignments([member(1, { capacity: 5 }), member(2, { capacity: 3 })], 20, START);
    expect(result.counts).toEqual({ 1: 5, 2: 3 });
    expect(result.unassigned).toBe(12);
  });

  it("starts giving leads to a member the moment their out-of-office period ends", () => {
    // Leads arrive a minute apart from 08:00; member 1 is back at 08:10.
    const away = { from: "2026-11-20T00:00:00.000Z", until: "2026-11-26T08:10:00.000Z" };
    const result = simulateAssignments([member(1, { outOfOffice: away }), member(2)], 20, START);
    expect(result.counts).toEqual({ 1: 10, 2: 10 });
    expect(result.candidates[0]?.lastAssignedAt).toBe("2026-11-26T08:19:00.000Z");
  });
});
