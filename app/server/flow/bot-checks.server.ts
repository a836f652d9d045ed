import { HONEYPOT_FIELD, TIME_TRAP_FIELD } from "../../domain/flow/bot-fields";
import { signValue, unsignValue } from "../auth/tokens.server";
const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * When the contact step was shown, signed together with the draft it was shown for: a token
 * taken from one visit cannot be replayed on other drafts (one fetch, then many fast submits).
 */
export function timeTrapValue(secret: string, draftId: string, now = Date.now()): string {
  return signValue(secret, `${draftId}:${now}`);
}

function shownAt(secret: string, signed: unknown, draftId: string): number {
  if (typeof signed !== "string") return Number.NaN;
  const [forDraft, at] = (unsignValue(secret, signed) ?? "").split(":");
  return forDraft === draftId ? Number(at) : Number.NaN;
}

export type BotVerdict = { ok: true } | { ok: false; reason: "honeypot" | "too-fast" | "bad-time-token" };

/**
 * Rejects a form whose honeypot was filled, whose start time was forged, stale or issued for
 * another draft, or that came back sooner than a person could have filled it in (`minFillMs`).
 */
export function checkForBots(
  form: FormData,
  {
    secret,
    draftId,
    minFillMs,
    now = Date.now(),
  }: { secret: string; draftId: string; minFillMs: number; now?: number },
): BotVerdict {
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { ok: false, reason: "honeypot" };
  const started = shownAt(secret, form.get(TIME_TRAP_FIELD), draftId);
  if (!Number.isFinite(started) || started > now || now - started > MAX_FORM_AGE_MS) {
    return { ok: false, reason: "bad-time-token" };
  }
  if (now - started < minFillMs) return { ok: false, reason: "too-fast" };
  return { ok: true };
}
