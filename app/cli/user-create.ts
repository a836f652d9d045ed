/**
 * `npm run user:create -- --email a@firm.example --name "A Person" --role admin|consultant
 *  [--inbox slug …] [--password …]`: creates a user who can sign in. Without --password a strong
 * one is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDb } from "../server/storage/db.server";
import { EnvError } from "../server/env.server";
import { migrateToLatest } from "../server/storage/migrate.server";
import { hashPassword } from "../server/auth/passwords.server";

const ArgsSchema = z.object({
  email: z.email({ error: "--email must be an email address" }).transform((email) => email.trim().toLowerCase()),
  name: z.string({ error: "--name is required" }).trim().min(2, "--name must be at least 2 characters").max(120),
  role: z.enum(["admin", "consultant"], { error: "--role must be admin or consultant" }),
  password: z.string().min(12, "--password must be at least 12 characters").max(200).optional(),
  inbox: z.array(z.string()).default([]),
});

try {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      inbox: { type: "string", multiple: true },
    },
  });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => issue.message).join("\n"));
    process.exit(2);
  }
  const db = getDb();
  await migrateToLatest(db);
  const { email, name, role, inbox } = parsed.data;
  const password = parsed.data.password ?? randomBytes(12).toString("base64url");
  if (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst()) {
    console.error(`A user with the email ${email} already exists`);
    process.exit(2);
  }
  const inboxes = await db
    .selectFrom("inboxes")
    .select(["id", "slug"])
    .where("slug", "in", inbox.length > 0 ? inbox : [""])
    .execute();
  const unknown = inbox.filter((slug) => !inboxes.some((row) => row.slug === slug));
  if (unknown.length > 0) {
    console.error(`Unknown inbox: ${unknown.join(", ")}`);
    process.exit(2);
  }
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto("users")
      .values({ email, name, role, password_hash: await hashPassword(password), created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (inboxes.length > 0)
      await trx
        .insertInto("inbox_members")
        .values(inboxes.map((row) => ({ inbox_id: row.id, user_id: user.id })))
        .execute();
  });
  console.log(
    `Created ${role} ${email}${parsed.data.password ? "" : ` with the password ${password} (shown once; ask them to change it)`}`,
  );
  await closeDb();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : `Could not create the user: ${(error as Error).message}`);
  process.exit(1);
}
