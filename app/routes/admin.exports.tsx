import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AUDIT_PAGE_SIZE, describeExportFilters } from "~/domain/csv-export";
import { formatInstant } from "~/domain/lead-inbox";
import { requireAdmin } from "~/server/auth/auth.server";
import { recentCsvExports } from "~/server/inbox/csv-export.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return {
    exports: await recentCsvExports(context.db),
    timeZone: context.settings.businessCalendar.timeZone,
  };
}

export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

export const meta: MetaFunction = () => [
  { title: "Exports · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

const EXPORT_KIND_LABELS: Record<string, string> = { inbox: "Inbox", report: "Report table" };

const OUTCOMES: Record<string, string> = {
  started: "In progress",
  complete: "Complete",
  interrupted: "Cut off",
  failed: "Failed",
};

export default function Exports() {
  const { exports, timeZone } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold text-ink">Exports</h1>
      <p className="mt-2 max-w-3xl text-ink-soft">
        Every CSV export: who took it, when, of which view, and how many rows reached them. The {AUDIT_PAGE_SIZE} most
        recent, newest first.
      </p>
      {exports.length === 0 ? (
        <p className="mt-8 text-ink-soft">No exports yet.</p>
      ) : (
        <div
          className="mt-8 overflow-x-auto rounded-lg border border-slate-200 bg-white"
          tabIndex={0}
          role="region"
          aria-labelledby="exports-caption"
        >
          <table className="w-full border-collapse text-left text-sm" data-testid="export-audit">
            <caption id="exports-caption" className="sr-only">
              CSV exports, newest first
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-3">
                  When
                </th>
                <th scope="col" className="p-3">
                  Who
                </th>
                <th scope="col" className="p-3">
                  What
                </th>
                <th scope="col" className="p-3">
                  Filters
                </th>
                <th scope="col" className="p-3 text-right">
                  Rows
                </th>
                <th scope="col" className="p-3">
                  Outcome
                </th>
              </tr>
            </thead>
            <tbody>
              {exports.map((entry) => (
                <tr key={entry.id} className="border-b border-slate-200">
                  <td className="p-3">{formatInstant(entry.startedAt, timeZone)}</td>
                  <td className="p-3">{entry.who}</td>
                  <td className="p-3">{EXPORT_KIND_LABELS[entry.kind] ?? entry.kind}</td>
                  <td className="p-3 break-all">{describeExportFilters(entry.filters)}</td>
                  <td className="p-3 text-right tabular-nums">{entry.rows.toLocaleString("en")}</td>
                  <td className="p-3">{OUTCOMES[entry.outcome] ?? entry.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
