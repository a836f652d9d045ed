import { z } from "zod";
import { LEAD_STATUSES } from "../lead-inbox/statuses";
import { NOTE_MAX_LENGTH } from "../lead-inbox/workflow";
import { plainText } from "../text-fields";
import { type DayString, isCalendarDay } from "./follow-ups";

/** How the consultant was in touch. */
export const CONTACT_CHANNELS = ["call", "email", "meeting", "other"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CONTACT_CHANNEL_LABELS: Readonly<Record<ContactChannel, string>> = {
  call: "Call",
  email: "Email",
  meeting: "Meeting",
  other: "Other",
};

/** What came of it. */
export const CONTACT_OUTCOMES = ["reached", "left-message", "no-answer", "wrong-details"] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];
export const CONTACT_OUTCOME_LABELS: Readonly<Record<ContactOutcome, string>> = {
  reached: "Reached them",
  "left-message": "Left a message",
  "no-answer": "No answer",
  "wrong-details": "Contact details did not work",
};

/** A lost lead's reason is taken from the note, which the status change limits to this length. */
export const LOST_REASON_MAX_LENGTH = 500;

const blankAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * "Log contact" in one submit: how and with what result the lead was contacted, an optional note,
 * an optional next status and an optional follow-up day. Built for a given business day, because
 * a follow-up cannot be due before today.
 */
export function logContactSchema(today: DayString) {
  return z
    .object({
      channel: z.enum(CONTACT_CHANNELS, { error: "Choose how you were in touch" }),
      outcome: z.enum(CONTACT_OUTCOMES, { error: "Choose what came of it" }),
      note: z.preprocess(
        blankAsUndefined,
        plainText(
          z
            .string()
            .trim()
            .max(NOTE_MAX_LENGTH, `Please keep notes under ${NOTE_MAX_LENGTH.toLocaleString("en")} characters`),
        ).optional(),
      ),
      status: z.preprocess(
        blankAsUndefined,
        z.enum(LEAD_STATUSES, { error: "Choose one of the statuses offered" }).optional(),
      ),
      followUpOn: z.preprocess(
        blankAsUndefined,
        z
          .string()
          .refine(isCalendarDay, { message: "Give the follow-up date as a day, like 2026-12-03", abort: true })
          .refine((day) => day >= today, "The follow-up date cannot be in the past")
          .optional(),
      ),
    })
    .refine((value) => value.status !== "lost" || Boolean(value.note), {
      path: ["note"],
      message: "Please say in the note why the lead was lost",
    })
    .refine((value) => value.status !== "lost" || (value.note ?? "").length <= LOST_REASON_MAX_LENGTH, {
      path: ["note"],
      message: `A lost lead's reason is its note: please keep it under ${LOST_REASON_MAX_LENGTH} characters`,
    });
}

export type LogContact = z.infer<ReturnType<typeof logContactSchema>>;

/** The title a follow-up is listed under: no free text, so it holds no personal data. */
export function followUpTitle(channel: ContactChannel, outcome: ContactOutcome): string {
  return `Follow up: ${CONTACT_CHANNEL_LABELS[channel].toLowerCase()}, ${CONTACT_OUTCOME_LABELS[outcome].toLowerCase()}`;
}

/** The timeline's line for a logged contact. */
export function contactDetail(data: Record<string, unknown>): string | null {
  const channel = CONTACT_CHANNELS.find((value) => value === data.channel);
  const outcome = CONTACT_OUTCOMES.find((value) => value === data.outcome);
  if (!channel || !outcome) return null;
  const followUp = typeof data.followUpOn === "string" ? `; follow-up on ${data.followUpOn}` : "";
  return `${CONTACT_CHANNEL_LABELS[channel]}: ${CONTACT_OUTCOME_LABELS[outcome]}${followUp}`;
}

/** Marking a follow-up done or open again. */
export const TaskToggleSchema = z.object({
  taskId: z.coerce.number({ error: "Choose a follow-up" }).int().positive(),
  done: z
    .enum(["true", "false"], { error: "Say whether the follow-up is done" })
    .transform((value) => value === "true"),
});
