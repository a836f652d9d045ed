import { SAVED_VIEWS_PER_PERSON, type SavedViewAction } from "../../domain/lead-inbox";
import type { DB } from "../storage/db.server";
import type { SavedView } from "./saved-views.types";
export type { SavedView } from "./saved-views.types";

/** A change to saved views that cannot be made; the message is shown beside the form. */
export class SavedViewError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
    this.name = "SavedViewError";
  }
}

/** The person's own views in their order, then the views colleagues shared with the team. */
export async function listSavedViews(db: DB, userId: number): Promise<SavedView[]> {
  const rows = await db
    .selectFrom("saved_views")
    .innerJoin("users", "users.id", "saved_views.owner_id")
    .select([
      "saved_views.id",
      "saved_views.name",
      "saved_views.query",
      "saved_views.shared",
      "saved_views.owner_id",
      "saved_views.position",
      "users.name as ownerName",
    ])
    .where((eb) => eb.or([eb("saved_views.owner_id", "=", userId), eb("saved_views.shared", "=", 1)]))
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      query: row.query,
      shared: row.shared === 1,
      own: row.owner_id === userId,
      ownerName: row.ownerName,
      position: row.position,
    }))
    .sort((a, b) => Number(b.own) - Number(a.own) || a.position - b.position || a.name.localeCompare(b.name))
    .map(({ position: _position, ...view }) => view);
}

/** Saves, deletes or moves one of the person's own views; returns what to confirm. */
export async function changeSavedViews(db: DB, userId: number, change: SavedViewAction, now = new Date()) {
  return db.transaction().execute(async (trx) => {
    if (change.intent === "save") {
      const own = await trx
        .selectFrom("saved_views")
        .select((eb) => [eb.fn.countAll<number>().as("count"), eb.fn.max("position").as("last")])
        .where("owner_id", "=", userId)
        .executeTakeFirstOrThrow();
      if (Number(own.count) >= SAVED_VIEWS_PER_PERSON)
        throw new SavedViewError(`You can keep ${SAVED_VIEWS_PER_PERSON} views; delete one to save another.`);
      await trx
        .insertInto("saved_views")
        .values({
          owner_id: userId,
          name: change.name,
          query: change.query,
          shared: change.shared ? 1 : 0,
          position: (own.last ?? 0) + 1,
          created_at: now.toISOString(),
        })
        .execute();
      return `View "${change.name}" saved${change.shared ? " and shared with the team" : ""}.`;
    }
    // Only its owner changes a view: anyone else's id, shared or not, names nothing to them.
    const view = await trx
      .selectFrom("saved_views")
      .select(["id", "name", "position"])
      .where("id", "=", change.viewId)
      .where("owner_id", "=", userId)
      .executeTakeFirst();
    if (!view) throw new SavedViewError("You have no saved view with that number.", 404);
    if (change.intent === "delete") {
      await trx.deleteFrom("saved_views").where("id", "=", view.id).execute();
      return `View "${view.name}" deleted.`;
    }
    const neighbour = await trx
      .selectFrom("saved_views")
      .select(["id", "position"])
      .where("owner_id", "=", userId)
      .where("position", change.direction === "up" ? "<" : ">", view.position)
      .orderBy("position", change.direction === "up" ? "desc" : "asc")
      .executeTakeFirst();
    if (!neighbour) return `View "${view.name}" is already ${change.direction === "up" ? "first" : "last"}.`;
    await trx.updateTable("saved_views").set({ position: neighbour.position }).where("id", "=", view.id).execute();
    await trx.updateTable("saved_views").set({ position: view.position }).where("id", "=", neighbour.id).execute();
    return `View "${view.name}" moved ${change.direction}.`;
  });
}
