import { HONEYPOT_FIELD, TIME_TRAP_FIELD } from "../domain/flow/bot-fields";
import { signValue, unsignValue } from "./tokens.server";
const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

export function timeTrapValue(secret: string, now = Date.now()): string {
  return signValue(secret, String(now));
}

export type BotVerdict = { ok: true } | { ok: false; reason: "honeypot" | "too-fast" | "bad-time-token" };

/**
 * Rejects a form whose honeypot was filled, whose start time was forged or is stale, or that
 * came back sooner than a person could have filled it in (`minFillMs`).
 */
export function checkForBots(form: FormData, { secret, minFillMs, now = Date.now() }: { secret: string; minFillMs: number; now?: number }): BotVerdict {
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { ok: false, reason: "honeypot" };
  const signed = form.get(TIME_TRAP_FIELD);
  const started = typeof signed === "string" ? Number(unsignValue(secret, signed)) : Number.NaN;
  if (!Number.isFinite(started) || started > now || now - started > MAX_FORM_AGE_MS) {
    return { ok: false, reason: "bad-time-token" };
  }
  if (now - started < minFillMs) return { ok: false, reason: "too-fast" };
  return { ok: true };
}
