import { canViewLead } from "../../domain/lead-inbox";
import type { AuthUser } from "../auth/auth.server";
import type { DB } from "../storage/db.server";
import { type LeadEvent, subscribeToLeadEvents } from "./lead-events.server";

/** Proxies close idle connections after a minute or so; a comment line keeps the stream alive. */
export const HEARTBEAT_MS = 25_000;

/**
 * A `text/event-stream` of the lead events this user may know of: leads they can see (the same
 * rule as the inbox), changed by someone else. Only the lead's id and the kind of change are
 * sent; the page reloads its own data, which checks access again.
 */
export function leadEventStream(db: DB, user: AuthUser, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const forward = async (event: LeadEvent) => {
        if (event.by === user.id) return;
        if (!(await mayKnowOf(db, user, event.leadId))) return;
        send(`event: lead\ndata: ${JSON.stringify({ leadId: event.leadId, kind: event.kind })}\n\n`);
      };
      const unsubscribe = subscribeToLeadEvents((event) => {
        forward(event).catch(() => stop());
      });
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // Already closed by the reader.
        }
      };
      signal.addEventListener("abort", stop);
      // Tell the browser how long to wait before reconnecting, and open the stream at once.
      send("retry: 5000\n\n");
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // The HTTP layer already says "private, no-store"; no-transform adds that nothing between
      // here and the browser may hold the stream back to compress it.
      "Cache-Control": "no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

async function mayKnowOf(db: DB, user: AuthUser, leadId: number): Promise<boolean> {
  if (user.role === "admin") return true;
  const lead = await db
    .selectFrom("leads")
    .select(["inbox_id", "owner_id"])
    .where("id", "=", leadId)
    .executeTakeFirst();
  return lead !== undefined && canViewLead(user, { inboxId: lead.inbox_id, ownerId: lead.owner_id });
}
