import type { Transaction } from "kysely";
import type { Database } from "../../../db/schema";
import type { DB } from "../storage/db.server";

/**
 * Group commit for the final submit. Each submit's writes (lead, documents, verdicts, events,
 * emails, the draft's new state) must be kept or lost together; they need not each pay for a
 * commit of their own. A commit writes every page the transaction touched to the write-ahead log,
 * and one lead touches a page of the table, of each of its indexes, of the search index and of
 * the tallies: most of what a submit costs the database. Submits that arrive while a commit is
 * being written share the next transaction, each in a savepoint of its own:
 *
 * - a submit whose writes fail is rolled back to its savepoint and told so; the others go on;
 * - no submit is told it succeeded before the commit that holds its writes; a failed commit
 *   fails every submit in it, and none of their writes are kept.
 *
 * Between two submits of a group the event loop gets a turn, so a reader's page is not held up
 * behind a whole group.
 */

export type GroupedWork<T> = (trx: Transaction<Database>) => Promise<T>;

type Job = {
  work: GroupedWork<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

/** At most this many submits share a transaction: the write lock is held for one group at a time. */
export const MAX_GROUP_SIZE = 16;

const SAVEPOINT = "submit";

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

class GroupedWriter {
  readonly #db: DB;
  readonly #pending: Job[] = [];
  #writing = false;

  constructor(db: DB) {
    this.#db = db;
  }

  run<T>(work: GroupedWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#writing) {
        this.#writing = true;
        // Submits that arrive within this turn of the event loop join the same group.
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#pending.length > 0) await this.#write(this.#pending.splice(0, MAX_GROUP_SIZE));
    this.#writing = false;
  }

  async #write(group: Job[]): Promise<void> {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      const trx = await this.#db.startTransaction().execute();
      try {
        for (const [index, job] of group.entries()) {
          if (index > 0) await turn();
          const savepoint = await trx.savepoint(SAVEPOINT).execute();
          try {
            const value = await job.work(savepoint);
            await savepoint.releaseSavepoint(SAVEPOINT).execute();
            outcomes.push({ ok: true, value });
          } catch (error) {
            const rolledBack = await savepoint.rollbackToSavepoint(SAVEPOINT).execute();
            await rolledBack.releaseSavepoint(SAVEPOINT).execute();
            outcomes.push({ ok: false, error });
          }
        }
        await trx.commit().execute();
      } catch (error) {
        await trx.rollback().execute();
        throw error;
      }
    } catch (error) {
      // Nothing of the group was kept: every submit in it fails, with the cause.
      for (const job of group) job.reject(error);
      return;
    }
    group.forEach((job, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome?.error);
    });
  }
}

const writers = new WeakMap<DB, GroupedWriter>();

/**
 * Runs `work` in a transaction it may share with other submits, in a savepoint of its own, and
 * resolves once that transaction is committed. `work` must only use the transaction it is given.
 */
export function inGroupedTransaction<T>(db: DB, work: GroupedWork<T>): Promise<T> {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new GroupedWriter(db)));
  return writer.run(work);
}
