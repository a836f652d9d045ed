/**
 * A bulkhead: at most `limit` callers run a section at once; the others wait their turn, in order,
 * without using the CPU. The final submit's work (assessment, compression, its transaction) takes
 * milliseconds of the one request thread; fifty of them at once would queue ahead of every
 * reader's page. With a few in flight, a page asked for during a burst waits behind a few submits
 * at most, and the submits still fill a group commit (`grouped-writes.server.ts`).
 */
export class Bulkhead {
  readonly #limit: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`A bulkhead needs a limit of 1 or more, got ${limit}`);
    this.#limit = limit;
  }

  /** How many callers are waiting for a place (for tests and logs). */
  get waiting(): number {
    return this.#waiting.length;
  }

  async run<T>(section: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#running += 1;
    try {
      return await section();
    } finally {
      // The place passes straight to the next caller in line, so a newcomer cannot overtake it.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running -= 1;
    }
  }
}
