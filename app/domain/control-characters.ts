/**
 * Characters nobody types into a form: NUL, escape codes, C1 controls and, on one-line fields,
 * line breaks. Stored, they break emails and headers, logs and exports, or hide text on a screen.
 * Shared by every text field a person fills in, public or admin (zod and zod mini alike).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const SINGLE_LINE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** Multi-line text (a message, a note, a reason) keeps line breaks and tabs. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const CONTROL_CHARACTERS_MESSAGE = "Please remove special control characters";

export const isSingleLine = (value: string) => !SINGLE_LINE_CONTROL.test(value);
export const hasOnlyTextCharacters = (value: string) => !MULTI_LINE_CONTROL.test(value);
