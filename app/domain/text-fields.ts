import { z } from "zod";
import { CONTROL_CHARACTERS_MESSAGE, hasOnlyTextCharacters, isSingleLine } from "./control-characters";

/** A one-line name typed by a person (a user, an inbox): trimmed, 2 characters or more, no control characters. */
export function personName(max: number) {
  return z
    .string({ error: "Please enter a name" })
    .trim()
    .min(2, "Please enter at least 2 characters")
    .max(max, `Please keep this under ${max} characters`)
    .refine(isSingleLine, CONTROL_CHARACTERS_MESSAGE);
}

/** Free text that may run over several lines (a note, a reason): no control characters but line breaks and tabs. */
export function plainText(schema: z.ZodString) {
  return schema.refine(hasOnlyTextCharacters, CONTROL_CHARACTERS_MESSAGE);
}
