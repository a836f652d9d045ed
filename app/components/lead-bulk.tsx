import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import { useCallback, useEffect, useState } from "react";
import {
  BULK_REASON_MAX_LENGTH,
  type BulkChange,
  LEAD_STATUSES,
  LEAD_STATUS_LABELS,
  describeBulkChange,
  leadStatusLabel,
} from "~/domain/lead-inbox";
import type { BulkReview } from "~/server/leads/bulk.types";
import { FieldError, describedBy } from "./form";

/** The form the inbox's row checkboxes belong to (through their `form` attribute). */
export const BULK_FORM_ID = "bulk-form";

const FIELD = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-ink";
// In the bulk bar the labels sit beside their fields; on a phone the fields' first option says the same.
const LABEL = "sr-only shrink-0 text-sm font-medium text-ink xl:not-sr-only";
const BAR_FIELD = "block w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-ink";
const BUTTON =
  "shrink-0 rounded-md bg-ink px-3 py-1.5 text-sm font-semibold text-white hover:bg-ink-soft disabled:opacity-60";

/** The page's row checkboxes, which live outside the bar's form and belong to it through `form`. */
function rowBoxes(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="lead"]`)];
}

/**
 * How many leads are ticked, and a box that ticks them all. Both need JavaScript; without it the
 * bar says what to do and each row is ticked on its own. Counted again after every change and
 * every navigation, since a new page brings new rows.
 */
function Selection() {
  const location = useLocation();
  const [count, setCount] = useState<number | null>(null);
  const recount = useCallback(() => setCount(rowBoxes().filter((box) => box.checked).length), []);
  useEffect(() => {
    // The ticked boxes live in the server-rendered rows, outside React: read them once mounted.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    recount();
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.name === "lead") recount();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [recount, location.key]);
  if (count === null) return <span>Tick leads below, then choose what to do with them</span>;
  const boxes = count > 0 ? rowBoxes() : [];
  return (
    <span className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <label className="inline-flex items-center gap-2 font-normal">
        <input
          type="checkbox"
          className="h-4 w-4"
          checked={count > 0 && boxes.every((box) => box.checked)}
          onChange={(event) => {
            for (const box of rowBoxes()) box.checked = event.currentTarget.checked;
            recount();
          }}
        />
        <span className="sr-only">Select every lead on this page</span>
        <span aria-hidden="true">All</span>
      </label>
      <span aria-live="polite" data-testid="selected-count">
        {count === 0 ? "No leads selected" : `${plural(count)} selected`}
      </span>
    </span>
  );
}

/**
 * Above the inbox's rows, and in sight while they scroll: how many leads are ticked and what to do
 * with them. A plain GET to the review page, so it works without JavaScript and nothing changes
 * until the review is confirmed.
 */
export function BulkActionBar({ people, back }: { people: { id: number; name: string }[]; back: string }) {
  return (
    <Form
      id={BULK_FORM_ID}
      method="get"
      action="/admin/bulk"
      className="sticky top-0 z-20 rounded-lg border border-slate-300 bg-white/95 px-3 py-2 shadow-sm backdrop-blur"
    >
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="sr-only">With the selected leads</legend>
        <div className="text-sm font-semibold text-ink">
          <Selection />
        </div>
        <input type="hidden" name="back" value={back} />
        <div className="flex min-w-0 flex-1 basis-72 items-center gap-2">
          <label htmlFor="bulk-owner" className={LABEL}>
            Assign to
          </label>
          <select id="bulk-owner" name="ownerId" defaultValue="" className={BAR_FIELD}>
            <option value="" disabled>
              Assign to…
            </option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <button type="submit" name="do" value="assign" className={BUTTON}>
            Review<span className="sr-only xl:not-sr-only"> assignment</span>
          </button>
        </div>
        <div className="flex min-w-0 flex-1 basis-72 items-center gap-2">
          <label htmlFor="bulk-status" className={LABEL}>
            Change status to
          </label>
          <select id="bulk-status" name="status" defaultValue="" className={BAR_FIELD}>
            <option value="" disabled>
              Status…
            </option>
            {LEAD_STATUSES.map((status) => (
              <option key={status} value={status}>
                {LEAD_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          <button type="submit" name="do" value="status" className={BUTTON}>
            Review<span className="sr-only xl:not-sr-only"> status change</span>
          </button>
        </div>
      </fieldset>
    </Form>
  );
}

const plural = (count: number) => `${count} lead${count === 1 ? "" : "s"}`;

/** The confirmation step: every selected lead, what the change does to it, and the button that does it. */
export function BulkReviewPage({
  change,
  review,
  back,
  error,
}: {
  change: BulkChange;
  review: BulkReview;
  back: string;
  error: { field: string; message: string } | null;
}) {
  const navigation = useNavigation();
  const owner = review.owner ?? undefined;
  const what = describeBulkChange(change, owner);
  const total = review.rows.length;
  const needsReason = change.do === "status" && change.status === "lost";
  const reasonError = error?.field === "reason" ? error.message : undefined;
  return (
    <>
      <p className="mb-4">
        <Link to={back} className="link">
          <span aria-hidden="true">← </span>Back to the inbox
        </Link>
      </p>
      <p className="text-sm font-semibold uppercase tracking-wider text-brand">Review before confirming</p>
      <h1 className="mt-1 font-serif text-3xl font-bold text-ink">{what}</h1>
      <p className="mb-6 mt-2 text-ink-soft" data-testid="bulk-summary">
        {review.applicable === total
          ? `All ${plural(total)} you selected will change.`
          : `${review.applicable} of the ${plural(total)} you selected will change; the others are left as they are.`}{" "}
        Nothing changes until you confirm.
      </p>
      {error && !reasonError ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-red-800">
          {error.message}
        </p>
      ) : null}

      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-labelledby="bulk-caption"
      >
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption id="bulk-caption" className="px-4 py-3 text-left text-base font-semibold text-ink">
            Selected leads ({total})
          </caption>
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-ink">
            <tr>
              {["Reference", "Company", "Status", "Owner", "Inbox", "After the change"].map((heading) => (
                <th key={heading} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {review.rows.map((row) => (
              <tr key={row.id} data-testid="bulk-row" className={row.outcome.applies ? "" : "bg-slate-50"}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 font-semibold">
                  <Link to={`/admin/leads/${row.id}`} className="link">
                    {row.publicRef}
                  </Link>
                </th>
                <td className="px-3 py-2">
                  {row.company ?? <span className="italic text-ink-soft">Personal data erased</span>}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{leadStatusLabel(row.status)}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  {row.ownerName ?? <span className="text-ink-soft">Unassigned</span>}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{row.inboxName ?? "—"}</td>
                <td className="px-3 py-2">
                  {row.outcome.applies ? (
                    <span className="font-medium text-ink">{row.outcome.after}</span>
                  ) : (
                    <span className="text-ink-soft">Not changed: {row.outcome.reason}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {review.applicable > 0 ? (
        <Form method="post" className="mt-6 max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          {needsReason ? (
            <div>
              <label htmlFor="reason" className="block font-semibold text-ink">
                Why were these leads lost?
              </label>
              <textarea
                id="reason"
                name="reason"
                rows={3}
                required
                maxLength={BULK_REASON_MAX_LENGTH}
                className={FIELD}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={describedBy("reason", { error: reasonError })}
              />
              <FieldError field="reason" message={reasonError} />
            </div>
          ) : null}
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" className="button-primary" disabled={navigation.state !== "idle"}>
              Confirm: {what.charAt(0).toLowerCase() + what.slice(1)} for {plural(review.applicable)}
            </button>
            <Link to={back} className="link">
              Cancel
            </Link>
          </div>
          {/* Last, so the form's spacing applies between the visible fields only. */}
          {review.rows
            .filter((row) => row.outcome.applies)
            .map((row) => (
              <input key={row.id} type="hidden" name="lead" value={row.id} />
            ))}
          <input type="hidden" name="do" value={change.do} />
          {change.do === "status" ? (
            <input type="hidden" name="status" value={change.status} />
          ) : (
            <input type="hidden" name="ownerId" value={change.ownerId} />
          )}
        </Form>
      ) : (
        <p className="mt-6 rounded-lg border border-dashed border-slate-400 bg-white p-6 text-ink">
          None of the selected leads can take this change.{" "}
          <Link to={back} className="link">
            Back to the inbox
          </Link>
        </p>
      )}
    </>
  );
}
