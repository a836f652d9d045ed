import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { REGIMES } from "~/domain/exposure";
import {
  LEAD_STATUSES,
  LEAD_STATUS_LABELS,
  type LeadFilters,
  type LeadStatus,
  OPEN_STATUSES,
  SEARCH_MAX_LENGTH,
  filtersToSearchParams,
  leadInQueueHref,
  queueQuery,
  hasFilters,
  leadStatusLabel,
} from "~/domain/lead-inbox";
import { BANDS } from "~/domain/routing";
import type { InboxFilterOptions } from "~/server/inbox/leads.types";
import type { InboxListRow } from "~/server/inbox/page.types";

const FIELD = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-ink";
const LABEL = "block text-sm font-medium text-ink";

/**
 * The inbox address for some filters, without the page cursor. No filters at all is written as
 * `owner=anyone`: a bare `/admin` opens a consultant's default view (their open leads), and a link
 * to "every lead" must not land there.
 */
export function inboxHref(filters: LeadFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(queueQuery(filters));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `/admin?${params.toString()}`;
}

/** The two views everyone starts from; the filters refine either. */
const VIEWS: { label: string; filters: LeadFilters }[] = [
  { label: "My open leads", filters: { owner: "me", status: "open" } },
  { label: "All leads", filters: {} },
];

/** Links to "My open leads" and "All leads", the current one marked. */
export function InboxViews({ filters }: { filters: LeadFilters }) {
  const current = filtersToSearchParams(filters).toString();
  return (
    <nav aria-label="Inbox views">
      <ul className="flex flex-wrap gap-1 rounded-lg bg-slate-200 p-0.5 text-sm font-semibold">
        {VIEWS.map((view) => {
          const here = filtersToSearchParams(view.filters).toString() === current;
          return (
            <li key={view.label}>
              <Link
                to={inboxHref(view.filters)}
                aria-current={here ? "page" : undefined}
                className={`block rounded-md px-3 py-1 ${here ? "bg-white text-ink shadow-sm" : "text-ink-soft hover:text-ink"}`}
              >
                {view.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Short names for the status links; the full label is in the status filter. */
const STATUS_PILLS: Record<LeadStatus, string> = { ...LEAD_STATUS_LABELS, unconfirmed: "Unconfirmed" };

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
  const open = OPEN_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const shown = (count: number) => (exact ? String(count) : `${count.toLocaleString("en")}+`);
  const link = (status: LeadStatus | "open" | undefined, label: string, count: number) => {
    const current = filters.status === status;
    return (
      <li key={status ?? "all"}>
        <Link
          to={inboxHref({ ...filters, status })}
          aria-current={current ? "page" : undefined}
          className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium sm:text-sm ${
            current ? "border-ink bg-ink text-white" : "border-slate-300 bg-white text-ink hover:border-ink"
          }`}
        >
          {label} <span className={current ? "text-white" : "text-ink-soft"}>{shown(count)}</span>
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label="Leads by status">
      <ul className="flex flex-wrap gap-1.5">
        {link(undefined, "All statuses", total)}
        {link("open", "Open", open)}
        {LEAD_STATUSES.map((status) => link(status, STATUS_PILLS[status], counts[status]))}
      </ul>
    </nav>
  );
}

/** The filters set besides the search, in words, for the collapsed filter panel's summary. */
function activeFilterNames(filters: LeadFilters, options: InboxFilterOptions): string[] {
  const names: string[] = [];
  if (filters.status) names.push(filters.status === "open" ? "open" : leadStatusLabel(filters.status));
  if (filters.owner === "me") names.push("mine");
  else if (filters.owner === "unassigned") names.push("unassigned");
  else if (typeof filters.owner === "number")
    names.push(options.owners.find((person) => person.id === filters.owner)?.name ?? "an owner");
  if (filters.inbox) names.push(options.inboxes.find((inbox) => inbox.slug === filters.inbox)?.name ?? filters.inbox);
  if (filters.band) names.push(filters.band);
  if (filters.regime) names.push(REGIMES.find((regime) => regime.id === filters.regime)?.name ?? filters.regime);
  if (filters.source) names.push("one source article");
  if (filters.from || filters.to) names.push("a date range");
  return names;
}

/**
 * Every filter as a field of one GET form, so the filters live in the address and work without
 * JavaScript. The search is always in sight; the other filters fold away in a `details` panel whose
 * summary names those that are set, so the first lead sits near the top of the page.
 */
export function InboxFilterForm({ filters, options }: { filters: LeadFilters; options: InboxFilterOptions }) {
  const owner = filters.owner === undefined ? "anyone" : String(filters.owner);
  const active = activeFilterNames(filters, options);
  // The search field is never rebuilt, so it keeps the focus after a search: someone who searched
  // by keyboard goes on from where they were. It is given the address's words when they change.
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (search.current && search.current !== document.activeElement) search.current.value = filters.q ?? "";
  }, [filters.q]);
  return (
    <Form
      method="get"
      action="/admin"
      className="rounded-lg border border-slate-200 bg-white px-3 py-2"
      aria-labelledby="filters-heading"
    >
      <h2 id="filters-heading" className="sr-only">
        Filter leads
      </h2>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <label htmlFor="filter-q" className="text-sm font-medium text-ink">
          Search <span className="sr-only sm:not-sr-only">company, name, email or notes</span>
        </label>
        <div className="min-w-0 flex-1 basis-48">
          <input
            ref={search}
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={SEARCH_MAX_LENGTH}
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm text-ink"
          />
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark"
        >
          Apply filters
        </button>
        {hasFilters(filters) ? (
          <Link to={inboxHref({})} className="link py-2 text-sm">
            Clear all filters
          </Link>
        ) : null}
      </div>
      {/* Keyed on the filters so these fields show the address's values after a client-side navigation. */}
      <details className="mt-1 text-sm" key={filtersToSearchParams(filters).toString()}>
        <summary className="cursor-pointer font-semibold text-ink">
          More filters
          {active.length > 0 ? <span className="font-normal text-ink-soft">: {active.join(", ")}</span> : null}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor="filter-status" className={LABEL}>
              Status
            </label>
            <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={FIELD}>
              <option value="">Any status</option>
              <option value="open">Open (new to proposal)</option>
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
      </details>
    </Form>
  );
}

/** The band's badge style; class names written out so the style sheet keeps them. */
const BAND_CLASS: Record<string, string> = {
  Critical: "band-critical",
  High: "band-high",
  Moderate: "band-moderate",
  Low: "band-low",
};

const REGIME_NAMES = new Map<string, string>(REGIMES.map((regime) => [regime.id, regime.name]));

/** The row's facts as single text nodes where possible: each adjacent piece of JSX text costs a comment in the HTML. */
function Sla({ sla }: { sla: InboxListRow["sla"] }) {
  if (sla.state === "none") return <small>No deadline</small>;
  if (sla.state === "answered") return <small>{`Answered ${sla.text}`}</small>;
  return (
    <>
      {sla.state === "overdue" ? <b>Overdue</b> : "Due "}
      <time dateTime={sla.at}>{sla.text}</time>
      {sla.left ? <small>{sla.left}</small> : null}
    </>
  );
}

/**
 * One lead: a list item whose link (the reference, company and contact) stretches over the whole
 * row, so a click anywhere opens the lead while a keyboard reaches it as one ordinary link. The
 * link is also the row's focus target, which keyboard shortcuts can move between. Facts whose
 * meaning the column headings carry for sighted people have a short label for screen readers.
 * Styles come from the `lead-*` classes in the style sheet rather than utilities on every element:
 * the row is repeated fifty times a page.
 */
function LeadRow({ row, queue, selectForm }: { row: InboxListRow; queue: string; selectForm?: string }) {
  const regimes = row.regimes.map(([id, status]) => `${REGIME_NAMES.get(id) ?? id} (${status})`).join(", ");
  return (
    <li className={row.sla.state === "overdue" ? "lead-row is-overdue" : "lead-row"} data-testid="lead-row">
      {selectForm ? (
        <input
          type="checkbox"
          name="lead"
          value={row.id}
          form={selectForm}
          aria-label={`Select ${row.ref}`}
          className="lead-select"
        />
      ) : (
        <span />
      )}
      <Link to={leadInQueueHref(row.id, queue, row.at)} className="lead-open" discover="none">
        <b>{row.ref}</b>
        {row.company === null ? <i> Personal data erased</i> : ` ${row.company} `}
        {row.contact ? <small>{row.contact}</small> : null}
        {row.repeat ? <small>Repeat submission</small> : null}
      </Link>
      <span className="lead-band">
        <b className={BAND_CLASS[row.band]}>{row.band}</b>
        {` ${row.score}`}
        <span className="sr-only"> out of 100</span>
      </span>
      <span className="lead-sla">
        <span className="sr-only">SLA </span>
        <Sla sla={row.sla} />
      </span>
      <span className="lead-status">
        <span className="sr-only">Status </span>
        {leadStatusLabel(row.status)}
        {row.call ? <small data-testid="call-booked">{`Call ${row.call}`}</small> : null}
      </span>
      <span className="lead-people">
        <span className="sr-only">Owner </span>
        {row.owner ?? "Unassigned"}
        <small>
          <span className="sr-only">Inbox </span>
          {row.inbox ?? "No inbox"}
        </small>
      </span>
      <span className="lead-regimes">
        <span className="sr-only">Regimes </span>
        {regimes || "None"}
        <small>{`Received ${row.received}`}</small>
      </span>
    </li>
  );
}

/**
 * The page's leads as a list: a grid of columns on a wide screen (every column, the SLA included,
 * fits from 1024 px), a card per lead on a phone. `id="leads"` is where the skip link lands.
 */
export function LeadList({
  rows,
  caption,
  queue,
  selectForm,
}: {
  rows: InboxListRow[];
  caption: string;
  /** The list's filters (`queueQuery`): each lead's link carries them, for "next lead" on its page. */
  queue: string;
  /** The id of the form the rows' checkboxes belong to; without it the rows have no checkboxes. */
  selectForm?: string;
}) {
  return (
    <section
      aria-labelledby="leads-caption"
      id="leads"
      tabIndex={-1}
      className="rounded-lg border border-slate-200 bg-white"
    >
      <h2 id="leads-caption" className="px-3 py-2 text-base font-semibold text-ink">
        {caption}
      </h2>
      <div className="lead-head" aria-hidden="true">
        <span />
        <span>Lead</span>
        <span>Band</span>
        <span>SLA</span>
        <span>Status</span>
        <span>Owner, inbox</span>
        <span>Regimes, received</span>
      </div>
      <ol className="divide-y divide-slate-200 border-t border-slate-200">
        {rows.map((row) => (
          <LeadRow key={row.id} row={row} queue={queue} selectForm={selectForm} />
        ))}
      </ol>
    </section>
  );
}
