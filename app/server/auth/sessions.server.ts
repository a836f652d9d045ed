import { createCookie } from "@remix-run/node";
import type { DB } from "../storage/db.server";
import { getEnv } from "../env.server";
import { hashToken, randomToken } from "./tokens.server";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "./time-limits.server";

/** Last-seen times are written at most this often, so reading pages does not mean writing rows. */
const TOUCH_EVERY_MS = 60 * 1000;

let cookie: ReturnType<typeof createCookie> | undefined;

/** The session cookie signed with `secret`: the server's own, or a script's that starts sessions for it. */
export function createSessionCookie({ secret, secure }: { secret: string; secure: boolean }) {
  return createCookie("impact_session", { httpOnly: true, sameSite: "lax", secure, path: "/", secrets: [secret] });
}

export function sessionCookie() {
  if (!cookie) {
    const env = getEnv();
    cookie = createSessionCookie({
      secret: env.sessionSecret,
      secure: env.isProduction || env.publicUrl.startsWith("https://"),
    });
  }
  return cookie;
}

export async function createSession(
  db: DB,
  userId: number,
  { ip, userAgent, now = new Date() }: { ip: string | null; userAgent: string | null; now?: Date },
): Promise<string> {
  const token = randomToken();
  await db
    .insertInto("sessions")
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
      revoked_at: null,
      ip: ip?.slice(0, 100) ?? null,
      user_agent: userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

/** The user of a live session: not revoked, not past its absolute end, not idle too long. */
export async function findSessionUser(db: DB, token: string, now = new Date()): Promise<number | null> {
  const session = await db
    .selectFrom("sessions")
    .select(["id_hash", "user_id", "last_seen_at"])
    .where("id_hash", "=", hashToken(token))
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .where("last_seen_at", ">", new Date(now.getTime() - SESSION_IDLE_MS).toISOString())
    .executeTakeFirst();
  if (!session) return null;
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: now.toISOString() })
      .where("id_hash", "=", session.id_hash)
      .execute();
  }
  return session.user_id;
}

export async function revokeSession(db: DB, token: string, now = new Date()): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now.toISOString() })
    .where("id_hash", "=", hashToken(token))
    .execute();
}

export async function revokeUserSessions(db: DB, userId: number, now = new Date()): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now.toISOString() })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .execute();
}

/**
 * Starts a signed-in session after a successful sign-in and returns its Set-Cookie header. The
 * session the request came with, if any, is revoked first: a new id at every sign-in, so a
 * session fixed before sign-in is never the one that gets rights.
 */
export async function startSession(
  db: DB,
  request: Request,
  { userId, ip }: { userId: number; ip: string },
): Promise<string> {
  const previous = await sessionTokenFrom(request);
  if (previous) await revokeSession(db, previous);
  const token = await createSession(db, userId, { ip, userAgent: request.headers.get("User-Agent") });
  return sessionCookie().serialize(token);
}

export async function sessionTokenFrom(request: Request): Promise<string | null> {
  const token: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof token === "string" && token.length > 0 ? token : null;
}
