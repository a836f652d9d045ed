import type { InboxUpdate, NewInbox } from "../../domain/team";
import type { DB } from "../storage/db.server";
import { CLOSED_STATUSES, activeRoutingRuleset } from "../routing/routing.server";
import { RefusedError } from "../http/refused-error.server";
import type { InboxSummary } from "./inboxes.types";
export type { InboxSummary } from "./inboxes.types";

/** Every inbox with its members, its open leads and its place in the routing rules in force. */
export async function listInboxes(db: DB): Promise<InboxSummary[]> {
  const [inboxes, members, open, ruleset] = await Promise.all([
    db.selectFrom("inboxes").select(["id", "slug", "name", "address"]).orderBy("name").execute(),
    db
      .selectFrom("inbox_members")
      .innerJoin("users", "users.id", "inbox_members.user_id")
      .select(["inbox_members.inbox_id", "users.id", "users.name", "users.active", "inbox_members.weight"])
      .orderBy("users.name")
      .execute(),
    db
      .selectFrom("leads")
      .select(["inbox_id", (eb) => eb.fn.countAll<number>().as("count")])
      .where("status", "not in", CLOSED_STATUSES)
      .where("erased_at", "is", null)
      .groupBy("inbox_id")
      .execute(),
    activeRoutingRuleset(db),
  ]);
  return inboxes.map((inbox) => ({
    ...inbox,
    members: members
      .filter((member) => member.inbox_id === inbox.id)
      .map((member) => ({ id: member.id, name: member.name, weight: member.weight, active: member.active === 1 })),
    openLeads: Number(open.find((row) => row.inbox_id === inbox.id)?.count ?? 0),
    rules: ruleset.rules.filter((rule) => rule.inbox === inbox.slug).length,
    fallback: ruleset.fallbackInbox === inbox.slug,
  }));
}

/** Inboxes by name, for pickers and labels: every inbox, or only those with the given ids. */
export async function inboxNames(db: DB, ids?: readonly number[]): Promise<{ id: number; name: string }[]> {
  let query = db.selectFrom("inboxes").select(["id", "name"]).orderBy("name");
  if (ids) query = query.where("id", "in", ids.length > 0 ? [...ids] : [0]);
  return query.execute();
}

export async function getInbox(db: DB, id: number): Promise<InboxSummary | null> {
  return (await listInboxes(db)).find((inbox) => inbox.id === id) ?? null;
}

/** Adds an inbox. Its short name must be new: routing rules and saved inbox filters refer to it. */
export async function createInbox(db: DB, inbox: NewInbox, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom("inboxes").select("id").where("slug", "=", inbox.slug).executeTakeFirst()) {
      throw new RefusedError(`There is already an inbox called ${inbox.slug}.`, { field: "slug" });
    }
    const row = await trx
      .insertInto("inboxes")
      .values({ ...inbox, created_at: now.toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** Renames an inbox, changes its address and its members' shares of new leads, in one transaction. */
export async function updateInbox(db: DB, id: number, update: InboxUpdate): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inbox = await trx.selectFrom("inboxes").select("id").where("id", "=", id).executeTakeFirst();
    if (!inbox) throw new RefusedError("There is no inbox with that number.", { field: "form", status: 404 });
    const members = new Set(
      (await trx.selectFrom("inbox_members").select("user_id").where("inbox_id", "=", id).execute()).map((row) =>
        String(row.user_id),
      ),
    );
    const strangers = Object.keys(update.weights).filter((userId) => !members.has(userId));
    if (strangers.length > 0)
      throw new RefusedError(
        "Shares can only be given to the inbox's members; add people to the inbox from their user page.",
        { field: "weights" },
      );
    await trx.updateTable("inboxes").set({ name: update.name, address: update.address }).where("id", "=", id).execute();
    for (const [userId, weight] of Object.entries(update.weights)) {
      await trx
        .updateTable("inbox_members")
        .set({ weight })
        .where("inbox_id", "=", id)
        .where("user_id", "=", Number(userId))
        .execute();
    }
  });
}
