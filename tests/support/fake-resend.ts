import { type IncomingHttpHeaders, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  answered?: Behaviour;
};
export type Behaviour = 200 | 422 | 429 | 500 | "drop" | "hang";

/** A received email as Resend's received-emails API returns it (`GET /emails/receiving/:id`). */
export type FakeReceivedEmail = { id: string; from: string; to: string[]; subject: string; text: string | null };

/**
 * A stand-in for Resend's HTTP API on 127.0.0.1. It records every request and answers with the
 * behaviour chosen for it (200 by default); accepted emails get ids `fake-1`, `fake-2`, …
 * Received emails put in with `receive` are served by the received-emails endpoint; any other id
 * there is a 404, as Resend answers.
 */
export async function startFakeResend() {
  const requests: RecordedRequest[] = [];
  const received = new Map<string, FakeReceivedEmail>();
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
      const receiving = /^\/emails\/receiving\/([^/?]+)$/.exec(request.path);
      if (req.method === "GET" && receiving) {
        answerReceivedEmail(res, received.get(decodeURIComponent(receiving[1] ?? "")));
        return;
      }
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
    /** Makes an email readable through the received-emails API, as Resend holds one it received. */
    receive(email: FakeReceivedEmail) {
      received.set(email.id, email);
    },
    /** The ids the received-emails API was asked for. */
    receivedEmailLookups: () =>
      requests
        .filter((request) => request.method === "GET" && request.path.startsWith("/emails/receiving/"))
        .map((request) => request.path.slice("/emails/receiving/".length)),
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

function answerReceivedEmail(res: ServerResponse, email: FakeReceivedEmail | undefined) {
  res.setHeader("Content-Type", "application/json");
  if (!email) {
    res.statusCode = 404;
    res.end(JSON.stringify({ statusCode: 404, name: "not_found", message: "Email not found" }));
    return;
  }
  res.end(
    JSON.stringify({
      object: "email",
      id: email.id,
      to: email.to,
      from: email.from,
      created_at: new Date().toISOString(),
      subject: email.subject,
      bcc: null,
      cc: null,
      reply_to: null,
      received_for: email.to,
      html: null,
      text: email.text,
      headers: {},
      message_id: `<${email.id}@mail.example>`,
      attachments: [],
    }),
  );
}
