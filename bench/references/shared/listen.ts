import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Listens on HOST:PORT (127.0.0.1 and a free port unless told otherwise), says where in the words
 * the bench harness waits for, and closes cleanly on SIGTERM.
 */
export function listenAndAnnounce(server: Server, name: string, onClose: () => void = () => undefined): void {
  const host = process.env.HOST ?? "127.0.0.1";
  server.listen(Number(process.env.PORT ?? 0), host, () => {
    const { port } = server.address() as AddressInfo;
    console.log(`${name} listening on http://${host}:${port}`);
  });
  process.once("SIGTERM", () => {
    server.close(() => {
      onClose();
      process.exit(0);
    });
    server.closeIdleConnections();
  });
}
