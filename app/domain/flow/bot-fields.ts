/** The honeypot: a field people never see; anything typed into it was typed by a bot. */
export const HONEYPOT_FIELD = "website";
/** A signed time stamp of when the form was shown (the time trap). */
export const TIME_TRAP_FIELD = "formStarted";
