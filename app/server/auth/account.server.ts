import { type AwayDays, awayPeriod } from "../../domain/team";
import { signIn } from "./auth.server";
import type { DB } from "../storage/db.server";
import { hashPassword } from "./passwords.server";
import { hashToken } from "./tokens.server";

export type PasswordChangeResult =
  { ok: true } | { ok: false; reason: "wrong-current" } | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Changes a signed-in person's password. The current password is checked exactly as at sign-in,
 * so wrong guesses count towards the same throttle. On success every other session of theirs
 * ends (a stolen session does not outlive the change) and unused set-password links are voided;
 * the session making the change stays signed in.
 */
export async function changeOwnPassword(
  db: DB,
  user: { id: number; email: string },
  { current, password }: { current: string; password: string },
  { ip, sessionToken, now = new Date() }: { ip: string; sessionToken: string; now?: Date },
): Promise<PasswordChangeResult> {
  const check = await signIn(db, { email: user.email, password: current, ip, now });
  if (!check.ok) return check.reason === "throttled" ? check : { ok: false, reason: "wrong-current" };
  const passwordHash = await hashPassword(password);
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: at })
      .where("id", "=", user.id)
      .execute();
    await trx
      .updateTable("password_links")
      .set({ used_at: at })
      .where("user_id", "=", user.id)
      .where("used_at", "is", null)
      .execute();
    await trx
      .updateTable("sessions")
      .set({ revoked_at: at })
      .where("user_id", "=", user.id)
      .where("revoked_at", "is", null)
      .where("id_hash", "!=", hashToken(sessionToken))
      .execute();
  });
  return { ok: true };
}

/** Sets or clears someone's own days out of office (whole days in the business time zone). */
export async function setOwnAwayDays(
  db: DB,
  userId: number,
  days: AwayDays,
  { timeZone, now = new Date() }: { timeZone: string; now?: Date },
): Promise<void> {
  const away = days.awayFrom && days.awayUntil ? awayPeriod(days.awayFrom, days.awayUntil, timeZone) : null;
  await db
    .updateTable("users")
    .set({
      out_of_office_from: away?.from ?? null,
      out_of_office_until: away?.until ?? null,
      updated_at: now.toISOString(),
    })
    .where("id", "=", userId)
    .execute();
}
