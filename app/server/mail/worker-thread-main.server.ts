/**
 * The mail worker thread's own entry (built to build/mail-worker.js beside the server build):
 * it loads only what sending email, delivering webhooks, maintenance and checkpoints need, not
 * the routes, the renderer of pages or the HTTP server, so a thread starts in a fraction of the
 * time and memory the whole server module takes (docs/decisions/040).
 */
import { isMailWorkerThread, runMailWorkerThread } from "./worker-thread.server";

// Only the server starts this module, as its mail worker's thread; run on its own it would send
// email from a database it did not migrate, so it refuses.
if (!isMailWorkerThread())
  throw new Error(
    "build/mail-worker.js runs as the server's mail worker thread: start the server (npm start), or send due email once with npm run mail:work",
  );
runMailWorkerThread();
