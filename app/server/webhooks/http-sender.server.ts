import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { type ResolvedAddress, type Resolver, UnsafeAddressError, resolvePublicAddresses } from "./addresses.server";

export type SendOutcome =
  { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string; retryable: boolean };

export type SendOptions = {
  timeoutMs: number;
  allowPrivate: boolean;
  requireHttps: boolean;
  resolve?: Resolver;
  signal?: AbortSignal;
};

/** A `lookup` that answers with addresses already resolved and checked, so the name is not resolved twice. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) {
      callback(null, addresses);
      return;
    }
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const chosen = addresses.find((entry) => wanted === 0 || entry.family === wanted) ?? addresses[0];
    if (!chosen) callback(new UnsafeAddressError("No address to connect to"), "", 0);
    else callback(null, chosen.address, chosen.family);
  };
}

/**
 * POSTs one webhook. The host is resolved and every address checked before connecting, and the
 * connection goes to a checked address (a DNS answer that changes between the check and the
 * connection cannot slip a private address in). Redirects are not followed: a 3xx counts as a
 * failed attempt, so a receiver cannot send the request on to an address that was never checked.
 * The whole exchange, answer included, must finish within `timeoutMs`.
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: SendOptions,
): Promise<SendOutcome> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { ok: false, statusCode: null, error: "The address is not a valid URL", retryable: false };
  }
  if (target.protocol !== "https:" && (options.requireHttps || target.protocol !== "http:"))
    return { ok: false, statusCode: null, error: "Only https:// addresses can receive events", retryable: false };

  let addresses: ResolvedAddress[];
  try {
    addresses = await resolvePublicAddresses(target.hostname, {
      allowPrivate: options.allowPrivate,
      resolve: options.resolve,
    });
  } catch (error) {
    // A name that does not resolve now may later; one that points somewhere private is retried
    // too (DNS may be corrected), and repeated failure disables the endpoint.
    return { ok: false, statusCode: null, error: (error as Error).message, retryable: true };
  }

  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const client = target.protocol === "https:" ? https : http;
  return new Promise<SendOutcome>((resolve) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "ImpactDesk-Webhooks/1",
        },
        lookup: pinnedLookup(addresses),
        agent: false,
        signal,
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        // The answer's body is not needed; reading it to the end lets the exchange finish.
        response.resume();
        response.once("end", () => {
          if (statusCode >= 200 && statusCode < 300) resolve({ ok: true, statusCode });
          else if (statusCode >= 300 && statusCode < 400)
            resolve({ ok: false, statusCode, error: "Redirects are not followed", retryable: true });
          else resolve({ ok: false, statusCode, error: `The receiver answered ${statusCode}`, retryable: true });
        });
        response.once("error", (error) => resolve(failure(error, timeout)));
      },
    );
    request.once("error", (error) => resolve(failure(error, timeout)));
    request.end(body);
  });
}

function failure(error: Error, timeout: AbortSignal): SendOutcome {
  const message = timeout.aborted ? "No answer in time" : error.message || error.name;
  return { ok: false, statusCode: null, error: message.slice(0, 500), retryable: true };
}
