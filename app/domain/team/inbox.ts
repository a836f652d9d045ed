import { z } from "zod";
import { personName } from "../text-fields";

export const INBOX_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const WEIGHT_MAX = 10;

const name = personName(80);
const address = z
  .string({ error: "Please enter the inbox's email address" })
  .trim()
  .toLowerCase()
  .max(254, "Please keep this under 254 characters")
  .pipe(z.email({ error: "Please enter a valid email address" }));

/** A new inbox: its short name is what routing rules and the inbox filter use, and cannot change later. */
export const NewInboxSchema = z.object({
  name,
  slug: z
    .string({ error: "Please enter a short name" })
    .trim()
    .min(2, "Please enter at least 2 characters")
    .max(40, "Please keep this under 40 characters")
    .regex(INBOX_SLUG_PATTERN, "Use lowercase letters and digits, words joined by hyphens, like privacy-data"),
  address,
});
export type NewInbox = z.infer<typeof NewInboxSchema>;

const weight = z.coerce
  .number({ error: `Give a share from 1 to ${WEIGHT_MAX}` })
  .int(`Give a share from 1 to ${WEIGHT_MAX}`)
  .min(1, `Give a share from 1 to ${WEIGHT_MAX}`)
  .max(WEIGHT_MAX, `Give a share from 1 to ${WEIGHT_MAX}`);

/** An inbox's name, address and each member's share of its leads (`weight-<user id>` fields). */
export const InboxUpdateSchema = z.object({
  name,
  address,
  weights: z.record(z.string().regex(/^[1-9][0-9]{0,9}$/), weight),
});
export type InboxUpdate = z.infer<typeof InboxUpdateSchema>;

/** Reads the form of an inbox's page: the weight fields are named after the members. */
export function readInboxForm(form: FormData): unknown {
  const weights: Record<string, unknown> = {};
  for (const [key, value] of form) {
    const member = /^weight-(.+)$/.exec(key)?.[1];
    if (member !== undefined) weights[member] = value;
  }
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return { name: text("name"), address: text("address"), weights };
}
