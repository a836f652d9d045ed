/** A member of the inbox the lead was routed to, with the state assignment depends on. */
export interface AssignmentCandidate {
  userId: number;
  name: string;
  active: boolean;
  /** ISO instants; out of office from `from` (inclusive) until `until` (exclusive). */
  outOfOffice: { from: string; until: string } | null;
  /** How many open leads this consultant takes at most. */
  capacity: number;
  openLeads: number;
  /** Share of the inbox's leads relative to the other members; > 0, default 1. */
  weight?: number;
  /** ISO instant of the last lead assigned to them; null when they have never had one. */
  lastAssignedAt: string | null;
}

export type SkipReason = "inactive" | "out-of-office" | "at-capacity";

export interface CandidateReport {
  userId: number;
  name: string;
  openLeads: number;
  capacity: number;
  weight: number;
  eligible: boolean;
  skippedBecause?: SkipReason;
}

/** The assignment half of the trace stored with a lead. */
export interface AssignmentDecision {
  /** The consultant who gets the lead, or null when it waits unassigned in the inbox. */
  chosen: number | null;
  reason: string;
  /** Every member, in the order given, with their load and availability at `now`. */
  candidates: CandidateReport[];
}

export interface ChooseAssigneeInput {
  candidates: readonly AssignmentCandidate[];
  now: Date;
  /** The owner of the same submitter's earlier lead, so a returning client keeps their consultant. */
  preferredUserId?: number | null;
}

export const DEFAULT_WEIGHT = 1;

const SKIP_WORDS: Record<SkipReason, string> = {
  inactive: "inactive",
  "out-of-office": "out of office",
  "at-capacity": "at capacity",
};

function instant(iso: string, what: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO instant: ${JSON.stringify(iso)}`);
  return ms;
}

function weightOf(candidate: AssignmentCandidate): number {
  const weight = candidate.weight ?? DEFAULT_WEIGHT;
  // A zero or negative weight would make load comparisons meaningless (division by zero, inverted
  // order); it is a data error upstream, not something to guess around.
  if (!Number.isFinite(weight) || weight <= 0) {
    throw new RangeError(`Weight of user ${candidate.userId} must be a positive number, got ${weight}`);
  }
  return weight;
}

/** Why a member cannot take a lead now, or null when they can; checked in this order. */
export function skipReason(candidate: AssignmentCandidate, now: Date): SkipReason | null {
  if (!candidate.active) return "inactive";
  if (candidate.outOfOffice) {
    const from = instant(candidate.outOfOffice.from, `Out-of-office start of user ${candidate.userId}`);
    const until = instant(candidate.outOfOffice.until, `Out-of-office end of user ${candidate.userId}`);
    // Half-open, so "until 09:00 Monday" means back at 09:00 and a lead arriving then can be theirs.
    if (from <= now.getTime() && now.getTime() < until) return "out-of-office";
  }
  if (candidate.openLeads >= candidate.capacity) return "at-capacity";
  return null;
}

interface Ranked {
  candidate: AssignmentCandidate;
  weight: number;
  lastAssigned: number;
}

function compareLoad(a: Ranked, b: Ranked): number {
  // openLeads / weight compared by cross-multiplying, so 2/2 and 1/1 tie exactly.
  return a.candidate.openLeads * b.weight - b.candidate.openLeads * a.weight;
}

function compareRecency(a: Ranked, b: Ranked): number {
  if (a.lastAssigned === b.lastAssigned) return 0;
  return a.lastAssigned < b.lastAssigned ? -1 : 1;
}

/** Least loaded first, then least recently assigned (never assigned first), then lowest user id. */
function compareRanked(a: Ranked, b: Ranked): number {
  return compareLoad(a, b) || compareRecency(a, b) || a.candidate.userId - b.candidate.userId;
}

function loadText(ranked: Ranked): string {
  const { openLeads, capacity } = ranked.candidate;
  return `${openLeads} open of ${capacity}${ranked.weight === DEFAULT_WEIGHT ? "" : `, weight ${ranked.weight}`}`;
}

function tieBreakText(best: Ranked, tied: readonly Ranked[]): string {
  if (tied.length === 0) return "";
  const names = tied.map((ranked) => ranked.candidate.name).join(", ");
  const runnerUp = tied[0] as Ranked;
  let why: string;
  if (compareRecency(best, runnerUp) !== 0) {
    why = best.candidate.lastAssignedAt === null ? "has never been assigned a lead" : "was assigned least recently";
  } else {
    why = "has the lowest user id";
  }
  return `; tied on load with ${names}, and ${best.candidate.name} ${why}`;
}

function waitingReason(reports: readonly CandidateReport[]): string {
  if (reports.length === 0) return "The inbox has no members, so the lead waits unassigned in the inbox";
  const counts = new Map<SkipReason, number>();
  for (const report of reports) {
    if (report.skippedBecause) counts.set(report.skippedBecause, (counts.get(report.skippedBecause) ?? 0) + 1);
  }
  const parts = (Object.keys(SKIP_WORDS) as SkipReason[])
    .filter((reason) => counts.has(reason))
    .map((reason) => `${counts.get(reason)} ${SKIP_WORDS[reason]}`);
  return `Nobody in the inbox can take the lead (${parts.join(", ")}), so it waits unassigned in the inbox`;
}

/**
 * Picks the consultant for a lead among the inbox members. Pure: the caller passes `now` and the
 * members' current load, and stores the returned decision as part of the routing trace.
 */
export function chooseAssignee(input: ChooseAssigneeInput): AssignmentDecision {
  const { candidates, now, preferredUserId = null } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError("now is not a valid date");

  const reports: CandidateReport[] = [];
  const eligible: Ranked[] = [];
  for (const candidate of candidates) {
    const weight = weightOf(candidate);
    const skipped = skipReason(candidate, now);
    reports.push({
      userId: candidate.userId,
      name: candidate.name,
      openLeads: candidate.openLeads,
      capacity: candidate.capacity,
      weight,
      eligible: skipped === null,
      ...(skipped ? { skippedBecause: skipped } : {}),
    });
    if (skipped === null) {
      const lastAssigned =
        candidate.lastAssignedAt === null
          ? Number.NEGATIVE_INFINITY
          : instant(candidate.lastAssignedAt, `Last assignment of user ${candidate.userId}`);
      eligible.push({ candidate, weight, lastAssigned });
    }
  }

  let preferredNote = "";
  if (preferredUserId !== null) {
    const preferred = eligible.find((ranked) => ranked.candidate.userId === preferredUserId);
    if (preferred) {
      return {
        chosen: preferredUserId,
        reason: `Repeat submitter: ${preferred.candidate.name} owns their earlier lead and is available (${loadText(preferred)})`,
        candidates: reports,
      };
    }
    const report = reports.find((candidate) => candidate.userId === preferredUserId);
    preferredNote = report?.skippedBecause
      ? `The earlier lead's owner, ${report.name}, is ${SKIP_WORDS[report.skippedBecause]}. `
      : `The earlier lead's owner (user ${preferredUserId}) is not a member of this inbox. `;
  }

  if (eligible.length === 0)
    return { chosen: null, reason: preferredNote + waitingReason(reports), candidates: reports };

  const ranked = [...eligible].sort(compareRanked);
  const best = ranked[0] as Ranked;
  const tied = ranked.slice(1).filter((other) => compareLoad(best, other) === 0);
  return {
    chosen: best.candidate.userId,
    reason: `${preferredNote}${best.candidate.name} is the least loaded available member (${loadText(best)})${tieBreakText(best, tied)}`,
    candidates: reports,
  };
}

export interface SimulationResult {
  /** Leads assigned per user id (every candidate listed, zero included). */
  counts: Record<number, number>;
  /** Leads that found nobody available. */
  unassigned: number;
  /** The members' state after the last lead. */
  candidates: AssignmentCandidate[];
}

/**
 * Feeds `leads` leads, `spacingMs` apart starting at `start`, through `chooseAssignee`, updating
 * load and last assignment as the real flow does. For fairness checks and for admins previewing
 * the effect of weights and capacities.
 */
export function simulateAssignments(
  candidates: readonly AssignmentCandidate[],
  leads: number,
  start: Date,
  spacingMs = 60_000,
): SimulationResult {
  const state = candidates.map((candidate) => ({ ...candidate }));
  const counts: Record<number, number> = Object.fromEntries(state.map((candidate) => [candidate.userId, 0]));
  let unassigned = 0;
  for (let lead = 0; lead < leads; lead += 1) {
    const now = new Date(start.getTime() + lead * spacingMs);
    const { chosen } = chooseAssignee({ candidates: state, now });
    const owner = state.find((candidate) => candidate.userId === chosen);
    if (!owner) {
      unassigned += 1;
      continue;
    }
    owner.openLeads += 1;
    owner.lastAssignedAt = now.toISOString();
    counts[owner.userId] = (counts[owner.userId] ?? 0) + 1;
  }
  return { counts, unassigned, candidates: state };
}
