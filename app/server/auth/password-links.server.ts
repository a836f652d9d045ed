import type { DB } from "../storage/db.server";
import { formatDueTime, renderPasswordLink } from "../mail/templates";
import { enqueueEmail } from "../mail/outbox.server";
import { hashPassword } from "./passwords.server";
import { revokeUserSessions } from "./sessions.server";
import { hashToken, randomToken } from "./tokens.server";

export const PASSWORD_LINK_LIFETIME_MS = { reset: 60 * 60 * 1000, invite: 7 * 24 * 60 * 60 * 1000 } as const;

type MailContext = { from: string; firmName: string; publicUrl: string; timeZone: string };

/**
 * Queues a single-use set-password link for a user: a reset (valid an hour) or an invitation
 * (valid a week). Call it in the transaction that makes the change, if there is one.
 */
export async function sendPasswordLink(
  db: DB,
  {
    userId,
    purpose,
    mail,
    now = new Date(),
  }: { userId: number; purpose: "reset" | "invite"; mail: MailContext; now?: Date },
): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select(["email", "name"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_LIFETIME_MS[purpose]);
  await db
    .insertInto("password_links")
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      purpose,
      expires_at: expiresAt.toISOString(),
      used_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  const rendered = await renderPasswordLink({
    firmName: mail.firmName,
    publicUrl: mail.publicUrl,
    purpose,
    name: user.name,
    link: `${mail.publicUrl}/admin/reset/${token}`,
    expiresText: formatDueTime({ at: expiresAt.toISOString(), timeZone: mail.timeZone }),
  });
  await enqueueEmail(
    db,
    { kind: `password-${purpose}`, leadId: null, from: mail.from, to: user.email, ...rendered },
    now,
  );
}

/**
 * "Forgot password": queues a reset link when the address belongs to an active account, and
 * does nothing otherwise. The caller answers the same either way, so the form reveals no accounts.
 */
export async function requestPasswordReset(db: DB, email: string, mail: MailContext): Promise<void> {
  const user = await db.selectFrom("users").select(["id", "active"]).where("email", "=", email).executeTakeFirst();
  if (user?.active === 1) await sendPasswordLink(db, { userId: user.id, purpose: "reset", mail });
}

/** Whether a set-password link can still be used (unknown, used and expired links cannot). */
export async function findUsablePasswordLink(db: DB, token: string, now = new Date()) {
  return db
    .selectFrom("password_links")
    .innerJoin("users", "users.id", "password_links.user_id")
    .select([
      "password_links.token_hash",
      "password_links.user_id",
      "password_links.purpose",
      "users.email",
      "users.active",
    ])
    .where("password_links.token_hash", "=", hashToken(token))
    .where("password_links.used_at", "is", null)
    .where("password_links.expires_at", ">", now.toISOString())
    .where("users.active", "=", 1)
    .executeTakeFirst();
}

/**
 * Sets the password through a link, once: the link is spent, the user's other links too, and
 * every session of the account ends, so whoever held the old password is signed out.
 */
export async function setPasswordWithLink(db: DB, token: string, password: string, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const link = await findUsablePasswordLink(trx, token, now);
    if (!link) return false;
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: now.toISOString() })
      .where("id", "=", link.user_id)
      .execute();
    await trx
      .updateTable("password_links")
      .set({ used_at: now.toISOString() })
      .where("user_id", "=", link.user_id)
      .where("used_at", "is", null)
      .execute();
    await revokeUserSessions(trx, link.user_id, now);
    return true;
  });
}
