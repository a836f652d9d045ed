import {
  type AssignmentCandidate,
  type AssignmentDecision,
  type RoutingDecision,
  type RoutingLead,
  type RoutingRuleset,
  chooseAssignee,
  parseRoutingRuleset,
  routeLead,
  routingIssueLines,
} from "../../domain/routing";
import type { DB } from "../storage/db.server";
import type { Person, Inbox, RoutingOutcome } from "./routing.types";
export type { Person, Inbox, RoutingTrace, RoutingOutcome } from "./routing.types";

/** Statuses in which a lead no longer counts towards a consultant's load. */
export const CLOSED_STATUSES = ["won", "lost", "spam"] as const;

export class RoutingRulesetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The routing rules were not saved:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "RoutingRulesetError";
  }
}

/**
 * Validates and stores a routing ruleset as a new version; refuses unknown fields, operators,
 * values or inboxes and a ruleset without a fallback, saving nothing.
 */
export async function saveRoutingRuleset(
  db: DB,
  input: unknown,
  { activate = false, now = new Date() } = {},
): Promise<RoutingRuleset> {
  const inboxes = await db.selectFrom("inboxes").select("slug").execute();
  const parsed = parseRoutingRuleset(
    input,
    inboxes.map((inbox) => inbox.slug),
  );
  if (!parsed.success) throw new RoutingRulesetError(routingIssueLines(parsed.error));
  const ruleset = parsed.data;
  const existing = await db
    .selectFrom("routing_rulesets")
    .select("version")
    .where("version", "=", ruleset.version)
    .executeTakeFirst();
  if (existing)
    throw new RoutingRulesetError([`version: ${ruleset.version} already exists; give the new rules a new version`]);
  if (activate) await db.updateTable("routing_rulesets").set({ active: 0 }).where("active", "=", 1).execute();
  await db
    .insertInto("routing_rulesets")
    .values({
      version: ruleset.version,
      ruleset: JSON.stringify(ruleset),
      active: activate ? 1 : 0,
      created_at: now.toISOString(),
    })
    .execute();
  return ruleset;
}

// The rules in force change rarely and are read on every submit: each database's versions
// (stored once, never changed) are parsed once.
const parsedRulesets = new WeakMap<DB, Map<string, RoutingRuleset>>();

export async function activeRoutingRuleset(db: DB): Promise<RoutingRuleset> {
  const active = await db.selectFrom("routing_rulesets").select("version").where("active", "=", 1).executeTakeFirst();
  if (!active) throw new Error("No routing ruleset is active; run `npm run db:seed` to install the demo rules");
  let parsed = parsedRulesets.get(db);
  if (!parsed) parsedRulesets.set(db, (parsed = new Map<string, RoutingRuleset>()));
  const known = parsed.get(active.version);
  if (known) return known;
  const row = await db
    .selectFrom("routing_rulesets")
    .select("ruleset")
    .where("version", "=", active.version)
    .executeTakeFirstOrThrow();
  const ruleset = JSON.parse(row.ruleset) as RoutingRuleset;
  parsed.set(active.version, ruleset);
  return ruleset;
}

function candidateQuery(db: DB, userIds: number[] | null, inboxId: number | null) {
  let query = db
    .selectFrom("users")
    .select([
      "users.id",
      "users.name",
      "users.email",
      "users.active",
      "users.capacity",
      "users.out_of_office_from",
      "users.out_of_office_until",
      "users.last_assigned_at",
    ])
    // Open leads per person come from the tallies the database keeps, a handful of rows each,
    // instead of counting the person's leads on every submit.
    .select((eb) =>
      eb
        .selectFrom("lead_tallies")
        .select((inner) => inner.fn.sum<number>("lead_tallies.leads").as("open"))
        .whereRef("lead_tallies.owner_key", "=", "users.id")
        .where("lead_tallies.status", "not in", CLOSED_STATUSES)
        .where("lead_tallies.erased", "=", 0)
        .as("open_leads"),
    );
  if (inboxId !== null) {
    query = query
      .innerJoin("inbox_members", "inbox_members.user_id", "users.id")
      .where("inbox_members.inbox_id", "=", inboxId)
      .select("inbox_members.weight");
  }
  if (userIds !== null) query = query.where("users.id", "in", userIds);
  return query.orderBy("users.id");
}

/** The query that reads an inbox's candidates, for tests that check its plan. */
export function candidateQueryForPlan(db: DB, inboxId: number) {
  return candidateQuery(db, null, inboxId).compile();
}

async function candidatesFor(
  db: DB,
  userIds: number[] | null,
  inboxId: number | null,
): Promise<(AssignmentCandidate & { email: string })[]> {
  const rows = await candidateQuery(db, userIds, inboxId).execute();
  return rows.map((row) => ({
    userId: row.id,
    name: row.name,
    email: row.email,
    active: row.active === 1,
    capacity: row.capacity,
    openLeads: Number(row.open_leads ?? 0),
    weight: "weight" in row ? Number(row.weight) : 1,
    outOfOffice:
      row.out_of_office_from && row.out_of_office_until
        ? { from: row.out_of_office_from, until: row.out_of_office_until }
        : null,
    lastAssignedAt: row.last_assigned_at,
  }));
}

export type InboxDecision = { routing: RoutingDecision; inbox: Inbox };

/**
 * Which inbox a lead goes to under the rules in force. Reads only the rules and the inboxes,
 * so a new lead's inbox is decided before the transaction that stores it.
 */
export async function decideInbox(db: DB, lead: RoutingLead): Promise<InboxDecision> {
  const ruleset = await activeRoutingRuleset(db);
  const routing = routeLead(ruleset, lead);
  const inbox = await db
    .selectFrom("inboxes")
    .select(["id", "slug", "name", "address"])
    .where("slug", "=", routing.inbox)
    .executeTakeFirst();
  if (!inbox) throw new Error(`Routing chose the inbox "${routing.inbox}", which does not exist`);
  return { routing, inbox };
}

/**
 * Chooses the owner among the inbox's available members. A repeat submitter goes back to the
 * consultant of their earlier lead while that person is available, even from another inbox.
 * Call it inside the transaction that stores the assignment, so loads are read consistently.
 */
export async function assignOwner(
  db: DB,
  { routing, inbox }: InboxDecision,
  earlierOwnerId: number | null,
  now: Date,
): Promise<RoutingOutcome> {
  const members = await candidatesFor(db, null, inbox.id);
  let assignment: AssignmentDecision | null = null;
  let repeatSubmitter: string | null = null;
  if (earlierOwnerId !== null && !members.some((member) => member.userId === earlierOwnerId)) {
    const earlierOwner = await candidatesFor(db, [earlierOwnerId], null);
    const decision = chooseAssignee({ candidates: earlierOwner, now, preferredUserId: earlierOwnerId });
    if (decision.chosen !== null) assignment = decision;
    repeatSubmitter =
      decision.chosen !== null
        ? "Returned to the owner of the earlier lead"
        : "The earlier lead's owner is not available";
  }
  if (!assignment) {
    assignment = chooseAssignee({ candidates: members, now, preferredUserId: earlierOwnerId });
    if (earlierOwnerId !== null && repeatSubmitter === null) {
      repeatSubmitter =
        assignment.chosen === earlierOwnerId
          ? "Returned to the owner of the earlier lead"
          : "The earlier lead's owner is not available";
    }
  }

  let owner: Person | null = null;
  if (assignment.chosen !== null) {
    const chosen = members.find((member) => member.userId === assignment.chosen);
    owner = chosen
      ? { id: chosen.userId, name: chosen.name, email: chosen.email }
      : await db
          .selectFrom("users")
          .select(["id", "name", "email"])
          .where("id", "=", assignment.chosen)
          .executeTakeFirstOrThrow();
    await db.updateTable("users").set({ last_assigned_at: now.toISOString() }).where("id", "=", owner.id).execute();
  }
  return { inbox, owner, trace: { routing, assignment, repeatSubmitter } };
}

/** Decides the inbox by the active rules, then the owner; for re-routing a stored lead. */
export async function routeAndAssign(
  db: DB,
  lead: RoutingLead & { earlierOwnerId: number | null },
  now: Date,
): Promise<RoutingOutcome> {
  return assignOwner(db, await decideInbox(db, lead), lead.earlierOwnerId, now);
}
