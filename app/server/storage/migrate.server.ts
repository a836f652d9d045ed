import { type Kysely, type MigrationResult, Migrator } from "kysely";
import { MIGRATIONS } from "../../../db/migrations";

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly results: MigrationResult[] = [],
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

/** Applies every pending migration; returns the names applied in this run. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the database as it was, not as typed today
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === "Error");
    const detail = error instanceof Error ? error.message : JSON.stringify(error);
    throw new MigrationError(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${detail}`, results);
  }
  return results.filter((result) => result.status === "Success").map((result) => result.migrationName);
}
