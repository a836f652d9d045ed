import type { $ZodError } from "zod/v4/core";

/**
 * The first message for each top-level field, for showing beside the field and in the summary.
 * Takes the error of either zod build (the classic one and the smaller "mini" one share it).
 */
export function fieldErrors(error: Pick<$ZodError, "issues">): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The part of `FormData` and `URLSearchParams` that `repeatedFields` reads; both satisfy it. */
export interface RepeatableFields {
  keys(): Iterable<string>;
  getAll(name: string): unknown[];
}

/**
 * The fields sent more than once that should have one value. A browser sends a name twice only
 * for a checkbox group, so any other repeat is a crafted request: keeping the first or the last
 * value would silently act on something the person never chose (`ownerId=3&ownerId=5`).
 */
export function repeatedFields(fields: RepeatableFields, lists: readonly string[] = []): string[] {
  const repeated = new Set<string>();
  for (const name of fields.keys()) {
    if (!lists.includes(name) && fields.getAll(name).length > 1) repeated.add(name);
  }
  return [...repeated];
}
