import { type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { SkipLinkHandle } from "~/components/layout";
import { BULK_FORM_ID, BulkActionBar } from "~/components/lead-bulk";
import { SavedViewLinks, SavedViewsManager } from "~/components/saved-views";
import { InboxFilterForm, InboxViews, LeadList, StatusCounts, inboxHref } from "~/components/lead-inbox";
import { LiveInboxUpdates } from "~/components/live-updates";
import {
  defaultFilters,
  filtersToSearchParams,
  hasFilters,
  namesFilters,
  parseLeadFilters,
  queueQuery,
  SEARCH_MATCH_LIMIT,
  savedViewQuery,
} from "~/domain/lead-inbox";
import { InvalidCursorError, LeadFilterError } from "~/server/inbox/leads.server";
import { requireUser } from "~/server/auth/auth.server";
import { loadInboxPage } from "~/server/inbox/page.server";
import { listSavedViews } from "~/server/inbox/saved-views.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  // An address without filters opens the viewer's default view: a consultant's own open leads.
  const parsed = namesFilters(params)
    ? parseLeadFilters(params)
    : { success: true as const, data: defaultFilters(user.role) };
  if (!parsed.success) throw data(`These filters cannot be used: ${parsed.problems.join("; ")}.`, { status: 400 });
  const filters = parsed.data;

  const now = new Date();
  const timeZone = context.settings.businessCalendar.timeZone;
  const after = params.get("after") || undefined;
  try {
    const page = await loadInboxPage(context.db, user, filters, { after, now, timeZone });
    return {
      isAdmin: user.role === "admin",
      filters,
      page,
      paged: after !== undefined,
      views: await listSavedViews(context.db, user.id),
    };
  } catch (error) {
    if (error instanceof LeadFilterError || error instanceof InvalidCursorError)
      throw data(error.message, { status: 400 });
    throw error;
  }
}

/** The page's first link jumps past the navigation, filters and bulk bar to the leads. */
export const handle: SkipLinkHandle = { skipLink: { href: "#leads", label: "Skip to the leads" } };

export const meta: MetaFunction = () => [
  { title: "Inbox · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function AdminInbox() {
  const { isAdmin, filters, page, paged, views } = useLoaderData<typeof loader>();
  const currentQuery = savedViewQuery(filters);
  const shown = page.rows.length;
  const filtered = hasFilters(filters);
  const mine = filters.owner === "me" && filters.status === "open";
  return (
    <>
      <LiveInboxUpdates leadIds={page.rows.map((row) => row.id)} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-x-6 gap-y-1">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h1 className="font-serif text-2xl font-bold text-ink">Inbox</h1>
          <p className="text-sm text-ink-soft">
            {mine ? "Your open leads" : isAdmin ? "Every lead" : "The leads of your inboxes and the leads you own"},
            overdue first, then by priority, then oldest first
          </p>
        </div>
        <InboxViews filters={filters} />
      </div>
      <SavedViewLinks views={views} currentQuery={currentQuery} />
      <InboxFilterForm filters={filters} options={page.options} />
      <SavedViewsManager views={views} currentQuery={currentQuery} />
      <div className="my-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <StatusCounts counts={page.counts} exact={page.countsExact} filters={filters} />
        {/* A plain link with the view's filters: downloads without JavaScript, and Enter follows it. */}
        <a href={`/admin/leads.csv${filtersQuery(filters)}`} download className="link text-sm" data-testid="export-csv">
          Export CSV
          <span className="sr-only">
            {" "}
            of {filtered ? "the leads matching these filters" : "every lead in this inbox view"}
          </span>
        </a>
      </div>
      {page.searchTruncated ? (
        <p
          role="status"
          className="mb-3 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
          data-testid="search-truncated"
        >
          More than {SEARCH_MATCH_LIMIT.toLocaleString("en")} leads match this search; the{" "}
          {SEARCH_MATCH_LIMIT.toLocaleString("en")} most recent are listed. Add words, or a filter, to narrow it.
        </p>
      ) : null}
      {shown > 0 ? (
        <>
          <BulkActionBar
            people={page.options.owners.filter((person) => person.active)}
            back={filtersToSearchParams(filters).toString()}
          />
          <div className="mt-2">
            <LeadList
              selectForm={BULK_FORM_ID}
              rows={page.rows}
              queue={queueQuery(filters)}
              caption={`${filtered ? "Leads matching the filters" : "Leads"}${paged ? ", continued" : ""} (${shown} on this page)`}
            />
          </div>
        </>
      ) : (
        <p
          id="leads"
          tabIndex={-1}
          className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center text-ink-soft"
        >
          {filtered ? "No leads match these filters." : "No leads yet."}{" "}
          {filtered ? (
            <Link to={inboxHref({})} className="link">
              {mine ? "See all leads" : "Clear all filters"}
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
    </>
  );
}

function filtersQuery(filters: Parameters<typeof filtersToSearchParams>[0]): string {
  const query = filtersToSearchParams(filters).toString();
  return query === "" ? "" : `?${query}`;
}
