/**
 * How long sign-in records and sessions count, in a module of their own: the maintenance run in
 * the mail worker's thread prunes by them without loading the cookie and session code.
 */

/** Failed sign-ins count against an account or a client address for this long. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/** A session ends after this long without a request … */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** … and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
