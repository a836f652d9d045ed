/**
 * The mail worker thread's own entry (built to build/mail-worker.js beside the server build):
 * it loads only what sending email, delivering webhooks, maintenance and checkpoints need, not
 * the routes, the renderer of pages or the HTTP server, so a thread starts in a fraction of the
 * time and memory the whole server module takes (docs/decisions/040).
 */
import { runMailWorkerThread } from "./worker-thread.server";

runMailWorkerThread();
