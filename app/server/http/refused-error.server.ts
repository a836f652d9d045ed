/** The statuses a refusal answers with: bad input, not allowed, not there, in conflict with the current state. */
export type RefusalStatus = 400 | 403 | 404 | 409;

/**
 * A request the application refuses, with a message for the person who made it and, where the
 * message belongs beside one field of a form, that field. Every use-case throws this one type,
 * so every route turns a refusal into the same answer.
 */
export class RefusedError extends Error {
  readonly field: string | null;
  readonly status: RefusalStatus;

  constructor(message: string, { field = null, status = 400 }: { field?: string | null; status?: RefusalStatus } = {}) {
    super(message);
    this.name = "RefusedError";
    this.field = field;
    this.status = status;
  }

  /** The message by its field, as a form's errors (`otherwise` names the place for one without a field). */
  fieldErrors(otherwise = "form"): Record<string, string> {
    return { [this.field ?? otherwise]: this.message };
  }
}
