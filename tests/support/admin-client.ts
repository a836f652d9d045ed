import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { hashPassword } from "~/server/auth/passwords.server";
import { type TestServer, startServer } from "./server";
import { sessionCookieFor } from "./sessions";

/** The password the admin tests give the demo team (which has none in production mode). */
export const TEST_PASSWORD = "a long enough password";

/**
 * One hash of the test password for every test file in a worker: hashing is memory-hard on
 * purpose (about 0.2 s of CPU each), and every user may share it, since each hash carries its salt.
 */
let testPasswordHash: Promise<string> | undefined;

export async function giveTeamPasswords(db: DB): Promise<void> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  await db
    .updateTable("users")
    .set({ password_hash: await testPasswordHash })
    .execute();
}

/** Signs in over HTTP and returns the session cookie ("" when sign-in failed). */
export async function signIn(baseUrl: string, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password }),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  return response.headers.get("set-cookie")?.split(";")[0] ?? "";
}

/** A page's HTML without the markers React puts between adjacent text parts, for reading its text. */
export async function readable(response: Response): Promise<string> {
  return (await response.text()).replaceAll("<!-- -->", "");
}

/** Posts a form as a same-origin browser would, without following the redirect. */
export async function postForm(baseUrl: string, path: string, body: URLSearchParams, cookie: string) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: baseUrl },
    redirect: "manual",
  });
  return { status: response.status, location: response.headers.get("location"), text: await readable(response) };
}

/** A session cookie for a user of a test server, started directly (the sign-in tests sign in for real). */
export function sessionFor(server: TestServer, db: DB, email: string): Promise<string> {
  return sessionCookieFor(db, email, server.sessionSecret);
}

/**
 * A built server on its own database, the demo team with passwords (for tests that sign in
 * through the form), and a session of the demo administrator.
 */
export async function startAdminServer(
  env: Record<string, string> = {},
): Promise<{ server: TestServer; db: DB; adminCookie: string }> {
  const server = await startServer(env);
  const db = createDatabase(server.databasePath);
  await giveTeamPasswords(db);
  return { server, db, adminCookie: await sessionFor(server, db, DEMO_ADMIN_EMAIL) };
}

export async function stopAdminServer(running: { server?: TestServer; db?: DB }): Promise<void> {
  await running.db?.destroy();
  await running.server?.stop();
}
