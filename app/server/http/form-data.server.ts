import { repeatedFields } from "../../domain/validation";

/**
 * A posted form whose fields each arrive once, except the checkbox groups named in `lists`.
 * Anything else sent twice is refused with 400 before an action reads it (see `repeatedFields`).
 */
export async function readForm(
  request: Request,
  { lists = [] }: { lists?: readonly string[] } = {},
): Promise<FormData> {
  const form = await request.formData();
  refuseRepeatedFields(form, lists);
  return form;
}

/** The same check for a query string that an action-like page reads (the bulk review). */
export function refuseRepeatedFields(fields: FormData | URLSearchParams, lists: readonly string[] = []): void {
  const repeated = repeatedFields(fields, lists);
  if (repeated.length > 0) {
    throw new Response(`Each of these fields may be sent only once: ${repeated.join(", ")}.`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}

/** A field's text as sent, or "" when it is missing or a file: for echoing what was typed back into a form. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
