/**
 * The version of the privacy notice shown at /privacy. The qualification flow records it with
 * each visitor's consent, so change it whenever the notice's substance changes.
 */
export const PRIVACY_NOTICE_VERSION = "2026-12-01";
