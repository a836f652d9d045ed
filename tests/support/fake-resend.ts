import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  answered?: Behaviour;
};
export type Behaviour = 200 | 422 | 429 | 500 | "drop" | "hang";

/**
 * A stand-in for Resend's HTTP API on 127.0.0.1. It records every request and answers with the
 * behaviour chosen for it (200 by default); accepted emails get ids `fake-1`, `fake-2`, …
 */
export async function startFakeResend() {
  const requests: RecordedRequest[] = [];
  let behave: (request: RecordedRequest) => Behaviour = () => 200;
  let accepted = 0;

  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const request: RecordedRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      };
      requests.push(request);
      const behaviour = behave(request);
      request.answered = behaviour;
      if (behaviour === "drop") {
        req.socket.destroy();
        return;
      }
      // Accepts the request and never answers, as a provider in trouble may.
      if (behaviour === "hang") return;
      res.setHeader("Content-Type", "application/json");
      if (behaviour === 200) {
        accepted += 1;
        res.end(JSON.stringify({ id: `fake-${accepted}` }));
        return;
      }
      res.statusCode = behaviour;
      const name =
        behaviour === 422 ? "validation_error" : behaviour === 429 ? "rate_limit_exceeded" : "internal_server_error";
      res.end(JSON.stringify({ statusCode: behaviour, name, message: `Fake provider answered ${behaviour}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    /** The idempotency keys of the emails the fake accepted, one per acceptance. */
    acceptedKeys: () =>
      requests
        .filter((request) => request.answered === 200)
        .map((request) => String(request.headers["idempotency-key"])),
    setBehaviour(next: (request: RecordedRequest) => Behaviour) {
      behave = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
