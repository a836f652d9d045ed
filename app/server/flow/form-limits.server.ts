import { getEnv } from "../env.server";
import { RateLimiter } from "../http/rate-limit.server";

const HOUR_MS = 60 * 60 * 1000;

/** The public forms that send email or store a lead, each limited per client address and per email address. */
export type LimitedForm = "submit" | "submit-ceiling" | "resume-link" | "password-reset" | "draft";
export type FormLimiters = { perIp: RateLimiter; perEmail: RateLimiter };

/** Attempts an hour, per client address and per email address. */
function limitsOf(form: LimitedForm): { perIp: number; perEmail: number } {
  switch (form) {
    // Lead submissions: configurable, since a firm's campaigns decide what is normal.
    // Over the first, a submission goes through as an unconfirmed lead (an office behind one
    // address); the ceiling, far above what people do, is refused.
    case "submit":
      return { perIp: getEnv().submitLimitPerIp, perEmail: getEnv().submitLimitPerEmail };
    case "submit-ceiling":
      return { perIp: getEnv().submitCeilingPerIp, perEmail: Number.MAX_SAFE_INTEGER };
    // "Continue later" emails: a few an hour, so the form cannot be used to send spam.
    case "resume-link":
      return { perIp: 10, perEmail: 3 };
    // Password reset emails: so the form cannot flood someone's inbox.
    case "password-reset":
      return { perIp: 20, perEmail: 3 };
    // New drafts (the flow's start page): far above an office starting assessments, far below
    // a script filling the table. Drafts carry no email, so only the address is counted.
    case "draft":
      return { perIp: getEnv().draftLimitPerIp, perEmail: Number.MAX_SAFE_INTEGER };
  }
}

const limiters = new Map<LimitedForm, FormLimiters>();

/** The limiters of one form, made on first use from the settings and kept for the process's life. */
export function formLimiters(form: LimitedForm): FormLimiters {
  let pair = limiters.get(form);
  if (!pair) {
    const limits = limitsOf(form);
    pair = { perIp: new RateLimiter(limits.perIp, HOUR_MS), perEmail: new RateLimiter(limits.perEmail, HOUR_MS) };
    limiters.set(form, pair);
  }
  return pair;
}

/**
 * Counts one attempt of a limited form against both its limits and says whether it may go on.
 * The address is counted first; an address over its limit spends nothing of the email's, so a
 * flood from one place cannot lock a person out.
 */
export function withinFormLimits(form: LimitedForm, { ip, email }: { ip: string; email: string }): boolean {
  const { perIp, perEmail } = formLimiters(form);
  return perIp.attempt(`ip:${ip}`) && perEmail.attempt(`email:${email}`);
}
