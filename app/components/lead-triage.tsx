import { Form, useNavigation } from "@remix-run/react";
import { LEAD_STATUS_LABELS, NEXT_STATUSES, NOTE_MAX_LENGTH, isLeadStatus } from "~/domain/lead-inbox";
import { FieldError, describedBy } from "./form";

export type TriageErrors = { intent: string; field: string; message: string } | null;

type Option = { id: number; name: string };

function errorFor(errors: TriageErrors, intent: string, field: string) {
  return errors && errors.intent === intent && errors.field === field ? errors.message : undefined;
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";
const buttonClass = "rounded-md bg-ink px-4 py-2 font-semibold text-white hover:bg-ink-soft disabled:opacity-60";

/** The changes a consultant makes to a lead; each is its own small form that works without JavaScript. */
export function TriageSection({
  lead,
  people,
  inboxes,
  errors,
}: {
  lead: {
    status: string;
    owner: { id: number } | null;
    inbox: { id: number } | null;
    erasedAt: string | null;
    duplicateOf: { publicRef: string } | null;
  };
  people: Option[];
  inboxes: Option[];
  errors: TriageErrors;
}) {
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  if (lead.erasedAt) return null;
  const next = isLeadStatus(lead.status) ? NEXT_STATUSES[lead.status] : [];
  const statusError = errorFor(errors, "status", "status");
  const reasonError = errorFor(errors, "status", "reason");
  const noteError = errorFor(errors, "note", "body");
  const ownerError = errorFor(errors, "reassign", "ownerId");
  const inboxError = errorFor(errors, "move", "inboxId");
  // A problem not tied to one of the fields below (a tampered intent, a change that is not allowed).
  const duplicateError = errorFor(errors, "duplicate", "duplicateOf");
  const generalError =
    errors &&
    errors.intent !== "erase" &&
    !["status", "reason", "body", "ownerId", "inboxId", "duplicateOf"].includes(errors.field)
      ? errors.message
      : null;

  return (
    <section id="work" aria-labelledby="triage-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="triage-heading" className="font-serif text-xl font-bold text-ink">
        Work this lead
      </h2>
      {generalError ? (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-red-800">
          {generalError}
        </p>
      ) : null}

      {next.length > 0 ? (
        <Form method="post" className="mt-4 space-y-3">
          <div>
            <label htmlFor="status" className="block font-semibold text-ink">
              Move to
            </label>
            <select
              id="status"
              name="status"
              className={selectClass}
              aria-describedby={describedBy("status", { error: statusError })}
            >
              {next.map((status) => (
                <option key={status} value={status}>
                  {LEAD_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
            <FieldError field="status" message={statusError} />
          </div>
          <div>
            <label htmlFor="reason" className="block font-semibold text-ink">
              Reason <span className="font-normal text-ink-soft">(needed when lost)</span>
            </label>
            <input
              id="reason"
              name="reason"
              maxLength={500}
              className={selectClass}
              aria-describedby={describedBy("reason", { error: reasonError })}
            />
            <FieldError field="reason" message={reasonError} />
          </div>
          <button type="submit" className={buttonClass} disabled={busy}>
            Change status
          </button>
          <input type="hidden" name="intent" value="status" />
        </Form>
      ) : null}

      {lead.owner === null ? (
        <Form method="post" className="mt-6">
          <input type="hidden" name="intent" value="claim" />
          <button type="submit" className={buttonClass} disabled={busy}>
            Claim this lead
          </button>
        </Form>
      ) : null}

      <Form method="post" className="mt-6 space-y-3">
        <div>
          <label htmlFor="ownerId" className="block font-semibold text-ink">
            Reassign to
          </label>
          <select
            id="ownerId"
            name="ownerId"
            className={selectClass}
            defaultValue={lead.owner?.id ?? ""}
            aria-describedby={describedBy("ownerId", { error: ownerError })}
          >
            <option value="" disabled>
              Choose a consultant
            </option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <FieldError field="ownerId" message={ownerError} />
        </div>
        <button type="submit" className={buttonClass} disabled={busy}>
          Reassign
        </button>
        <input type="hidden" name="intent" value="reassign" />
      </Form>

      <Form method="post" className="mt-6 space-y-3">
        <div>
          <label htmlFor="inboxId" className="block font-semibold text-ink">
            Move to inbox
          </label>
          <select
            id="inboxId"
            name="inboxId"
            className={selectClass}
            defaultValue={lead.inbox?.id ?? ""}
            aria-describedby={describedBy("inboxId", { error: inboxError })}
          >
            <option value="" disabled>
              Choose an inbox
            </option>
            {inboxes.map((inbox) => (
              <option key={inbox.id} value={inbox.id}>
                {inbox.name}
              </option>
            ))}
          </select>
          <FieldError field="inboxId" message={inboxError} />
        </div>
        <button type="submit" className={buttonClass} disabled={busy}>
          Move
        </button>
        <input type="hidden" name="intent" value="move" />
      </Form>

      <Form method="post" className="mt-3">
        <input type="hidden" name="intent" value="reroute" />
        <button
          type="submit"
          className="rounded-md border border-ink px-4 py-2 font-semibold text-ink hover:bg-slate-100"
          disabled={busy}
        >
          Re-run routing
        </button>
      </Form>

      {lead.duplicateOf ? (
        <Form method="post" className="mt-6">
          <input type="hidden" name="intent" value="not-duplicate" />
          <p className="text-ink-soft">Marked as a duplicate of {lead.duplicateOf.publicRef}.</p>
          <button
            type="submit"
            className="mt-2 rounded-md border border-ink px-4 py-2 font-semibold text-ink hover:bg-slate-100"
            disabled={busy}
          >
            Not a duplicate
          </button>
        </Form>
      ) : (
        <Form method="post" className="mt-6 space-y-3">
          <div>
            <label htmlFor="duplicateOf" className="block font-semibold text-ink">
              Duplicate of (reference)
            </label>
            <input
              id="duplicateOf"
              name="duplicateOf"
              placeholder="ID-7K3F9Q"
              maxLength={9}
              className={selectClass}
              aria-describedby={describedBy("duplicateOf", { error: duplicateError })}
            />
            <FieldError field="duplicateOf" message={duplicateError} />
          </div>
          <button type="submit" className={buttonClass} disabled={busy}>
            Mark as duplicate
          </button>
          <input type="hidden" name="intent" value="duplicate" />
        </Form>
      )}

      <Form method="post" className="mt-6 space-y-3">
        <div>
          <label htmlFor="body" className="block font-semibold text-ink">
            Add a note
          </label>
          <textarea
            id="body"
            name="body"
            rows={4}
            maxLength={NOTE_MAX_LENGTH}
            className={selectClass}
            aria-describedby={describedBy("body", { error: noteError })}
          />
          <FieldError field="body" message={noteError} />
        </div>
        <div className="flex items-start gap-3">
          <input id="contacted" name="contacted" type="checkbox" className="mt-1 h-5 w-5 accent-brand" />
          <label htmlFor="contacted" className="text-ink">
            This note records contact with the lead
          </label>
        </div>
        <button type="submit" className={buttonClass} disabled={busy}>
          Save note
        </button>
        <input type="hidden" name="intent" value="note" />
      </Form>
    </section>
  );
}

/** Administrators only: a data-subject access export, and erasure on request. */
export function PrivacySection({ leadId, erased, errors }: { leadId: number; erased: boolean; errors: TriageErrors }) {
  const reasonError = errorFor(errors, "erase", "reason");
  const confirmError = errorFor(errors, "erase", "confirm");
  const otherError = errors && errors.intent === "erase" && !reasonError && !confirmError ? errors.message : null;
  return (
    <section
      id="personal-data"
      aria-labelledby="privacy-heading"
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="privacy-heading" className="font-serif text-xl font-bold text-ink">
        Personal data
      </h2>
      <Form method="post" action={`/admin/leads/${leadId}/export`} reloadDocument className="mt-4">
        <button type="submit" className={buttonClass}>
          Export as JSON
        </button>
      </Form>
      {erased ? (
        <p className="mt-4 text-ink-soft">This lead's personal data has been erased.</p>
      ) : (
        <Form method="post" className="mt-6 space-y-3">
          {otherError ? (
            <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
              {otherError}
            </p>
          ) : null}
          <div>
            <label htmlFor="erase-reason" className="block font-semibold text-ink">
              Reason for erasure
            </label>
            <input
              id="erase-reason"
              name="reason"
              maxLength={500}
              className={selectClass}
              aria-describedby={describedBy("erase-reason", { error: reasonError })}
            />
            <FieldError field="erase-reason" message={reasonError} />
          </div>
          <div>
            <div className="flex items-start gap-3">
              <input
                id="confirm"
                name="confirm"
                type="checkbox"
                className="mt-1 h-5 w-5 accent-brand"
                aria-describedby={describedBy("confirm", { error: confirmError })}
              />
              <label htmlFor="confirm" className="text-ink">
                I confirm: erase this person's contact details, messages and notes. This cannot be undone.
              </label>
            </div>
            <FieldError field="confirm" message={confirmError} />
          </div>
          <button type="submit" className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
            Erase personal data
          </button>
          <input type="hidden" name="intent" value="erase" />
        </Form>
      )}
    </section>
  );
}

/**
 * A lead that waits "unconfirmed" (suspected automation): administrators confirm it as genuine,
 * which releases its held notification, or mark it as spam. Consultants see why it waits.
 */
export function ConfirmationSection({ status, isAdmin }: { status: string; isAdmin: boolean }) {
  const navigation = useNavigation();
  if (status !== "unconfirmed") return null;
  return (
    <section
      id="confirmation"
      aria-labelledby="confirmation-heading"
      className="rounded-lg border-2 border-amber-600 bg-amber-50 p-5"
    >
      <h2 id="confirmation-heading" className="font-serif text-xl font-bold text-ink">
        Suspected automation
      </h2>
      <p className="mt-2 text-ink">
        This submission looked automated (see the timeline), so it is kept out of the inbox and nobody was notified.
        {isAdmin
          ? " Confirm it if a person sent it: it becomes a new lead and its owner is notified."
          : " An administrator decides whether it is genuine."}
      </p>
      {isAdmin ? (
        <div className="mt-4 flex flex-wrap gap-3">
          <Form method="post">
            <input type="hidden" name="intent" value="confirm-genuine" />
            <button type="submit" className={buttonClass} disabled={navigation.state !== "idle"}>
              Confirm as genuine
            </button>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="confirm-spam" />
            <button type="submit" className={buttonClass} disabled={navigation.state !== "idle"}>
              Mark as spam
            </button>
          </Form>
        </div>
      ) : null}
    </section>
  );
}
