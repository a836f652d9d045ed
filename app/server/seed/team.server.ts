import { DEMO_INBOXES, DEMO_PASSWORD, DEMO_USERS } from "../../../db/seed/team";
import { DEMO_ROUTING_RULESET } from "../../domain/routing";
import type { DB } from "../storage/db.server";
import { hashPassword } from "../auth/passwords.server";
import { saveRoutingRuleset } from "../routing/routing.server";

const demoHashes = new Map<string, Promise<string>>();

/** One hash for every demo account: hashing is deliberately slow, and they share the password. */
function demoPasswordHash(password: string): Promise<string> {
  let hash = demoHashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    demoHashes.set(password, hash);
  }
  return hash;
}

/**
 * Seeds the demo inboxes, consultants and routing rules where they are missing. Existing rows
 * are left as they are, so running it again changes nothing.
 */
export async function seedDemoTeam(
  db: DB,
  { now = new Date(), demoPassword = DEMO_PASSWORD }: { now?: Date; demoPassword?: string | null } = {},
): Promise<{ inboxes: number; users: number; ruleset: boolean }> {
  const timestamp = now.toISOString();
  const passwordHash = demoPassword ? await demoPasswordHash(demoPassword) : null;
  return db.transaction().execute(async (trx) => {
    const inboxes = await trx
      .insertInto("inboxes")
      .values(DEMO_INBOXES.map((inbox) => ({ ...inbox, created_at: timestamp })))
      .onConflict((oc) => oc.column("slug").doNothing())
      .executeTakeFirst();
    const users = await trx
      .insertInto("users")
      .values(
        DEMO_USERS.map(({ inboxes: _inboxes, ...user }) => ({
          ...user,
          password_hash: passwordHash,
          created_at: timestamp,
          updated_at: timestamp,
        })),
      )
      .onConflict((oc) => oc.column("email").doNothing())
      .executeTakeFirst();
    const inboxIds = new Map(
      (await trx.selectFrom("inboxes").select(["id", "slug"]).execute()).map((row) => [row.slug, row.id]),
    );
    const userIds = new Map(
      (await trx.selectFrom("users").select(["id", "email"]).execute()).map((row) => [row.email, row.id]),
    );
    const memberships = DEMO_USERS.flatMap((user) =>
      Object.entries(user.inboxes).map(([slug, weight]) => ({
        inbox_id: inboxIds.get(slug) ?? 0,
        user_id: userIds.get(user.email) ?? 0,
        weight,
      })),
    );
    await trx
      .insertInto("inbox_members")
      .values(memberships)
      .onConflict((oc) => oc.columns(["inbox_id", "user_id"]).doNothing())
      .execute();

    const active = await trx
      .selectFrom("routing_rulesets")
      .select("version")
      .where("active", "=", 1)
      .executeTakeFirst();
    if (!active) await saveRoutingRuleset(trx, DEMO_ROUTING_RULESET, { activate: true, now });
    return {
      inboxes: Number(inboxes.numInsertedOrUpdatedRows ?? 0),
      users: Number(users.numInsertedOrUpdatedRows ?? 0),
      ruleset: !active,
    };
  });
}
