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
