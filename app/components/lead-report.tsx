import { Form, Link } from "@remix-run/react";
import { PERIOD_PRESETS, type OutcomeRow, percentage } from "~/domain/reports";
import { formatCalendarDay } from "~/domain/date-format";
import { TOPICS } from "~/domain/topics";
import type { LeadReport, ResponseRow } from "~/server/admin/reports.types";
import { DropOffChart, FunnelChart, ResponseChart, SourceChart, WeeklyChart } from "./report-charts";

const FIELD = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-ink";

const percent = (part: number, whole: number) => {
  const value = percentage(part, whole);
  return value === null ? "—" : `${value} %`;
};

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

export interface ReportFilterOptions {
  inboxes: Array<{ slug: string; name: string }>;
  sources: Array<{ slug: string; title: string }>;
}

/** The address's values as the form shows them again (also after a refusal). */
export type ReportFormValues = Partial<Record<"preset" | "from" | "to" | "inbox" | "source" | "topic", string>>;

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children({
        id,
        ...(error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {}),
      })}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The period (a preset or dates) and the filters, sent as the address: the report is a link. */
export function ReportForm({
  values,
  options,
  errors = {},
}: {
  values: ReportFormValues;
  options: ReportFilterOptions;
  errors?: Record<string, string>;
}) {
  return (
    <Form
      method="get"
      className="mb-8 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      aria-label="Report period and filters"
    >
      <Field id="report-preset" label="Period" error={errors.preset}>
        {(props) => (
          <select {...props} name="preset" defaultValue={values.preset ?? ""} className={FIELD}>
            <option value="">The dates below</option>
            {PERIOD_PRESETS.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="report-from" label="From" error={errors.from}>
        {(props) => <input {...props} name="from" type="date" defaultValue={values.from ?? ""} className={FIELD} />}
      </Field>
      <Field id="report-to" label="To (included)" error={errors.to}>
        {(props) => <input {...props} name="to" type="date" defaultValue={values.to ?? ""} className={FIELD} />}
      </Field>
      <Field id="report-inbox" label="Inbox" error={errors.inbox}>
        {(props) => (
          <select {...props} name="inbox" defaultValue={values.inbox ?? ""} className={FIELD}>
            <option value="">Every inbox</option>
            {options.inboxes.map((inbox) => (
              <option key={inbox.slug} value={inbox.slug}>
                {inbox.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="report-source" label="Source article" error={errors.source}>
        {(props) => (
          <select {...props} name="source" defaultValue={values.source ?? ""} className={FIELD}>
            <option value="">Every source</option>
            {options.sources.map((source) => (
              <option key={source.slug} value={source.slug}>
                {source.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="report-topic" label="Topic" error={errors.topic}>
        {(props) => (
          <select {...props} name="topic" defaultValue={values.topic ?? ""} className={FIELD}>
            <option value="">Every topic</option>
            {TOPICS.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <button
          type="submit"
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark"
        >
          Show
        </button>
      </div>
    </Form>
  );
}

const hours = (value: number | null) => (value === null ? "—" : `${value} h`);

/** First responses per consultant against each lead's deadline. */
function ResponseTable({ rows }: { rows: ResponseRow[] }) {
  return (
    <div className="mt-10">
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-labelledby="responses"
      >
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption id="responses" className="px-4 py-3 text-left font-serif text-xl font-bold text-ink">
            First response by consultant
          </caption>
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-ink">
            <tr>
              {["Consultant", "Leads", "In time", "Late", "Overdue", "Not yet due", "In time (share)", "Mean time"].map(
                (heading, index) => (
                  <th
                    key={heading}
                    scope="col"
                    className={`whitespace-nowrap px-3 py-2 font-semibold ${index > 0 ? "text-right" : ""}`}
                  >
                    {heading}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8} className="px-3 py-4 text-ink-soft">
                  No leads with a deadline in this period.
                </td>
              </tr>
            ) : (
              rows.map((row) => {
                const share = percentage(row.inTime, row.inTime + row.late + row.overdue);
                return (
                  <tr key={row.ownerId ?? "unassigned"} data-testid="responses-row">
                    <th scope="row" className="px-3 py-2 font-medium text-ink">
                      {row.name}
                    </th>
                    <td className="px-3 py-2 text-right tabular-nums">{row.leads}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.inTime}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.late}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.overdue}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.waiting}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{share === null ? "—" : `${share} %`}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{hours(row.meanHours)}</td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-ink-soft">
        A lead counts for the consultant who gave its first response (the first contact logged, status change or email
        written), even if it was handed on later; until it is answered, for its owner now. The mean time is wall-clock
        hours from receipt, spam left out.
      </p>
    </div>
  );
}

/** The report's tables as CSV downloads, each of the same period and filters as the page. */
const DOWNLOADS: readonly { table: string; label: string; hidden?: "without-drop-off" }[] = [
  { table: "weeks", label: "Leads per week" },
  { table: "funnel", label: "Funnel" },
  { table: "drop-off", label: "Drop-off per step", hidden: "without-drop-off" },
  { table: "responses", label: "First responses" },
  { table: "sources", label: "By source article" },
  { table: "regimes", label: "By regulation" },
  { table: "bands", label: "By band" },
];

function ReportDownloads({ query, dropOff }: { query: URLSearchParams; dropOff: boolean }) {
  return (
    <nav aria-label="Download as CSV" className="mb-8 text-sm">
      <h2 className="font-semibold text-ink">Download a table as CSV</h2>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {DOWNLOADS.filter((item) => dropOff || item.hidden !== "without-drop-off").map((item) => (
          <li key={item.table}>
            <a
              className="link"
              href={`/admin/reports.csv?${new URLSearchParams({ ...Object.fromEntries(query), table: item.table })}`}
              download
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Which articles, regulations and bands bring leads that consultants qualify, for a period. */
export function LeadReportPage({
  report,
  values,
  options,
}: {
  report: LeadReport;
  values: ReportFormValues;
  options: ReportFilterOptions;
}) {
  const { period, totals, funnel, sla } = report;
  const range = new URLSearchParams({
    from: period.from,
    to: period.to,
    ...(values.inbox ? { inbox: values.inbox } : {}),
    ...(values.source ? { source: values.source } : {}),
  });
  const inbox = (extra: Record<string, string>) =>
    `/admin?${new URLSearchParams({ ...Object.fromEntries(range), ...extra })}`;
  const answered = sla.inTime + sla.late;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold text-ink">Reports</h1>
      <p className="mb-6 mt-2 text-ink-soft">
        Leads received from {formatCalendarDay(period.from)} to {formatCalendarDay(period.to)}, and what consultants
        made of them. A lead counts at every stage it has reached, qualified (or proposal) and won, even when it was
        lost later; the qualified rate leaves spam out.
      </p>

      <ReportForm
        values={{ ...values, from: values.from ?? period.from, to: values.to ?? period.to }}
        options={options}
      />
      <ReportDownloads
        query={new URLSearchParams({ ...Object.fromEntries(range), ...(values.topic ? { topic: values.topic } : {}) })}
        dropOff={report.dropOff !== null}
      />

      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure
          label="Leads"
          value={String(totals.leads)}
          detail={report.dropOff === null ? undefined : `${funnel.started} assessments started`}
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

      <WeeklyChart weeks={report.weeks} />
      <FunnelChart stages={report.stages} />
      {report.dropOff === null ? (
        <p className="mt-10 rounded-lg border border-slate-200 bg-white p-4 text-ink-soft">
          Assessments are given an inbox only when they are sent, so the funnel starts at “Submitted” and the
          questionnaire’s drop-off is not shown for one inbox.
        </p>
      ) : (
        <DropOffChart rows={report.dropOff} submitted={report.dropOff.at(-1)?.reached ?? 0} />
      )}
      <SourceChart rows={report.bySource} />
      <ResponseChart rows={report.responses.map((row) => ({ ...row, key: String(row.ownerId ?? "unassigned") }))} />
      <ResponseTable rows={report.responses} />

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
