import autocannon from "autocannon";

export type LoadOptions = {
  url: string;
  connections: number;
  /** Run for this long… */
  durationSeconds?: number;
  /** …or until this many responses came back (takes precedence). */
  amount?: number;
  /** Spread this many requests a second over the connections (an open-loop probe) instead of as fast as possible. */
  overallRate?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Per-request set-up and response hooks (autocannon's request sequence). */
  requests?: autocannon.Request[];
};

export type LoadResult = {
  responses: number;
  durationSeconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerResponse: number;
  /** Responses per HTTP status. */
  statuses: Record<string, number>;
  /** Connection errors and timeouts (no response at all). */
  errors: number;
};

// A slow server must show up as high latency, not as requests given up on.
const RESPONSE_TIMEOUT_SECONDS = 60;

function toLoadResult(result: autocannon.Result, durationSeconds: number): LoadResult {
  const responses = result.requests.total;
  const statuses: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = count ?? 0;
  return {
    responses,
    durationSeconds,
    requestsPerSecond: durationSeconds > 0 ? responses / durationSeconds : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerResponse: responses > 0 ? result.throughput.total / responses : 0,
    statuses,
    errors: result.errors,
  };
}

/** Starts a load run with autocannon; `stop` ends it early (e.g. a probe that lasts as long as a burst). */
export function startLoad(options: LoadOptions): { done: Promise<LoadResult>; stop: () => void } {
  let instance: autocannon.Instance | undefined;
  const startedAt = performance.now();
  let lastResponseAt = startedAt;
  /**
   * autocannon ends a run of a fixed number of requests at its next one-second sample after the
   * last response, and reports that as the duration: a burst of 4.2 s would count as 5 s. Such a
   * run is timed here, to its last response, instead.
   */
  const durationOf = (result: autocannon.Result) =>
    options.amount !== undefined ? (lastResponseAt - startedAt) / 1000 : result.duration;
  const done = new Promise<LoadResult>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds ?? 10,
        amount: options.amount,
        overallRate: options.overallRate,
        method: options.method ?? "GET",
        headers: options.headers,
        body: options.body,
        requests: options.requests,
        timeout: RESPONSE_TIMEOUT_SECONDS,
      },
      (error: unknown, result) =>
        error
          ? reject(error instanceof Error ? error : new Error("The load generator failed"))
          : resolve(toLoadResult(result, durationOf(result))),
    );
    instance.on("response", () => {
      lastResponseAt = performance.now();
    });
  });
  return { done, stop: () => instance?.stop() };
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return startLoad(options).done;
}

/** "200: 1520, 304: 3" — what came back, for the table's status column. */
export function describeStatuses(load: LoadResult): string {
  const parts = Object.entries(load.statuses).map(([status, count]) => `${status}×${count}`);
  if (load.errors > 0) parts.push(`errors×${load.errors}`);
  return parts.join(" ");
}
