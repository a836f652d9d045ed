import { type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AdminLayout, adminErrorBoundary } from "~/components/admin-layout";
import { BULK_FORM_ID, BulkActionBar } from "~/components/lead-bulk";
import { InboxFilterForm, LeadTable, StatusCounts, inboxHref } from "~/components/lead-inbox";
import { BULK_MAX_LEADS, filtersToSearchParams, hasFilters } from "~/domain/lead-inbox";
import {
  DEFAULT_PAGE_SIZE,
  InvalidCursorError,
  LeadFilterError,
  SEARCH_MATCH_LIMIT,
  getInboxFilterOptions,
  listLeads,
  parseLeadFilters,
} from "~/server/admin-leads.server";
import { upcomingCalls } from "~/server/booking/bookings.server";
import { requireUser } from "~/server/auth.server";
import { getDb } from "~/server/db.server";
import { getEnv } from "~/server/env.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const filters = parseLeadFilters(params);
  if (!filters.success) throw data(`These filters cannot be used: ${filters.problems.join("; ")}.`, { status: 400 });

  const db = getDb();
  const now = new Date();
  const timeZone = getEnv().businessCalendar.timeZone;
  const after = params.get("after") || undefined;
  // Set by a confirmed bulk change on its way back here; only a count, so a made-up value shows nothing worse than a number.
  const changed = /^[1-9][0-9]{0,2}$/.test(params.get("changed") ?? "")
    ? Math.min(Number(params.get("changed")), BULK_MAX_LEADS)
    : null;
  try {
    const [page, options] = await Promise.all([
      listLeads(db, user, filters.data, { after, limit: DEFAULT_PAGE_SIZE }, { now, timeZone }),
      getInboxFilterOptions(db),
    ]);
    // Calls visitors booked from their summary, shown beside each lead's status.
    const calls = Object.fromEntries(
      await upcomingCalls(
        db,
        page.rows.map((row) => row.id),
        now,
      ),
    );
    return {
      user: { name: user.name, role: user.role },
      filters: filters.data,
      page,
      options,
      paged: after !== undefined,
      changed,
      now: now.toISOString(),
      timeZone,
      calls,
    };
  } catch (error) {
    if (error instanceof LeadFilterError || error instanceof InvalidCursorError)
      throw data(error.message, { status: 400 });
    throw error;
  }
}

export const meta: MetaFunction = () => [
  { title: "Inbox · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function AdminInbox() {
  const { user, filters, page, options, paged, changed, now, timeZone, calls } = useLoaderData<typeof loader>();
  const shown = page.rows.length;
  const filtered = hasFilters(filters);
  return (
    <AdminLayout user={user}>
      <h1 className="font-serif text-3xl font-bold text-ink">Inbox</h1>
      <p className="mb-6 mt-2 text-ink-soft">
        {user.role === "admin" ? "Every lead" : "The leads of your inboxes and the leads you own"}: overdue first, then
        by priority, then oldest first.
      </p>
      {changed !== null ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-green-700 bg-green-50 p-3 font-medium text-green-900"
          data-testid="bulk-done"
        >
          {changed === 1 ? "1 lead changed." : `${changed} leads changed.`} Each lead's timeline records the change.
        </p>
      ) : null}
      <InboxFilterForm filters={filters} options={options} />
      <StatusCounts counts={page.counts} exact={page.countsExact} filters={filters} />
      <p className="mb-6">
        {/* A plain link with the view's filters: downloads without JavaScript, and Enter follows it. */}
        <a
          href={`/admin/leads.csv${filtersQuery(filters)}`}
          download
          className="button-secondary"
          data-testid="export-csv"
        >
          Export CSV
          <span className="sr-only">
            {" "}
            of {filtered ? "the leads matching these filters" : "every lead in this inbox view"}
          </span>
        </a>
      </p>
      {page.searchTruncated ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
          data-testid="search-truncated"
        >
          More than {SEARCH_MATCH_LIMIT.toLocaleString("en")} leads match this search; the{" "}
          {SEARCH_MATCH_LIMIT.toLocaleString("en")} most recent are listed. Add words, or a filter, to narrow it.
        </p>
      ) : null}
      {shown > 0 ? (
        <BulkActionBar
          people={options.owners.filter((person) => person.active)}
          back={filtersToSearchParams(filters).toString()}
        />
      ) : null}
      {shown > 0 ? (
        <LeadTable
          selectForm={BULK_FORM_ID}
          rows={page.rows}
          calls={calls}
          now={now}
          timeZone={timeZone}
          caption={`${filtered ? "Leads matching the filters" : "Leads"}${paged ? ", continued" : ""} (${shown} on this page)`}
        />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center text-ink-soft">
          {filtered ? "No leads match these filters." : "No leads yet."}{" "}
          {filtered ? (
            <Link to="/admin" className="link">
              Clear all filters
            </Link>
          ) : null}
        </p>
      )}
      <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center justify-between gap-4">
        {paged ? (
          <Link to={inboxHref(filters)} className="button-secondary">
            First page
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <Link to={inboxHref(filters, { after: page.nextCursor })} rel="next" className="button-secondary">
            Next page<span aria-hidden="true">&nbsp;→</span>
          </Link>
        ) : null}
      </nav>
    </AdminLayout>
  );
}

function filtersQuery(filters: Parameters<typeof filtersToSearchParams>[0]): string {
  const query = filtersToSearchParams(filters).toString();
  return query === "" ? "" : `?${query}`;
}

export const ErrorBoundary = adminErrorBoundary("The inbox could not be shown.");
