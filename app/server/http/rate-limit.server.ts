/**
 * Counts attempts per key in a sliding window, in memory. One process serves the portal, so a
 * map is enough; counts reset on restart, which only ever errs towards letting people through.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Records an attempt; false when the key has used up its attempts in the window. */
  attempt(key: string, now = Date.now()): boolean {
    const recent = (this.hits.get(key) ?? []).filter((time) => time > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.delete(key);
    this.hits.set(key, recent);
    // Forget the least recently seen keys rather than grow without bound under a flood.
    while (this.hits.size > this.maxKeys) {
      const oldest = this.hits.keys().next().value;
      if (oldest === undefined) break;
      this.hits.delete(oldest);
    }
    return true;
  }

  /** Seconds until the key may try again. */
  retryAfterSeconds(key: string, now = Date.now()): number {
    const oldest = (this.hits.get(key) ?? []).find((time) => time > now - this.windowMs);
    return oldest === undefined ? 0 : Math.ceil((oldest + this.windowMs - now) / 1000);
  }
}
