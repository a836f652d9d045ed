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
} from "../domain/routing";
import type { DB } from "./db.server";

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
export async function saveRoutingRuleset(db: DB, input: unknown, { activate = false, now = new Date() } = {}): Promise<RoutingRuleset> {
  const inboxes = await db.selectFrom("inboxes").select("slug").execute();
  const parsed = parseRoutingRuleset(input, inboxes.map((inbox) => inbox.slug));
  if (!parsed.success) throw new RoutingRulesetError(routingIssueLines(parsed.error));
  const ruleset = parsed.data;
  const existing = await db.selectFrom("routing_rulesets").select("version").where("version", "=", ruleset.version).executeTakeFirst();
  if (existing) throw new RoutingRulesetError([`version: ${ruleset.version} already exists; give the new rules a new version`]);
  if (activate) await db.updateTable("routing_rulesets").set({ active: 0 }).where("active", "=", 1).execute();
  await db
    .insertInto("routing_rulesets")
    .values({ version: ruleset.version, ruleset: JSON.stringify(ruleset), active: activate ? 1 : 0, created_at: now.toISOString() })
    .execute();
  return ruleset;
}

export async function activeRoutingRuleset(db: DB): Promise<RoutingRuleset> {
  const row = await db.selectFrom("routing_rulesets").select("ruleset").where("active", "=", 1).executeTakeFirst();
  if (!row) throw new Error("No routing ruleset is active; run `npm run db:seed` to install the demo rules");
  return JSON.parse(row.ruleset) as RoutingRuleset;
}

export type Person = { id: number; name: string; email: string };
export type Inbox = { id: number; slug: string; name: string; address: string };
export type RoutingTrace = { routing: RoutingDecision; assignment: AssignmentDecision; repeatSubmitter: string | null };
export type RoutingOutcome = { inbox: Inbox; owner: Person | null; trace: RoutingTrace };

async function candidatesFor(db: DB, userIds: number[] | null, inboxId: number | null): Promise<(AssignmentCandidate & { email: string })[]> {
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
    .select((eb) =>
      eb
        .selectFrom("leads")
        .select((inner) => inner.fn.countAll<number>().as("open"))
        .whereRef("leads.owner_id", "=", "users.id")
        .where("leads.status", "not in", CLOSED_STATUSES)
        .where("leads.erased_at", "is", null)
        .as("open_leads"),
    );
  if (inboxId !== null) {
    query = query.innerJoin("inbox_members", "inbox_members.user_id", "users.id").where("inbox_members.inbox_id", "=", inboxId).select("inbox_members.weight");
  }
  if (userIds !== null) query = query.where("users.id", "in", userIds);
  const rows = await query.orderBy("users.id").execute();
  return rows.map((row) => ({
    userId: row.id,
    name: row.name,
    email: row.email,
    active: row.active === 1,
    capacity: row.capacity,
    openLeads: Number(row.open_leads ?? 0),
    weight: "weight" in row ? Number(row.weight) : 1,
    outOfOffice: row.out_of_office_from && row.out_of_office_until ? { from: row.out_of_office_from, until: row.out_of_office_until } : null,
    lastAssignedAt: row.last_assigned_at,
  }));
}

/**
 * Decides the inbox by the active rules, then the owner among the inbox's available members.
 * A repeat submitter goes back to the consultant of their earlier lead while that person is
 * available, even from another inbox. Call it inside the transaction that stores the lead.
 */
export async function routeAndAssign(
  db: DB,
  lead: RoutingLead & { earlierOwnerId: number | null },
  now: Date,
): Promise<RoutingOutcome> {
  const ruleset = await activeRoutingRuleset(db);
  const routing = routeLead(ruleset, lead);
  const inbox = await db.selectFrom("inboxes").select(["id", "slug", "name", "address"]).where("slug", "=", routing.inbox).executeTakeFirst();
  if (!inbox) throw new Error(`Routing chose the inbox "${routing.inbox}", which does not exist`);

  const members = await candidatesFor(db, null, inbox.id);
  let assignment: AssignmentDecision | null = null;
  let repeatSubmitter: string | null = null;
  const earlierOwnerId = lead.earlierOwnerId;
  if (earlierOwnerId !== null && !members.some((member) => member.userId === earlierOwnerId)) {
    const earlierOwner = await candidatesFor(db, [earlierOwnerId], null);
    const decision = chooseAssignee({ candidates: earlierOwner, now, preferredUserId: earlierOwnerId });
    if (decision.chosen !== null) assignment = decision;
    repeatSubmitter = decision.chosen !== null ? "Returned to the owner of the earlier lead" : "The earlier lead's owner is not available";
  }
  if (!assignment) {
    assignment = chooseAssignee({ candidates: members, now, preferredUserId: earlierOwnerId });
    if (earlierOwnerId !== null && repeatSubmitter === null) {
      repeatSubmitter = assignment.chosen === earlierOwnerId ? "Returned to the owner of the earlier lead" : "The earlier lead's owner is not available";
    }
  }

  let owner: Person | null = null;
  if (assignment.chosen !== null) {
    const chosen = await db.selectFrom("users").select(["id", "name", "email"]).where("id", "=", assignment.chosen).executeTakeFirstOrThrow();
    await db.updateTable("users").set({ last_assigned_at: now.toISOString() }).where("id", "=", chosen.id).execute();
    owner = chosen;
  }
  return { inbox, owner, trace: { routing, assignment, repeatSubmitter } };
}
