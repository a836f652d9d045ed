import { z } from "zod";
import { personName } from "../text-fields";
import { type LeadFilters, filtersToSearchParams, parseLeadFilters } from "./filters";

export const SAVED_VIEW_NAME_MAX = 60;
/** A person keeps a handful of views; more would crowd the inbox's header. */
export const SAVED_VIEWS_PER_PERSON = 20;

/**
 * The query string a saved view stores for a set of filters: the inbox's own normal form, with
 * "every lead" written out, because an address without filters opens a consultant's default view.
 */
export function savedViewQuery(filters: LeadFilters): string {
  return filtersToSearchParams(filters).toString() || "owner=anyone";
}

const queryField = z
  .string({ error: "Choose the filters to save" })
  .max(2000, "These filters are too long to save")
  .transform((query, ctx) => {
    const parsed = parseLeadFilters(new URLSearchParams(query));
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: `These filters cannot be saved: ${parsed.problems.join("; ")}` });
      return z.NEVER;
    }
    return savedViewQuery(parsed.data);
  });

const idField = z.coerce.number({ error: "Choose a view" }).int().positive("Choose a view");

/** The forms of the inbox's saved views: save the current view, delete one, move one up or down. */
export const SavedViewActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("save"),
    name: personName(SAVED_VIEW_NAME_MAX),
    query: queryField,
    shared: z.literal("on").optional(),
  }),
  z.object({ intent: z.literal("delete"), viewId: idField }),
  z.object({ intent: z.literal("move"), viewId: idField, direction: z.enum(["up", "down"]) }),
]);
export type SavedViewAction = z.infer<typeof SavedViewActionSchema>;
