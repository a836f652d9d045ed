import { redirect } from "@remix-run/node";
import { z } from "zod";
import type { DB } from "../storage/db.server";
import { sessionTokenFrom } from "../auth/sessions.server";
import { hashToken } from "../auth/tokens.server";

/**
 * One-time messages carried by the signed-in session: an action says what it did ("Contact
 * logged") and redirects; the next page that asks takes the message, which clears it, so a
 * reload or the back button never shows it again. Stored on the server-side session row rather
 * than in the address (`?saved=1` stays in history and in shared links) or in a cookie (which
 * every loader would have to answer with a Set-Cookie header).
 */
export const FlashSchema = z.object({
  message: z.string().min(1).max(300),
  /** "success" for a change made; "info" for something that needs no action. */
  tone: z.enum(["success", "info"]).default("success"),
});
export type Flash = z.infer<typeof FlashSchema>;

/** Leaves a message for the next page this request's session opens; replaces any unread one. */
export async function setFlash(db: DB, request: Request, flash: z.input<typeof FlashSchema>): Promise<void> {
  const token = await sessionTokenFrom(request);
  if (!token) return;
  await db
    .updateTable("sessions")
    .set({ flash: JSON.stringify(FlashSchema.parse(flash)) })
    .where("id_hash", "=", hashToken(token))
    .execute();
}

/**
 * Takes the session's message, if there is one, and clears it: of two pages loading at once only
 * the one whose update clears it shows it. Reading first keeps a page without a message from writing.
 */
export async function takeFlash(db: DB, request: Request): Promise<Flash | null> {
  const token = await sessionTokenFrom(request);
  if (!token) return null;
  const idHash = hashToken(token);
  const waiting = await db
    .selectFrom("sessions")
    .select("flash")
    .where("id_hash", "=", idHash)
    .where("flash", "is not", null)
    .executeTakeFirst();
  if (!waiting?.flash) return null;
  // RETURNING gives the row after the change, so the message is the one read above; the update
  // says whether this request was the one that took it.
  const taken = await db
    .updateTable("sessions")
    .set({ flash: null })
    .where("id_hash", "=", idHash)
    .where("flash", "=", waiting.flash)
    .returning("id_hash")
    .executeTakeFirst();
  return taken ? parseFlash(waiting.flash) : null;
}

function parseFlash(stored: string | null): Flash | null {
  if (stored === null) return null;
  try {
    const parsed = FlashSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Sets the message and answers with a redirect to `to` (an address with an optional #anchor). */
export async function redirectWithFlash(
  db: DB,
  request: Request,
  to: string,
  flash: z.input<typeof FlashSchema>,
): Promise<ReturnType<typeof redirect>> {
  await setFlash(db, request, flash);
  return redirect(to);
}
