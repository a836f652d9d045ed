import type { DB } from "./db.server";
import { type MailSettings } from "./lead-emails.server";
import { sendPasswordLink } from "./password-links.server";

export class UserError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = "UserError";
  }
}

/** Every user with the inboxes they belong to, for the administrators' list. */
export async function listUsers(db: DB) {
  const [users, memberships] = await Promise.all([
    db.selectFrom("users").select(["id", "name", "email", "role", "active", "capacity", "password_hash"]).orderBy("name").execute(),
    db.selectFrom("inbox_members").innerJoin("inboxes", "inboxes.id", "inbox_members.inbox_id").select(["inbox_members.user_id", "inboxes.name"]).orderBy("inboxes.name").execute(),
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
      throw new UserError("email", "Someone with that email already has an account.");
    }
    const known = await trx.selectFrom("inboxes").select("id").where("id", "in", invite.inboxIds.length > 0 ? invite.inboxIds : [0]).execute();
    if (known.length !== invite.inboxIds.length) throw new UserError("inboxIds", "Choose inboxes from the list.");
    const at = now.toISOString();
    const user = await trx
      .insertInto("users")
      .values({ email: invite.email, name: invite.name, role: invite.role, password_hash: null, created_at: at, updated_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (invite.inboxIds.length > 0) await trx.insertInto("inbox_members").values(invite.inboxIds.map((inboxId) => ({ inbox_id: inboxId, user_id: user.id }))).execute();
    await sendPasswordLink(trx, { userId: user.id, purpose: "invite", mail, now });
    return user.id;
  });
}
