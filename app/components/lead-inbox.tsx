import { Form, Link } from "@remix-run/react";
import { useHydrated } from "~/components/use-hydrated";
import { BandBadge } from "~/components/exposure-summary";
import { REGIMES } from "~/domain/exposure";
import {
  LEAD_STATUSES,
  LEAD_STATUS_LABELS,
  type LeadFilters,
  type LeadStatus,
  SEARCH_MAX_LENGTH,
  dueText,
  filtersToSearchParams,
  formatInstant,
  hasFilters,
  leadStatusLabel,
} from "~/domain/lead-inbox";
import { BANDS } from "~/domain/routing";
import type { InboxFilterOptions, InboxLeadRow } from "~/server/admin-leads.server";

const FIELD = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-ink";
const LABEL = "block text-sm font-medium text-ink";

/** The inbox address for some filters, without the page cursor. */
export function inboxHref(filters: LeadFilters, extra: Record<string, string> = {}): string {
  const params = filtersToSearchParams(filters);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const search = params.toString();
  return search ? `/admin?${search}` : "/admin";
}

/**
 * Links to each status with its count under the other filters; the current one is marked. Counts
 * that stopped early (a search or filter matching very many leads) read "at least", as "1,000+".
 */
export function StatusCounts({
  counts,
  exact = true,
  filters,
}: {
  counts: Record<LeadStatus, number>;
  exact?: boolean;
  filters: LeadFilters;
}) {
  const total = LEAD_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const shown = (count: number) => (exact ? String(count) : `${count.toLocaleString("en")}+`);
  const link = (status: LeadStatus | undefined, label: string, count: number) => {
    const current = filters.status === status;
    return (
      <li key={status ?? "all"}>
        <Link
          to={inboxHref({ ...filters, status })}
          aria-current={current ? "page" : undefined}
          className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm font-medium ${
            current ? "border-ink bg-ink text-white" : "border-slate-300 bg-white text-ink hover:border-ink"
          }`}
        >
          {label} <span className={current ? "text-white" : "text-ink-soft"}>{shown(count)}</span>
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label="Leads by status" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {link(undefined, "All statuses", total)}
        {LEAD_STATUSES.map((status) => link(status, LEAD_STATUS_LABELS[status], counts[status]))}
      </ul>
    </nav>
  );
}

/** Every filter as a field of one GET form, so the filters live in the address and work without JavaScript. */
export function InboxFilterForm({ filters, options }: { filters: LeadFilters; options: InboxFilterOptions }) {
  const owner = filters.owner === undefined ? "anyone" : String(filters.owner);
  return (
    // Keyed on the filters so the fields show the address's values after a client-side navigation.
    <Form
      method="get"
      action="/admin"
      key={filtersToSearchParams(filters).toString()}
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="filters-heading"
    >
      <h2 id="filters-heading" className="sr-only">
        Filter leads
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="filter-q" className={LABEL}>
            Search company, name, email or notes
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={SEARCH_MAX_LENGTH}
            className={FIELD}
          />
        </div>
        <div>
          <label htmlFor="filter-status" className={LABEL}>
            Status
          </label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={FIELD}>
            <option value="">Any status</option>
            {LEAD_STATUSES.map((status) => (
              <option key={status} value={status}>
                {LEAD_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-owner" className={LABEL}>
            Owner
          </label>
          <select id="filter-owner" name="owner" defaultValue={owner} className={FIELD}>
            <option value="anyone">Anyone</option>
            <option value="me">Me</option>
            <option value="unassigned">Unassigned</option>
            {options.owners.map((person) => (
              <option key={person.id} value={String(person.id)}>
                {person.active ? person.name : `${person.name} (inactive)`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-inbox" className={LABEL}>
            Inbox
          </label>
          <select id="filter-inbox" name="inbox" defaultValue={filters.inbox ?? ""} className={FIELD}>
            <option value="">Every inbox</option>
            {options.inboxes.map((inbox) => (
              <option key={inbox.slug} value={inbox.slug}>
                {inbox.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-band" className={LABEL}>
            Band
          </label>
          <select id="filter-band" name="band" defaultValue={filters.band ?? ""} className={FIELD}>
            <option value="">Any band</option>
            {[...BANDS].reverse().map((band) => (
              <option key={band} value={band}>
                {band}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-regime" className={LABEL}>
            Regime (likely or possible)
          </label>
          <select id="filter-regime" name="regime" defaultValue={filters.regime ?? ""} className={FIELD}>
            <option value="">Any regime</option>
            {REGIMES.map((regime) => (
              <option key={regime.id} value={regime.id}>
                {regime.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-source" className={LABEL}>
            Source article
          </label>
          <select id="filter-source" name="source" defaultValue={filters.source ?? ""} className={FIELD}>
            <option value="">Any source</option>
            {options.sources.map((source) => (
              <option key={source.slug} value={source.slug}>
                {source.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-from" className={LABEL}>
            Received from
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} className={FIELD} />
        </div>
        <div>
          <label htmlFor="filter-to" className={LABEL}>
            Received until
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} className={FIELD} />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark"
        >
          Apply filters
        </button>
        {hasFilters(filters) ? (
          <Link to="/admin" className="link text-sm">
            Clear all filters
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

function SlaCell({ row, now, timeZone }: { row: InboxLeadRow; now: string; timeZone: string }) {
  if (row.slaDueAt === null) return <span className="text-ink-soft">No deadline</span>;
  if (row.firstResponseAt !== null) {
    return (
      <span className="text-ink-soft">
        Answered <time dateTime={row.firstResponseAt}>{formatInstant(row.firstResponseAt, timeZone)}</time>
      </span>
    );
  }
  return (
    <span className={row.overdue ? "font-semibold text-red-800" : "text-ink"}>
      {row.overdue ? (
        <span className="mr-1 inline-block rounded bg-red-800 px-1.5 py-0.5 text-xs font-bold uppercase text-white">
          Overdue
        </span>
      ) : null}
      <time dateTime={row.slaDueAt}>{formatInstant(row.slaDueAt, timeZone)}</time>
      {row.status === "new" ? <span className="block text-xs">{dueText(row.slaDueAt, now)}</span> : null}
    </span>
  );
}

/**
 * Ticks all of the page's row checkboxes at once. Shown only once the page runs JavaScript; without
 * it, each row is ticked on its own.
 */
function SelectAllBox({ formId }: { formId: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return <span className="sr-only">Select</span>;
  return (
    <label className="inline-flex items-center">
      <input
        type="checkbox"
        className="h-4 w-4"
        onChange={(event) => {
          for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${formId}"][name="lead"]`))
            box.checked = event.currentTarget.checked;
        }}
      />
      <span className="sr-only">Select every lead on this page</span>
    </label>
  );
}

export function LeadTable({
  rows,
  now,
  timeZone,
  caption,
  selectForm,
  calls = {},
}: {
  rows: InboxLeadRow[];
  /** Start instants of calls booked and still to come, by lead id. */
  calls?: Record<number, string>;
  now: string;
  timeZone: string;
  caption: string;
  /** The id of the form the rows' checkboxes belong to; without it the table has no checkboxes. */
  selectForm?: string;
}) {
  return (
    // Focusable, so people using a keyboard can scroll the table sideways on a narrow screen.
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-labelledby="leads-caption"
    >
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption id="leads-caption" className="px-4 py-3 text-left text-base font-semibold text-ink">
          {caption}
        </caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-ink">
          <tr>
            {selectForm ? (
              <th scope="col" className="px-3 py-2">
                <SelectAllBox formId={selectForm} />
              </th>
            ) : null}
            {[
              "Reference",
              "Received",
              "Company",
              "Band and score",
              "Top regimes",
              "Status",
              "Owner",
              "Inbox",
              "SLA due",
            ].map((heading) => (
              <th key={heading} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id} className={`align-top ${row.overdue ? "bg-red-50" : ""}`} data-testid="lead-row">
              {selectForm ? (
                <td className="px-3 py-2">
                  <label className="inline-flex items-center">
                    <input type="checkbox" name="lead" value={row.id} form={selectForm} className="h-4 w-4" />
                    <span className="sr-only">Select {row.publicRef}</span>
                  </label>
                </td>
              ) : null}
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-semibold">
                <Link to={`/admin/leads/${row.id}`} className="link">
                  {row.publicRef}
                </Link>
                {row.duplicateOf !== null ? (
                  <span className="block text-xs font-normal text-ink-soft">Repeat submission</span>
                ) : null}
              </th>
              <td className="whitespace-nowrap px-3 py-2 text-ink-soft">
                <time dateTime={row.receivedAt}>{formatInstant(row.receivedAt, timeZone)}</time>
              </td>
              <td className="px-3 py-2">
                {row.erased ? (
                  <span className="italic text-ink-soft">Personal data erased</span>
                ) : (
                  <>
                    <span className="font-medium text-ink">{row.company}</span>
                    <span className="block text-xs text-ink-soft">{row.contactName}</span>
                  </>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <BandBadge band={row.band} /> <span className="ml-1 text-ink">{row.impactScore}</span>
                <span className="sr-only"> out of 100</span>
              </td>
              <td className="px-3 py-2">
                {row.topRegimes.length > 0 ? (
                  <ul className="space-y-0.5">
                    {row.topRegimes.map((regime) => (
                      <li key={regime.id}>
                        {regime.name} <span className="text-xs text-ink-soft">({regime.status})</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-ink-soft">None</span>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                {leadStatusLabel(row.status)}
                {calls[row.id] ? (
                  <span className="block text-xs font-semibold text-brand" data-testid="call-booked">
                    Call <time dateTime={calls[row.id]}>{formatInstant(calls[row.id]!, timeZone)}</time>
                  </span>
                ) : null}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                {row.owner ? row.owner.name : <span className="text-ink-soft">Unassigned</span>}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{row.inbox?.name ?? "—"}</td>
              <td className="whitespace-nowrap px-3 py-2">
                <SlaCell row={row} now={now} timeZone={timeZone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
