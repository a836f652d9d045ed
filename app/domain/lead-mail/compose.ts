import { z } from "zod";
import { CONTROL_CHARACTERS_MESSAGE, hasOnlyTextCharacters, isSingleLine } from "../control-characters";

export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;

/**
 * An email a consultant writes to a lead. The subject becomes a header, so it is one line; the
 * body is plain text and keeps its line breaks.
 */
export const LeadEmailSchema = z.object({
  subject: z
    .string({ error: "Please enter a subject" })
    .trim()
    .min(1, "Please enter a subject")
    .max(SUBJECT_MAX, `Please keep the subject under ${SUBJECT_MAX} characters`)
    .refine(isSingleLine, CONTROL_CHARACTERS_MESSAGE),
  body: z
    .string({ error: "Please write the message" })
    .trim()
    .min(1, "Please write the message")
    .max(BODY_MAX, `Please keep the message under ${BODY_MAX.toLocaleString("en-GB")} characters`)
    .refine(hasOnlyTextCharacters, CONTROL_CHARACTERS_MESSAGE),
});

export type LeadEmailInput = z.infer<typeof LeadEmailSchema>;

/** Text typed as a reply in the local mailbox, standing in for what a visitor's mail program sends. */
export const VisitorReplySchema = z.object({
  text: z
    .string({ error: "Please write the reply" })
    .trim()
    .min(1, "Please write the reply")
    .max(BODY_MAX, `Please keep the reply under ${BODY_MAX.toLocaleString("en-GB")} characters`)
    .refine(hasOnlyTextCharacters, CONTROL_CHARACTERS_MESSAGE),
});

/** A received email's text as stored: line endings made uniform and cut at a generous length. */
export function receivedText(text: string | null | undefined): string {
  const normalised = (text ?? "").replace(/\r\n?/g, "\n").trim();
  return normalised.length > BODY_MAX ? `${normalised.slice(0, BODY_MAX)}\n[…]` : normalised;
}
