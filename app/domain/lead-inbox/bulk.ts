import { z } from "zod";
import { plainText } from "../text-fields";
import { LEAD_STATUSES, isLeadStatus, leadStatusLabel } from "./statuses";
import { canMoveTo } from "./workflow";

/** At most one inbox page's worth of leads is changed at once (the largest page is 200 rows). */
export const BULK_MAX_LEADS = 200;
export const BULK_REASON_MAX_LENGTH = 500;

const LEAD_ID = /^[1-9][0-9]{0,15}$/;

const leadIds = z
  .array(z.string().regex(LEAD_ID, "A selected lead is not a lead number"), { error: "Select at least one lead" })
  .min(1, "Select at least one lead in the inbox")
  .max(BULK_MAX_LEADS, `Select at most ${BULK_MAX_LEADS} leads at a time`)
  .transform((ids) => ids.map(Number))
  .refine((ids) => ids.every(Number.isSafeInteger), "A selected lead is not a lead number")
  .refine((ids) => new Set(ids).size === ids.length, "A lead was selected twice");

const reason = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  plainText(
    z.string().trim().max(BULK_REASON_MAX_LENGTH, `Please keep the reason under ${BULK_REASON_MAX_LENGTH} characters`),
  ).optional(),
);

/** One change for every selected lead: hand them to a consultant, or move them to a status. */
export const BulkChangeSchema = z.discriminatedUnion(
  "do",
  [
    z.object({
      do: z.literal("assign"),
      ownerId: z.coerce
        .number({ error: "Choose a consultant" })
        .int("Choose a consultant")
        .positive("Choose a consultant"),
    }),
    z.object({
      do: z.literal("status"),
      status: z.enum(LEAD_STATUSES, { error: "Choose one of the statuses offered" }),
      reason,
    }),
  ],
  { error: "Choose whether to assign the leads or change their status" },
);
export type BulkChange = z.infer<typeof BulkChangeSchema>;

/** What the review page is asked to show: the selected leads and the change. */
export const BulkRequestSchema = z.object({ leadIds, change: BulkChangeSchema });
export type BulkRequest = z.infer<typeof BulkRequestSchema>;

/** The confirmed change: a lead marked lost needs the reason, as on the lead page. */
export const BulkConfirmSchema = BulkRequestSchema.refine(
  (request) => request.change.do !== "status" || request.change.status !== "lost" || Boolean(request.change.reason),
  {
    path: ["reason"],
    message: "Please say why these leads were lost",
  },
);

/**
 * Reads a bulk request from a query string or a posted form. The lead numbers repeat under one
 * name (one per ticked box); the change's fields sit beside them.
 */
export function readBulkFields(fields: URLSearchParams | FormData): unknown {
  const text = (key: string) => {
    const value = fields.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return {
    leadIds: fields.getAll("lead").map((value) => (typeof value === "string" ? value.trim() : "")),
    change: { do: text("do"), ownerId: text("ownerId"), status: text("status"), reason: text("reason") },
  };
}

/** A problem with a bulk request, named by the field it belongs to. */
export function bulkProblem(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const field = path[0] === "change" ? String(path[1] ?? "do") : String(path[0] ?? "form");
  return { field, message: issue?.message ?? "That change cannot be made" };
}

/** What the review needs to know of each selected lead. */
export interface BulkCandidate {
  id: number;
  status: string;
  ownerId: number | null;
  erased: boolean;
}

export type BulkOutcome =
  { leadId: number; applies: true; after: string } | { leadId: number; applies: false; reason: string };

/**
 * For each selected lead, whether the change applies to it and, if not, why. The same rules as
 * the lead page: the status workflow, no change to an erased lead, no assignment to the owner.
 */
export function planBulkChange(
  leads: readonly BulkCandidate[],
  change: BulkChange,
  owner?: { id: number; name: string },
): BulkOutcome[] {
  return leads.map((lead): BulkOutcome => {
    if (lead.erased)
      return { leadId: lead.id, applies: false, reason: "Its personal data was erased; it can no longer be changed" };
    if (change.do === "status") {
      const to = change.status;
      if (lead.status === to) return { leadId: lead.id, applies: false, reason: `Already ${leadStatusLabel(to)}` };
      if (!isLeadStatus(lead.status) || !canMoveTo(lead.status, to)) {
        return {
          leadId: lead.id,
          applies: false,
          reason: `A lead cannot go from ${leadStatusLabel(lead.status)} to ${leadStatusLabel(to)}`,
        };
      }
      return { leadId: lead.id, applies: true, after: leadStatusLabel(to) };
    }
    const name = owner?.name ?? "that consultant";
    if (lead.ownerId === change.ownerId) return { leadId: lead.id, applies: false, reason: `Already owned by ${name}` };
    return { leadId: lead.id, applies: true, after: `Owned by ${name}` };
  });
}

/** The change in a few words, for headings and the button that confirms it. */
export function describeBulkChange(change: BulkChange, owner?: { name: string }): string {
  return change.do === "status"
    ? `Change the status to ${leadStatusLabel(change.status)}`
    : `Assign to ${owner?.name ?? "a consultant"}`;
}
