import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { headers: http.IncomingHttpHeaders; body: string };

/** How the receiver answers: a status code, or a way of misbehaving. */
export type ReceiverMode =
  | { answer: number; location?: string }
  | { hang: true } // never answers
  | { hangUp: true }; // closes the connection without answering

/** A local HTTP server that records what it receives and answers as told, for the delivery tests. */
export async function startReceiver(initial: ReceiverMode = { answer: 204 }) {
  let mode: ReceiverMode = initial;
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      if ("hang" in mode) return;
      if ("hangUp" in mode) {
        request.socket.destroy();
        return;
      }
      response.writeHead(mode.answer, mode.location ? { Location: mode.location } : {});
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answer: (next: ReceiverMode) => (mode = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Checks a Standard Webhooks signature from first principles, independently of the library the
 * portal signs with: HMAC-SHA256 over `id.timestamp.body` with the base64-decoded secret, compared
 * with each `v1,` signature in the space-separated header.
 */
export function signatureMatches(secret: string, headers: http.IncomingHttpHeaders, body: string): boolean {
  const id = String(headers["webhook-id"]);
  const timestamp = String(headers["webhook-timestamp"]);
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return String(headers["webhook-signature"] ?? "")
    .split(" ")
    .some((signature) => signature === `v1,${expected}`);
}
