import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { requireSameOrigin } from "~/server/auth/auth.server";
import { revokeSession, sessionCookie, sessionTokenFrom } from "~/server/auth/sessions.server";

export async function loader() {
  return redirect("/admin");
}

/** Ends the session on the server, not just in the browser: the old cookie opens nothing. */
export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const token = await sessionTokenFrom(request);
  if (token) await revokeSession(context.db, token);
  return redirect("/admin/login", { headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) } });
}
