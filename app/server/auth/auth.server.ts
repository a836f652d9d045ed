import { redirect } from "@remix-run/node";
import type { DB } from "../storage/db.server";
import { getDb } from "../storage/db.server";
import { getEnv } from "../env.server";
import { decoyHash, verifyPassword } from "./passwords.server";
import { isCrossSitePost } from "../http/cross-site.server";
import { findSessionUser, sessionTokenFrom } from "./sessions.server";
import { THROTTLE_WINDOW_MS } from "./time-limits.server";

export type Role = "admin" | "consultant";
export type AuthUser = { id: number; name: string; email: string; role: Role; inboxIds: number[] };

/** Failed sign-ins allowed in the window before an account, or a client address, is made to wait. */
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 20;

export function normaliseSignInEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type SignInResult =
  | { ok: true; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

type Executor = Pick<DB, "selectFrom">;

async function recentFailures(db: Executor, key: string, now: Date): Promise<{ count: number; oldest: string | null }> {
  const row = await db
    .selectFrom("sign_in_failures")
    .select((eb) => [eb.fn.countAll<number>().as("count"), eb.fn.min("at").as("oldest")])
    .where("key", "=", key)
    .where("at", ">", new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString())
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: (row.oldest as string | null) ?? null };
}

/**
 * Counts this attempt against the account and the client address before the password is checked,
 * in one transaction: checking a password takes scrypt about a second, and parallel guesses that
 * each read the count first and wrote their failure afterwards would all slip under the limit.
 * Returns the rows written (to take back if the password turns out right), or how long to wait.
 */
async function countAttempt(
  db: DB,
  keys: { account: string; address: string },
  now: Date,
): Promise<{ ok: true; rowIds: number[] } | { ok: false; retryAfterMinutes: number }> {
  return db.transaction().execute(async (trx) => {
    const [account, address] = await Promise.all([
      recentFailures(trx, keys.account, now),
      recentFailures(trx, keys.address, now),
    ]);
    const blocking =
      account.count >= ACCOUNT_FAILURE_LIMIT ? account : address.count >= ADDRESS_FAILURE_LIMIT ? address : null;
    if (blocking) {
      const freeAt = Date.parse(blocking.oldest ?? now.toISOString()) + THROTTLE_WINDOW_MS;
      return { ok: false as const, retryAfterMinutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) };
    }
    const at = now.toISOString();
    const rows = await trx
      .insertInto("sign_in_failures")
      .values([
        { key: keys.account, at },
        { key: keys.address, at },
      ])
      .returning("id")
      .execute();
    return { ok: true as const, rowIds: rows.map((row) => row.id) };
  });
}

/**
 * Checks an email and password. Unknown emails are checked against a decoy hash so they take as
 * long as wrong passwords; after repeated failures the account and the client address must wait.
 * The attempt is counted as a failure first and forgiven only when the password is right.
 */
export async function signIn(
  db: DB,
  { email, password, ip, now = new Date() }: { email: string; password: string; ip: string; now?: Date },
): Promise<SignInResult> {
  const accountKey = `account:${normaliseSignInEmail(email)}`;
  const counted = await countAttempt(db, { account: accountKey, address: `ip:${ip}` }, now);
  if (!counted.ok) return { ok: false, reason: "throttled", retryAfterMinutes: counted.retryAfterMinutes };

  const user = await db
    .selectFrom("users")
    .select(["id", "password_hash", "active"])
    .where("email", "=", normaliseSignInEmail(email))
    .executeTakeFirst();
  const matches = await verifyPassword(password, user?.password_hash ?? (await decoyHash()));
  if (user && user.password_hash && user.active === 1 && matches) {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom("sign_in_failures").where("key", "=", accountKey).execute();
      await trx.deleteFrom("sign_in_failures").where("id", "in", counted.rowIds).execute();
    });
    return { ok: true, userId: user.id };
  }
  return { ok: false, reason: "invalid" };
}

async function loadUser(db: DB, userId: number): Promise<AuthUser | null> {
  const user = await db
    .selectFrom("users")
    .select(["id", "name", "email", "role", "active"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user || user.active !== 1) return null;
  const inboxes = await db.selectFrom("inbox_members").select("inbox_id").where("user_id", "=", userId).execute();
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    inboxIds: inboxes.map((row) => row.inbox_id),
  };
}

/** The signed-in user, or null (no cookie, a forged one, or a session that ended). */
export async function getUser(request: Request): Promise<AuthUser | null> {
  const token = await sessionTokenFrom(request);
  if (!token) return null;
  const db = getDb();
  const userId = await findSessionUser(db, token);
  return userId === null ? null : loadUser(db, userId);
}

/** Refuses a forged cross-site post before anything else happens (the HTTP layer does too). */
export function requireSameOrigin(request: Request): void {
  const crossSite = isCrossSitePost({
    method: request.method,
    origin: request.headers.get("Origin"),
    fetchSite: request.headers.get("Sec-Fetch-Site"),
    allowedOrigins: [new URL(getEnv().publicUrl).origin, new URL(request.url).origin],
  });
  if (crossSite) throw new Response("Cross-site requests are not accepted", { status: 403 });
}

/**
 * The signed-in user, checked before anything else an admin page or action does: a request
 * from another site is refused, and nobody signed in is sent to the sign-in page.
 */
export async function requireUser(request: Request): Promise<AuthUser> {
  requireSameOrigin(request);
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/admin/login?${new URLSearchParams({ next: url.pathname + url.search })}`);
  }
  return user;
}

export async function requireAdmin(request: Request): Promise<AuthUser> {
  const user = await requireUser(request);
  if (user.role !== "admin") throw new Response("Only administrators may do this", { status: 403 });
  return user;
}
