import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Resend's HTTP API that accepts every email at once, so a bench runs the portal
 * as production does (the Resend SDK, no local mailbox written to the database) without sending
 * anything. It reads each body to the end but does not parse it: its CPU comes off the same two
 * cores as the server's.
 */
export async function startAcceptingEmailProvider() {
  let accepted = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      accepted += 1;
      res.setHeader("Content-Type", "application/json");
      res.end(`{"id":"bench-${accepted}"}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The settings that point the portal's Resend client at this provider. */
    portalSettings: { RESEND_API_KEY: "re_bench_local_provider", RESEND_BASE_URL: `http://127.0.0.1:${port}` },
    accepted: () => accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
