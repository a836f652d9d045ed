import type { LoaderFunctionArgs } from "@remix-run/node";
import { getUser, requireSameOrigin } from "~/server/auth/auth.server";
import { leadEventStream } from "~/server/live/lead-event-stream.server";

const refuse = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * The inbox's live updates (server-sent events). A stream cannot follow a redirect to the
 * sign-in page, so nobody signed in gets a plain 401 instead.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  requireSameOrigin(request);
  const user = await getUser(request);
  if (!user) return refuse("Sign in to follow the inbox.", 401);
  if (user.role !== "admin" && user.role !== "consultant") return refuse("Not allowed.", 403);
  return leadEventStream(context.db, user, request.signal);
}
