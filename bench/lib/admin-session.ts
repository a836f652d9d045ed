import SQLite from "better-sqlite3";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "../../db/seed/team";
import { hashPassword } from "../../app/server/auth/passwords.server";

/**
 * In production the demo accounts have no password (see db/seed/team.ts), and the benches run
 * the production build; this gives the demo administrator the demo password in a bench's own
 * database so the bench can sign in as a person would.
 */
export async function giveDemoAdminItsPassword(databasePath: string): Promise<void> {
  const db = new SQLite(databasePath, { fileMustExist: true });
  try {
    const changed = db
      .prepare("UPDATE users SET password_hash = ? WHERE email = ?")
      .run(await hashPassword(DEMO_PASSWORD), DEMO_ADMIN_EMAIL).changes;
    if (changed !== 1) throw new Error(`The demo administrator ${DEMO_ADMIN_EMAIL} is not in ${databasePath}`);
  } finally {
    db.close();
  }
}

/**
 * Signs in through /admin/login as the demo administrator (partner@meridian-audit.example) and
 * returns the session cookie ("name=value") to send with later requests.
 */
export async function signInAsDemoAdmin(
  baseUrl: string,
  { email = DEMO_ADMIN_EMAIL, password = DEMO_PASSWORD } = {},
): Promise<string> {
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
    redirect: "manual",
  });
  await response.arrayBuffer();
  const cookie = response.headers.get("set-cookie")?.split(";")[0] ?? "";
  if (response.status !== 302 || cookie === "") {
    throw new Error(
      `Signing in as ${email} answered ${response.status} without a session; in production give the account a password first (giveDemoAdminItsPassword)`,
    );
  }
  return cookie;
}
