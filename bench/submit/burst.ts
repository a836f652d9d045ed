import type autocannon from "autocannon";
import type { LoadOptions } from "../lib/load";
import { type Measurement, measure } from "../lib/measure";

const SUBMIT_PATH = "/assess/review";
const SUMMARY_PATH = "/assess/done/";

/** Where a response sends the visitor, whatever case the server wrote the header in. */
function locationOf(headers: autocannon.Request["headers"]): string {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === "location") return String(value);
  }
  return "";
}

/**
 * Final submits of prepared drafts, one draft per request: each request takes the next draft's
 * cookie, and a submit counts as successful when it redirects to the visitor's summary.
 */
export function finalSubmits(
  baseUrl: string,
  cookies: string[],
  connections: number,
): { options: LoadOptions; successes: () => number } {
  const queue = [...cookies];
  let successes = 0;
  const request: autocannon.Request = {
    method: "POST",
    path: SUBMIT_PATH,
    setupRequest: (prepared) => ({
      ...prepared,
      headers: {
        ...prepared.headers,
        cookie: queue.shift() ?? "",
        origin: baseUrl,
        "content-type": "application/x-www-form-urlencoded",
      },
    }),
    onResponse: (status, _body, _context, headers) => {
      if ((status === 302 || status === 303) && locationOf(headers).startsWith(SUMMARY_PATH)) successes += 1;
    },
  };
  return {
    // autocannon needs at least one request per connection.
    options: {
      url: baseUrl,
      connections: Math.min(connections, cookies.length),
      amount: cookies.length,
      requests: [request],
    },
    successes: () => successes,
  };
}

/** Fires the final submits of the given drafts at the portal and measures the run. */
export async function measureFinalSubmits(
  label: string,
  portal: { baseUrl: string; pid: number },
  cookies: string[],
  connections: number,
): Promise<{ measurement: Measurement; successes: number }> {
  const submits = finalSubmits(portal.baseUrl, cookies, connections);
  const measurement = await measure(label, portal, submits.options);
  return { measurement, successes: submits.successes() };
}
