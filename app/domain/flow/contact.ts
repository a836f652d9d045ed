import * as z from "zod/mini";

// zod's functional "mini" build: this schema also validates in the browser on the contact step,
// and the mini build lets the bundler keep only the checks used here.

export const MESSAGE_MAX_LENGTH = 2_000;

import { CONTROL_CHARACTERS_MESSAGE, hasOnlyTextCharacters, isSingleLine } from "../control-characters";

// U+FFFD is what bytes that were not valid UTF-8 decode to: the text did not arrive as typed.
const UNREADABLE = /\uFFFD/;
const UNREADABLE_MESSAGE = "Some characters could not be read; please type this again";

function singleLine(label: string, min: number, max: number) {
  return z.string({ error: `Please enter your ${label}` }).check(
    z.trim(),
    z.minLength(min, min <= 1 ? `Please enter your ${label}` : `Please enter at least ${min} characters`),
    z.maxLength(max, `Please keep this under ${max} characters`),
    z.refine(isSingleLine, CONTROL_CHARACTERS_MESSAGE),
    z.refine((value) => !UNREADABLE.test(value), UNREADABLE_MESSAGE),
  );
}

/** Runs `prepare` on the raw value before the schema sees it. */
const preprocess = <T extends z.ZodMiniType>(prepare: (value: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(prepare), schema);

const optionalText = (schema: z.ZodMiniType<string>) =>
  preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.optional(schema));

const checkbox = preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** The contact-and-consent step: who to talk to, and their permission to be contacted. */
export const ContactSchema = z.object({
  name: singleLine("name", 2, 120),
  email: z.pipe(
    z
      .string({ error: "Please enter your work email" })
      .check(z.trim(), z.maxLength(254, "Please keep this under 254 characters")),
    z.email({ error: "Please enter a valid email address, like name@company.com" }),
  ),
  company: singleLine("company name", 1, 160),
  jobTitle: singleLine("job title", 1, 120),
  phone: optionalText(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(32, "Please keep this under 32 characters"),
        z.regex(/^\+?[0-9 ().-]{6,31}$/, "Please enter a phone number using digits, spaces and + ( ) - only"),
      ),
  ),
  message: optionalText(
    z.string().check(
      z.trim(),
      z.maxLength(
        MESSAGE_MAX_LENGTH,
        `Please keep your message under ${MESSAGE_MAX_LENGTH.toLocaleString("en")} characters`,
      ),
      z.refine(hasOnlyTextCharacters, CONTROL_CHARACTERS_MESSAGE),
      z.refine((value) => !UNREADABLE.test(value), UNREADABLE_MESSAGE),
    ),
  ),
  consent: checkbox.check(
    z.refine((value) => value, "Please agree to be contacted so we can follow up on your assessment"),
  ),
  marketingOptIn: checkbox,
});

export type Contact = z.output<typeof ContactSchema>;
export type ContactInput = z.input<typeof ContactSchema>;

export const CONTACT_FIELDS = [
  "name",
  "email",
  "company",
  "jobTitle",
  "phone",
  "message",
  "consent",
  "marketingOptIn",
] as const;

/** The contact step as posted and as kept on the draft: text as typed, checkboxes as "on" or "". */
export type ContactFormValues = Record<(typeof CONTACT_FIELDS)[number], string>;

/**
 * The address used to recognise a repeat submitter: case and surrounding space ignored, and a
 * "+tag" in the local part dropped, since name+news@firm.com reaches the same person.
 */
export function normaliseEmail(email: string): string {
  const [local = "", domain = ""] = email.trim().toLowerCase().split("@");
  return `${local.split("+")[0]}@${domain}`;
}
