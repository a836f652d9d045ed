import { z } from "zod";
import { personName } from "../text-fields";
import { formatLocalDate, localDateOf, startOfLocalDay } from "../sla";

export const ROLES = ["admin", "consultant"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Readonly<Record<Role, string>> = { admin: "Administrator", consultant: "Consultant" };

export const CAPACITY_MAX = 500;
/** Out-of-office periods are planned, not open-ended: at most a year ahead of their start. */
export const AWAY_MAX_DAYS = 366;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const day = (what: string) =>
  z.preprocess(blankToUndefined, z.iso.date({ error: `Give the ${what} date as a calendar date` }).optional());

const daysBetween = (from: string, until: string) =>
  (Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

const awayFields = { awayFrom: day("first day away"), awayUntil: day("last day away") };

/** Both days away or neither, in order, and not more than a year. */
function checkAwayDays(days: { awayFrom?: string; awayUntil?: string }, context: z.RefinementCtx) {
  if (Boolean(days.awayFrom) !== Boolean(days.awayUntil)) {
    context.addIssue({
      code: "custom",
      path: [days.awayFrom ? "awayUntil" : "awayFrom"],
      message: "Give both the first and the last day away, or neither",
    });
  } else if (days.awayFrom && days.awayUntil) {
    const length = daysBetween(days.awayFrom, days.awayUntil);
    if (length < 0)
      context.addIssue({
        code: "custom",
        path: ["awayUntil"],
        message: "The last day away must not be before the first",
      });
    else if (length >= AWAY_MAX_DAYS)
      context.addIssue({
        code: "custom",
        path: ["awayUntil"],
        message: `Plan at most ${AWAY_MAX_DAYS} days away at a time`,
      });
  }
}

/** Someone's own days out of office, as they set them on their account page. */
export const AwayDaysSchema = z.object(awayFields).superRefine(checkAwayDays);
export type AwayDays = z.infer<typeof AwayDaysSchema>;

/** What an administrator may change about a user on their page. */
export const UserUpdateSchema = z
  .object({
    name: personName(120),
    role: z.enum(ROLES, { error: "Choose a role" }),
    inboxIds: z
      .array(z.coerce.number({ error: "Choose inboxes from the list" }).int().positive("Choose inboxes from the list"))
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, "Choose each inbox once"),
    capacity: z.coerce
      .number({ error: "Give the number of open leads as a whole number" })
      .int("Give the number of open leads as a whole number")
      .min(1, "Give at least 1 open lead (mark the person inactive to stop new leads)")
      .max(CAPACITY_MAX, `Give at most ${CAPACITY_MAX} open leads`),
    active: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
    ...awayFields,
  })
  .superRefine(checkAwayDays);
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

/**
 * An out-of-office period given as whole days, in the business time zone, turned into the
 * half-open span of instants routing reads: from the first day's midnight to the midnight after
 * the last day.
 */
export function awayPeriod(awayFrom: string, awayUntil: string, timeZone: string): { from: string; until: string } {
  return { from: startOfLocalDay(awayFrom, timeZone), until: startOfLocalDay(awayUntil, timeZone, 1) };
}

/** The stored period back as the first and last day away, as the form shows them. */
export function awayDays(
  period: { from: string; until: string },
  timeZone: string,
): { awayFrom: string; awayUntil: string } {
  const first = localDateOf(Date.parse(period.from), timeZone);
  // The end is exclusive: the last day away is the day of the instant just before it.
  const last = localDateOf(Date.parse(period.until) - 1, timeZone);
  return { awayFrom: formatLocalDate(first), awayUntil: formatLocalDate(last) };
}

/** Who is being changed, and the administrators who would remain after the change. */
export interface RoleGuardInput {
  editorId: number;
  target: { id: number; role: Role; active: boolean };
  change: { role: Role; active: boolean };
  /** Active administrators other than the target. */
  otherActiveAdmins: number;
}

/**
 * The changes that would lock people out: an administrator cannot take away their own access
 * (they would lose this page mid-change), and the last active administrator stays one.
 */
export function accessProblem({
  editorId,
  target,
  change,
  otherActiveAdmins,
}: RoleGuardInput): { field: "role" | "active"; message: string } | null {
  const self = editorId === target.id;
  if (self && !change.active)
    return { field: "active", message: "You cannot make yourself inactive; ask another administrator" };
  if (self && change.role !== "admin")
    return { field: "role", message: "You cannot give up your own administrator role; ask another administrator" };
  const remainsAdmin = change.role === "admin" && change.active;
  if (target.role === "admin" && target.active && !remainsAdmin && otherActiveAdmins === 0) {
    return {
      field: change.active ? "role" : "active",
      message: "This is the last active administrator; make someone else an administrator first",
    };
  }
  return null;
}
