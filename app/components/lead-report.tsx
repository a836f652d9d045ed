import { Form, Link } from "@remix-run/react";
import { type OutcomeRow, percentage } from "~/domain/reports";
import type { LeadReport } from "~/server/reports.server";

const FIELD = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-ink";

const percent = (part: number, whole: number) => {
  const value = percentage(part, whole);
  return value === null ? "—" : `${value} %`;
};

const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm font-medium text-ink-soft">{label}</dt>
      <dd className="mt-1 font-serif text-3xl font-bold text-ink">{value}</dd>
      {detail ? <dd className="mt-1 text-sm text-ink-soft">{detail}</dd> : null}
    </div>
  );
}

/** One breakdown as a table; the inbox link lists the leads behind a line where the inbox can filter by it. */
function OutcomeTable({
  id,
  caption,
  rows,
  firstColumn,
  inboxLink,
}: {
  id: string;
  caption: string;
  rows: OutcomeRow[];
  firstColumn: string;
  inboxLink?: (row: OutcomeRow) => string | null;
}) {
  return (
    <div className="mt-8">
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-labelledby={id}
      >
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption id={id} className="px-4 py-3 text-left font-serif text-xl font-bold text-ink">
            {caption}
          </caption>
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-ink">
            <tr>
              {[firstColumn, "Leads", "Qualified", "Won", "Spam", "Qualified rate"].map((heading, index) => (
                <th
                  key={heading}
                  scope="col"
                  className={`whitespace-nowrap px-3 py-2 font-semibold ${index > 0 ? "text-right" : ""}`}
                >
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-3 py-4 text-ink-soft">
                  No leads in this period.
                </td>
              </tr>
            ) : (
              rows.map((row) => {
                const href = inboxLink?.(row) ?? null;
                return (
                  <tr key={row.key} data-testid={`${id}-row`}>
                    <th scope="row" className="px-3 py-2 font-medium text-ink">
                      {href ? (
                        <Link to={href} className="link">
                          {row.label}
                        </Link>
                      ) : (
                        row.label
                      )}
                    </th>
                    <td className="px-3 py-2 text-right tabular-nums">{row.leads}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.qualified}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.won}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.spam}</td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {percent(row.qualified, row.leads - row.spam)}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Which articles, regulations and bands bring leads that consultants qualify, for a period. */
export function LeadReportPage({ report }: { report: LeadReport }) {
  const { period, totals, funnel, sla } = report;
  const range = new URLSearchParams({ from: period.from, to: period.to });
  const inbox = (extra: Record<string, string>) =>
    `/admin?${new URLSearchParams({ ...Object.fromEntries(range), ...extra })}`;
  const answered = sla.inTime + sla.late;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold text-ink">Reports</h1>
      <p className="mb-6 mt-2 text-ink-soft">
        Leads received from {longDate(period.from)} to {longDate(period.to)}, and what consultants made of them.
        Qualified means qualified, proposal or won; the qualified rate leaves spam out.
      </p>

      <Form
        method="get"
        className="mb-8 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
        aria-label="Report period"
      >
        <div>
          <label htmlFor="report-from" className="block text-sm font-medium text-ink">
            From
          </label>
          <input id="report-from" name="from" type="date" defaultValue={period.from} className={FIELD} />
        </div>
        <div>
          <label htmlFor="report-to" className="block text-sm font-medium text-ink">
            To (included)
          </label>
          <input id="report-to" name="to" type="date" defaultValue={period.to} className={FIELD} />
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark"
        >
          Show
        </button>
      </Form>

      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure
          label="Leads"
          value={String(totals.leads)}
          detail={`${funnel.started} assessments started; unfinished ones are kept for 30 days`}
        />
        <Figure
          label="Qualified"
          value={String(totals.qualified)}
          detail={`${percent(totals.qualified, totals.leads - totals.spam)} of leads that were not spam`}
        />
        <Figure
          label="Won"
          value={String(totals.won)}
          detail={`${percent(totals.won, totals.qualified)} of qualified leads`}
        />
        <Figure
          label="First response in time"
          value={percent(sla.inTime, answered + sla.overdue)}
          detail={`${sla.inTime} in time, ${sla.late} late, ${sla.overdue} overdue and unanswered, ${sla.waiting} not yet due`}
        />
      </dl>

      <OutcomeTable
        id="by-source"
        caption="By source article"
        firstColumn="Article"
        rows={report.bySource}
        inboxLink={(row) => (row.key ? inbox({ source: row.key }) : null)}
      />
      <OutcomeTable
        id="by-regime"
        caption="By regulation found likely or possible"
        firstColumn="Regulation"
        rows={report.byRegime}
        inboxLink={(row) => inbox({ regime: row.key })}
      />
      <OutcomeTable
        id="by-band"
        caption="By exposure band"
        firstColumn="Band"
        rows={report.byBand}
        inboxLink={(row) => inbox({ band: row.key })}
      />
    </>
  );
}
