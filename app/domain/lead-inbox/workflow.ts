import { z } from "zod";
import { plainText } from "../text-fields";
import { LEAD_STATUSES, type LeadStatus } from "./statuses";

/**
 * Where a lead may go next. Won is final; a lost lead can be reopened as contacted, and a lead
 * marked as spam by mistake goes back to new.
 */
export const NEXT_STATUSES: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = {
  new: ["contacted", "qualified", "lost", "spam"],
  contacted: ["qualified", "proposal", "lost", "spam"],
  qualified: ["proposal", "won", "lost"],
  proposal: ["won", "lost"],
  won: [],
  lost: ["contacted"],
  spam: ["new"],
  // Left only through "Confirm as genuine" or "Mark as spam", which also release or drop its emails.
  unconfirmed: [],
};

export function canMoveTo(from: LeadStatus, to: LeadStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

export const NOTE_MAX_LENGTH = 5_000;

const leadId = z.coerce.number({ error: "Choose a person" }).int().positive();

/** Every change a consultant can make on the lead page, one schema per intent. */
export const TriageActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("note"),
    body: plainText(
      z
        .string({ error: "Please write the note" })
        .trim()
        .min(1, "Please write the note")
        .max(NOTE_MAX_LENGTH, `Please keep notes under ${NOTE_MAX_LENGTH.toLocaleString("en")} characters`),
    ),
    contacted: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
  }),
  z
    .object({
      intent: z.literal("status"),
      status: z.enum(LEAD_STATUSES, { error: "Choose one of the statuses offered" }),
      reason: z.preprocess(
        (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
        plainText(z.string().trim().max(500, "Please keep the reason under 500 characters")).optional(),
      ),
    })
    .refine((value) => value.status !== "lost" || Boolean(value.reason), {
      path: ["reason"],
      message: "Please say why the lead was lost",
    }),
  z.object({ intent: z.literal("claim") }),
  z.object({ intent: z.literal("confirm-genuine") }),
  z.object({ intent: z.literal("confirm-spam") }),
  z.object({ intent: z.literal("reassign"), ownerId: leadId }),
  z.object({ intent: z.literal("move"), inboxId: z.coerce.number({ error: "Choose an inbox" }).int().positive() }),
  z.object({ intent: z.literal("reroute") }),
  z.object({
    intent: z.literal("duplicate"),
    duplicateOf: z
      .string({ error: "Give the reference of the earlier lead, like ID-7K3F9Q" })
      .trim()
      .toUpperCase()
      .regex(/^ID-[0-9A-HJKMNP-TV-Z]{6}$/, "Give the reference of the earlier lead, like ID-7K3F9Q"),
  }),
  z.object({ intent: z.literal("not-duplicate") }),
  z.object({
    intent: z.literal("erase"),
    reason: plainText(
      z
        .string({ error: "Please give the reason for erasure" })
        .trim()
        .min(3, "Please give the reason for erasure")
        .max(500, "Please keep the reason under 500 characters"),
    ),
    confirm: z.literal("on", { error: "Please confirm that the personal data should be erased" }),
  }),
]);

export type TriageAction = z.infer<typeof TriageActionSchema>;
