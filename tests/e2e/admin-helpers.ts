import type { Page } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "../../db/seed/team";
import { createDatabase } from "~/server/storage/db.server";
import { hashPassword } from "~/server/auth/passwords.server";
import { TEST_PASSWORD } from "../support/admin-client";
import { SESSION_COOKIE_NAME, startSessionFor } from "../support/sessions";
import { type FactoryLead, type LeadSpec, generateLeadSpecs, insertLeadSpecs, loadTeam } from "../support/lead-factory";
import { expect } from "./fixtures";

export const ADMIN = DEMO_ADMIN_EMAIL;
export const PASSWORD = TEST_PASSWORD;

const database = () => createDatabase(process.env.E2E_DATABASE_PATH ?? "");

/** Demo accounts have no password in production mode; gives the partner one for the browser tests. */
export async function giveAdminPassword(): Promise<void> {
  await givePassword(ADMIN);
}

/** Gives a demo account the test password. */
export async function givePassword(email: string): Promise<void> {
  const db = database();
  await db
    .updateTable("users")
    .set({ password_hash: await hashPassword(PASSWORD) })
    .where("email", "=", email)
    .execute();
  await db.destroy();
}

/** Opens `next` signed in as the partner (see signInAs). */
export async function signInAsAdmin(page: Page, next = "/admin", databasePath?: string): Promise<void> {
  await signInAs(page, ADMIN, next, databasePath);
}

/**
 * Opens `next` signed in as `email`: the session is started directly, as a successful sign-in
 * starts it, and its cookie given to the browser. Signing in through the form (a password check
 * and two page loads each time) is what admin.spec.ts tests; the other specs start here.
 */
export async function signInAs(
  page: Page,
  email: string,
  next = "/admin",
  databasePath = process.env.E2E_DATABASE_PATH ?? "",
): Promise<void> {
  const db = createDatabase(databasePath);
  try {
    const value = await startSessionFor(db, email, process.env.E2E_SESSION_SECRET ?? "");
    await page
      .context()
      .addCookies([
        { name: SESSION_COOKIE_NAME, value, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" },
      ]);
  } finally {
    await db.destroy();
  }
  await page.goto(next);
  await expect(page).not.toHaveURL(/\/admin\/login/);
}

/** New, unassigned leads written straight into the database, all under one company name to search for. */
export async function insertNewLeads(company: string, count: number): Promise<FactoryLead[]> {
  return insertLeads(
    Array.from({ length: count }, () => ({ company, status: "new" as const, ownerId: null, firstResponseAt: null })),
  );
}

/** The id of a demo user or inbox, by email or slug. */
export async function idOf(table: "users" | "inboxes", key: string): Promise<number> {
  const db = database();
  try {
    return table === "users"
      ? (await db.selectFrom("users").select("id").where("email", "=", key).executeTakeFirstOrThrow()).id
      : (await db.selectFrom("inboxes").select("id").where("slug", "=", key).executeTakeFirstOrThrow()).id;
  } finally {
    await db.destroy();
  }
}

/** Leads written straight into the database, each a generated lead with the given fields replaced. */
export async function insertLeads(overrides: Partial<LeadSpec>[]): Promise<FactoryLead[]> {
  const db = database();
  try {
    const generated = generateLeadSpecs(await loadTeam(db), {
      count: overrides.length,
      seed: Date.now() % 100_000,
      now: new Date(),
    });
    const specs = generated.map((spec, index) => ({ ...spec, ...overrides[index] }));
    // The server may be writing a lead for another test at the same moment; a busy database is tried again.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await insertLeadSpecs(db, specs);
      } catch (error) {
        if (attempt >= 5 || !String((error as { code?: string }).code).startsWith("SQLITE_BUSY")) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    await db.destroy();
  }
}

/** A lead's status and owner as stored. */
export async function storedState(ids: number[]) {
  const db = database();
  try {
    return await db
      .selectFrom("leads")
      .select(["id", "status", "owner_id"])
      .where("id", "in", ids)
      .orderBy("id")
      .execute();
  } finally {
    await db.destroy();
  }
}
