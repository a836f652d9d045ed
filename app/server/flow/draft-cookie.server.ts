import { createCookie, redirect } from "@remix-run/node";
import { type FlowPosition, canEnter, firstIncompleteStep, flowPath } from "../../domain/flow/progress";
import { getDb } from "../storage/db.server";
import { DRAFT_LIFETIME_DAYS, type Draft, findDraftByToken } from "./drafts.server";
import { getEnv } from "../env.server";

let cookie: ReturnType<typeof createCookie> | undefined;

/** The visitor's draft token: http-only, signed, sent only to the flow's pages. */
export function draftCookie() {
  if (!cookie) {
    const env = getEnv();
    cookie = createCookie("impact_draft", {
      httpOnly: true,
      sameSite: "lax",
      secure: env.publicUrl.startsWith("https://"),
      path: "/assess",
      maxAge: DRAFT_LIFETIME_DAYS * 24 * 60 * 60,
      secrets: [env.sessionSecret],
    });
  }
  return cookie;
}

export async function draftCookieHeader(token: string): Promise<string> {
  return draftCookie().serialize(token);
}

/** The visitor's draft, or null when there is no cookie, a forged one, or the draft expired. */
export async function getDraft(request: Request): Promise<Draft | null> {
  const token: unknown = await draftCookie().parse(request.headers.get("Cookie"));
  if (typeof token !== "string" || token.length === 0) return null;
  return findDraftByToken(getDb(), token);
}

/**
 * The visitor's open draft, positioned where they may be: without a draft they go back to the
 * start, a submitted draft sends them to start anew, and a step whose earlier steps are not
 * complete sends them to the first incomplete one.
 */
export async function requireDraftAt(request: Request, position: FlowPosition): Promise<Draft> {
  const draft = await getDraft(request);
  if (!draft || draft.status !== "open") throw redirect("/assess");
  if (!canEnter(position, draft)) throw redirect(flowPath(firstIncompleteStep(draft)));
  return draft;
}
