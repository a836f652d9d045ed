import { type UserUpdate, accessProblem, awayDays, awayPeriod } from "../../domain/team";
import type { DB } from "../storage/db.server";
import { type MailSettings } from "../leads/emails.server";
import { sendPasswordLink } from "./password-links.server";
import { CLOSED_STATUSES } from "../routing/routing.server";
import { revokeUserSessions } from "./sessions.server";
import { RefusedError } from "../http/refused-error.server";
import type { UserAccount } from "./users.types";
export type { UserAccount } from "./users.types";

/** Every user with the inboxes they belong to, for the administrators' list. */
export async function listUsers(db: DB) {
  const [users, memberships] = await Promise.all([
    db
      .selectFrom("users")
      .select(["id", "name", "email", "role", "active", "capacity", "password_hash"])
      .orderBy("name")
      .execute(),
    db
      .selectFrom("inbox_members")
      .innerJoin("inboxes", "inboxes.id", "inbox_members.inbox_id")
      .select(["inbox_members.user_id", "inboxes.name"])
      .orderBy("inboxes.name")
      .execute(),
  ]);
  return users.map(({ password_hash, ...user }) => ({
    ...user,
    active: user.active === 1,
    // An invited user has no password until they follow their link.
    invitationPending: password_hash === null,
    inboxes: memberships.filter((membership) => membership.user_id === user.id).map((membership) => membership.name),
  }));
}

/**
 * Adds a user without a password and emails them a single-use link to choose one, in one
 * transaction: a user is never created without their invitation, nor invited twice.
 */
export async function inviteUser(
  db: DB,
  invite: { email: string; name: string; role: "admin" | "consultant"; inboxIds: number[] },
  mail: MailSettings,
  now = new Date(),
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom("users").select("id").where("email", "=", invite.email).executeTakeFirst()) {
      throw new RefusedError("Someone with that email already has an account.", { field: "email" });
    }
    const known = await trx
      .selectFrom("inboxes")
      .select("id")
      .where("id", "in", invite.inboxIds.length > 0 ? invite.inboxIds : [0])
      .execute();
    if (known.length !== invite.inboxIds.length)
      throw new RefusedError("Choose inboxes from the list.", { field: "inboxIds" });
    const at = now.toISOString();
    const user = await trx
      .insertInto("users")
      .values({
        email: invite.email,
        name: invite.name,
        role: invite.role,
        password_hash: null,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (invite.inboxIds.length > 0)
      await trx
        .insertInto("inbox_members")
        .values(invite.inboxIds.map((inboxId) => ({ inbox_id: inboxId, user_id: user.id })))
        .execute();
    await sendPasswordLink(trx, { userId: user.id, purpose: "invite", mail, now });
    return user.id;
  });
}

/** One user as their page shows them: details, inboxes, availability and how many leads they hold. */
export async function getUserAccount(db: DB, userId: number, timeZone: string): Promise<UserAccount | null> {
  const user = await db
    .selectFrom("users")
    .select([
      "id",
      "name",
      "email",
      "role",
      "active",
      "capacity",
      "out_of_office_from",
      "out_of_office_until",
      "password_hash",
      "created_at",
    ])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user) return null;
  const [memberships, openLeads] = await Promise.all([
    db.selectFrom("inbox_members").select("inbox_id").where("user_id", "=", userId).execute(),
    db
      .selectFrom("leads")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("owner_id", "=", userId)
      .where("status", "not in", CLOSED_STATUSES)
      .where("erased_at", "is", null)
      .executeTakeFirstOrThrow(),
  ]);
  const away =
    user.out_of_office_from && user.out_of_office_until
      ? awayDays({ from: user.out_of_office_from, until: user.out_of_office_until }, timeZone)
      : null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.active === 1,
    capacity: user.capacity,
    awayFrom: away?.awayFrom ?? null,
    awayUntil: away?.awayUntil ?? null,
    invitationPending: user.password_hash === null,
    createdAt: user.created_at,
    inboxIds: memberships.map((membership) => membership.inbox_id),
    openLeads: Number(openLeads.count),
  };
}

/**
 * Saves an administrator's changes to a user in one transaction. Inbox memberships that stay keep
 * their routing weight; new ones start at 1. Making someone inactive ends their sessions and
 * their unused set-password links at once; the leads they own stay theirs until reassigned.
 */
export async function updateUser(
  db: DB,
  editorId: number,
  userId: number,
  update: UserUpdate,
  { timeZone, now = new Date() }: { timeZone: string; now?: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const target = await trx
      .selectFrom("users")
      .select(["id", "role", "active"])
      .where("id", "=", userId)
      .executeTakeFirst();
    if (!target) throw new RefusedError("There is no user with that number.", { field: "form", status: 404 });
    const others = await trx
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("role", "=", "admin")
      .where("active", "=", 1)
      .where("id", "!=", userId)
      .executeTakeFirstOrThrow();
    const problem = accessProblem({
      editorId,
      target: { id: target.id, role: target.role, active: target.active === 1 },
      change: { role: update.role, active: update.active },
      otherActiveAdmins: Number(others.count),
    });
    if (problem) throw new RefusedError(problem.message, { field: problem.field });

    const known = await trx
      .selectFrom("inboxes")
      .select("id")
      .where("id", "in", update.inboxIds.length > 0 ? update.inboxIds : [0])
      .execute();
    if (known.length !== update.inboxIds.length)
      throw new RefusedError("Choose inboxes from the list.", { field: "inboxIds" });

    const at = now.toISOString();
    const away = update.awayFrom && update.awayUntil ? awayPeriod(update.awayFrom, update.awayUntil, timeZone) : null;
    await trx
      .updateTable("users")
      .set({
        name: update.name,
        role: update.role,
        capacity: update.capacity,
        active: update.active ? 1 : 0,
        out_of_office_from: away?.from ?? null,
        out_of_office_until: away?.until ?? null,
        updated_at: at,
      })
      .where("id", "=", userId)
      .execute();

    let removed = trx.deleteFrom("inbox_members").where("user_id", "=", userId);
    if (update.inboxIds.length > 0) removed = removed.where("inbox_id", "not in", update.inboxIds);
    await removed.execute();
    if (update.inboxIds.length > 0) {
      await trx
        .insertInto("inbox_members")
        .values(update.inboxIds.map((inboxId) => ({ inbox_id: inboxId, user_id: userId })))
        .onConflict((conflict) => conflict.columns(["inbox_id", "user_id"]).doNothing())
        .execute();
    }

    if (!update.active && target.active === 1) {
      await revokeUserSessions(trx, userId, now);
      await trx
        .updateTable("password_links")
        .set({ used_at: at })
        .where("user_id", "=", userId)
        .where("used_at", "is", null)
        .execute();
    }
  });
}

/**
 * A fresh invitation link for someone who has not chosen a password yet (the old link may have
 * expired). Returns the address it goes to.
 */
export async function resendInvitation(db: DB, userId: number, mail: MailSettings, now = new Date()): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom("users")
      .select(["active", "password_hash", "email"])
      .where("id", "=", userId)
      .executeTakeFirst();
    if (!user) throw new RefusedError("There is no user with that number.", { field: "form", status: 404 });
    if (user.password_hash !== null)
      throw new RefusedError("This person has already chosen a password; they can reset it from the sign-in page.", {
        field: "form",
      });
    if (user.active !== 1)
      throw new RefusedError("This person is inactive; make them active before inviting them again.", {
        field: "form",
      });
    await sendPasswordLink(trx, { userId, purpose: "invite", mail, now });
    return user.email;
  });
}
