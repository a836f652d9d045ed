import { type Kysely, sql } from "kysely";

/**
 * The deliveries a sender abandoned (still marked as sending after their lease ran out) are found
 * through an index of their own. The worker asks for them on every claim; without it SQLite read
 * every pending delivery to find the few being sent, and the claim is a write that holds the lock
 * while it reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index webhook_deliveries_leased on webhook_deliveries (lease_until) where status = 'sending'`.execute(
    db,
  );
}
