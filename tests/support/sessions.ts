import type { DB } from "~/server/storage/db.server";
import { createSession, createSessionCookie } from "~/server/auth/sessions.server";

export const SESSION_COOKIE_NAME = "impact_session";

/**
 * Starts a session for a user the way a successful sign-in does (a row in `sessions`, a cookie
 * signed with the server's secret) and returns the cookie's value. Tests of anything but signing
 * in start here: signing in through the form costs a password check each time, and the sign-in
 * tests cover that path.
 */
export async function startSessionFor(db: DB, email: string, secret: string): Promise<string> {
  const user = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  const token = await createSession(db, user.id, { ip: "127.0.0.1", userAgent: "test" });
  const header = await createSessionCookie({ secret, secure: false }).serialize(token);
  const value = header.split(";")[0]?.slice(`${SESSION_COOKIE_NAME}=`.length) ?? "";
  if (!value) throw new Error("The session cookie came out empty");
  return value;
}

/** The same session as a Cookie header ("impact_session=…"), for requests made over HTTP. */
export async function sessionCookieFor(db: DB, email: string, secret: string): Promise<string> {
  return `${SESSION_COOKIE_NAME}=${await startSessionFor(db, email, secret)}`;
}
