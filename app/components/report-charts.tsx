import type { ReactNode } from "react";
import {
  type DropOffRow,
  type Frame,
  type FunnelStage,
  type ResponseCount,
  type WeekCount,
  barRows,
  columnChart,
  dropOffSummary,
  funnelSummary,
  percentage,
  responsesSummary,
  weeklySummary,
} from "~/domain/reports";

// Server-rendered SVG charts: no script draws them, so they read the same with JavaScript off.
// Each is an image with a title and a description, a sentence saying what it shows (which the
// image names with aria-describedby) and the numbers behind it in a table under a disclosure.

const INK = "#14213d";
const SOFT = "#3d4a66";
const GRID = "#cbd5e1";
const BRAND = "#0f5c4d";
const ACCENT = "#b4530a";
const WIDTH = 480;

const TH = "whitespace-nowrap px-3 py-2 font-semibold";
const TD = "px-3 py-2 text-right tabular-nums";

function ChartFigure({
  id,
  title,
  description,
  summary,
  legend,
  chart,
  table,
}: {
  id: string;
  title: string;
  description: string;
  summary: string;
  legend?: ReactNode;
  chart: (ids: { title: string; description: string; summary: string }) => ReactNode;
  table: ReactNode;
}) {
  const ids = { title: `${id}-title`, description: `${id}-desc`, summary: `${id}-summary` };
  return (
    <section className="mt-10 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="font-serif text-xl font-bold text-ink">
        {title}
      </h2>
      <p id={ids.summary} className="mt-1 text-sm text-ink-soft" data-testid={`${id}-summary`}>
        {summary}
      </p>
      {legend}
      <div className="mt-3 w-full max-w-2xl">{chart(ids)}</div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand">The numbers behind “{title}”</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`${title}: the numbers`}>
          {table}
        </div>
      </details>
      <p className="sr-only" id={ids.description}>
        {description}
      </p>
    </section>
  );
}

function Svg({
  ids,
  title,
  height,
  children,
}: {
  ids: { title: string; description: string; summary: string };
  title: string;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="block h-auto w-full"
      role="img"
      aria-labelledby={ids.title}
      aria-describedby={`${ids.summary} ${ids.description}`}
      fontFamily="Inter, ui-sans-serif, system-ui, sans-serif"
    >
      <title id={ids.title}>{title}</title>
      {children}
    </svg>
  );
}

function Table({ headings, rows }: { headings: string[]; rows: Array<Array<string | number>> }) {
  return (
    <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
      <thead className="bg-slate-100 text-xs uppercase tracking-wide text-ink">
        <tr>
          {headings.map((heading, index) => (
            <th key={heading} scope="col" className={`${TH} ${index > 0 ? "text-right" : ""}`}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map(([first, ...rest]) => (
          <tr key={String(first)}>
            <th scope="row" className="px-3 py-2 font-medium text-ink">
              {first}
            </th>
            {rest.map((cell, index) => (
              <td key={index} className={TD}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const WEEK_FRAME: Frame = { width: WIDTH, height: 250, top: 14, right: 8, bottom: 30, left: 44 };

/** Leads per week as columns, qualified leads as a line over them. */
export function WeeklyChart({ weeks }: { weeks: ReadonlyArray<WeekCount & { from: string; to: string }> }) {
  const geometry = columnChart(
    weeks.map((week) => week.leads),
    weeks.map((week) => week.qualified),
    WEEK_FRAME,
  );
  const baseline = WEEK_FRAME.height - WEEK_FRAME.bottom;
  return (
    <ChartFigure
      id="weekly"
      title="Leads and qualified leads by week"
      summary={weeklySummary(weeks)}
      description="Columns show the leads received each ISO week; the line shows how many of them have been qualified, whatever became of them since."
      legend={
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink" aria-hidden="true">
          <span>
            <span className="mr-1 inline-block h-3 w-3 bg-brand align-middle" /> Leads
          </span>
          <span>
            <span className="mr-1 inline-block h-1 w-4 bg-accent align-middle" /> Qualified
          </span>
        </p>
      }
      chart={(ids) => (
        <Svg ids={ids} title="Leads and qualified leads by week" height={WEEK_FRAME.height}>
          <desc>Columns: leads per week. Line: qualified leads per week.</desc>
          {geometry.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={WEEK_FRAME.left} x2={WIDTH - WEEK_FRAME.right} y1={tick.y} y2={tick.y} stroke={GRID} />
              <text x={WEEK_FRAME.left - 6} y={tick.y + 4} textAnchor="end" fontSize="13" fill={SOFT}>
                {tick.value}
              </text>
            </g>
          ))}
          {geometry.columns.map((column, index) => (
            <rect
              key={weeks[index]?.label}
              x={column.x}
              y={column.y}
              width={column.width}
              height={column.height}
              fill={BRAND}
            />
          ))}
          <path d={geometry.line} fill="none" stroke={ACCENT} strokeWidth="3" strokeLinejoin="round" />
          {geometry.points.map((point, index) => (
            <circle key={weeks[index]?.label} cx={point.x} cy={point.y} r="3.5" fill={ACCENT} />
          ))}
          {geometry.labels.map((label) => (
            <text key={label.index} x={label.x} y={baseline + 20} textAnchor="middle" fontSize="13" fill={SOFT}>
              {weeks[label.index]?.label.slice(5)}
            </text>
          ))}
          <line x1={WEEK_FRAME.left} x2={WIDTH - WEEK_FRAME.right} y1={baseline} y2={baseline} stroke={INK} />
        </Svg>
      )}
      table={
        <Table
          headings={["Week", "Days", "Leads", "Qualified"]}
          rows={weeks.map((week) => [week.label, `${week.from} – ${week.to}`, week.leads, week.qualified])}
        />
      }
    />
  );
}

const ROW = 50;
const BAR = 22;

/** Bars one under the other, each with its line of text above it. */
function BarList({
  rows,
  centred = false,
}: {
  rows: ReadonlyArray<{ key: string; text: string; value: number; part?: number }>;
  centred?: boolean;
}) {
  const bars = barRows(rows, { width: WIDTH, rowHeight: ROW, barHeight: BAR, centred });
  return (
    <>
      {rows.map((row, index) => {
        const bar = bars[index];
        if (!bar) return null;
        return (
          <g key={row.key}>
            <text
              x={centred ? WIDTH / 2 : 0}
              y={bar.labelY}
              textAnchor={centred ? "middle" : "start"}
              fontSize="15"
              fill={INK}
            >
              {row.text}
            </text>
            <rect x={0} y={bar.barY} width={WIDTH} height={BAR} fill="#f1f5f9" />
            <rect x={bar.x} y={bar.barY} width={bar.width} height={BAR} fill={BRAND} />
            {bar.partWidth > 0 ? (
              <rect x={bar.partX} y={bar.barY} width={bar.partWidth} height={BAR} fill={ACCENT} />
            ) : null}
          </g>
        );
      })}
    </>
  );
}

/** Assessments started → submitted → contacted → qualified → won, each bar centred: a funnel. */
export function FunnelChart({ stages }: { stages: readonly FunnelStage[] }) {
  const shown = stages.filter((stage): stage is FunnelStage & { count: number } => stage.count !== null);
  const first = shown[0]?.count ?? 0;
  const share = (count: number) => {
    const value = percentage(count, first);
    return value === null ? "—" : `${value} %`;
  };
  return (
    <ChartFigure
      id="funnel"
      title="From assessment to won"
      summary={funnelSummary(shown)}
      description={`Bars from widest to narrowest: ${shown.map((stage) => `${stage.label} ${stage.count}`).join(", ")}.`}
      chart={(ids) => (
        <Svg ids={ids} title="From assessment to won" height={shown.length * ROW + 4}>
          <desc>One centred bar per stage, as wide as the number of leads that reached it.</desc>
          <BarList
            centred
            rows={shown.map((stage, index) => ({
              key: stage.key,
              value: stage.count,
              text:
                index === 0
                  ? `${stage.label}: ${stage.count}`
                  : `${stage.label}: ${stage.count} (${share(stage.count)})`,
            }))}
          />
        </Svg>
      )}
      table={
        <Table
          headings={["Stage", "Count", `Share of ${shown[0]?.label.toLowerCase() ?? "the first"}`]}
          rows={stages.map((stage) => [
            stage.label,
            stage.count ?? "not split by inbox",
            stage.count === null ? "—" : share(stage.count),
          ])}
        />
      }
    />
  );
}

/** How many reached each questionnaire stage; the part who went no further in the accent colour. */
export function DropOffChart({ rows, submitted }: { rows: readonly DropOffRow[]; submitted: number }) {
  return (
    <ChartFigure
      id="drop-off"
      title="Where visitors leave the questionnaire"
      summary={dropOffSummary(rows, submitted)}
      description="One bar per step: its length is how many visitors reached the step, its orange end how many went no further."
      legend={<BarPartsLegend whole="Went on" part="Left here" />}
      chart={(ids) => (
        <Svg ids={ids} title="Where visitors leave the questionnaire" height={rows.length * ROW + 4}>
          <desc>Bars for each step of the questionnaire, from the first to the review page.</desc>
          <BarList
            rows={rows.map((row) => ({
              key: row.key,
              value: row.reached,
              part: row.left,
              text: `${row.label}: ${row.reached} reached, ${row.left} left`,
            }))}
          />
        </Svg>
      )}
      table={
        <Table
          headings={["Step", "Reached", "Left here", "Left here (share)"]}
          rows={rows.map((row) => {
            const share = percentage(row.left, row.reached);
            return [row.label, row.reached, row.left, share === null ? "—" : `${share} %`];
          })}
        />
      }
    />
  );
}

/** The articles that bring the most qualified leads, as bars (the full table is on the page). */
export function SourceChart({
  rows,
}: {
  rows: ReadonlyArray<{ key: string; label: string; qualified: number; leads: number }>;
}) {
  const top = rows.filter((row) => row.qualified > 0).slice(0, 8);
  const [best] = top;
  return (
    <ChartFigure
      id="sources"
      title="Articles ranked by qualified leads"
      summary={
        best
          ? `“${best.label}” brought the most qualified leads: ${best.qualified} of its ${best.leads} leads.`
          : "No lead from this period has been qualified yet."
      }
      description={`Up to eight sources with qualified leads, most first: ${top.map((row) => `${row.label} ${row.qualified}`).join(", ")}.`}
      chart={(ids) => (
        <Svg ids={ids} title="Articles ranked by qualified leads" height={Math.max(1, top.length) * ROW + 4}>
          <desc>One bar per source, as long as its number of qualified leads.</desc>
          <BarList
            rows={top.map((row) => ({
              key: row.key || "direct",
              value: row.qualified,
              text: `${row.label.length > 48 ? `${row.label.slice(0, 47)}…` : row.label}: ${row.qualified}`,
            }))}
          />
        </Svg>
      )}
      table={
        <Table
          headings={["Source", "Qualified", "Leads"]}
          rows={top.map((row) => [row.label, row.qualified, row.leads])}
        />
      }
    />
  );
}

/**
 * Each consultant's first responses that fell due, as bars: the whole bar is how many were due,
 * its orange end how many missed the deadline (answered late, or overdue and unanswered).
 */
export function ResponseChart({
  rows,
}: {
  rows: ReadonlyArray<ResponseCount & { key: string; meanHours: number | null }>;
}) {
  const due = rows.filter((row) => row.inTime + row.late + row.overdue > 0);
  const title = "First responses against the deadline, by consultant";
  const hours = (value: number | null) => (value === null ? "—" : `${Math.round(value * 10) / 10} h`);
  return (
    <ChartFigure
      id="first-responses"
      title={title}
      summary={responsesSummary(due)}
      description={`One bar per consultant, as long as the first responses that fell due: ${due.map((row) => `${row.name} ${row.inTime} in time, ${row.late + row.overdue} missed`).join("; ")}.`}
      legend={<BarPartsLegend whole="In time" part="Late or overdue" />}
      chart={(ids) => (
        <Svg ids={ids} title={title} height={Math.max(1, due.length) * ROW + 4}>
          <desc>One bar per consultant; the orange end is the deadlines missed.</desc>
          <BarList
            rows={due.map((row) => {
              const total = row.inTime + row.late + row.overdue;
              return {
                key: row.key,
                value: total,
                part: row.late + row.overdue,
                text: `${row.name}: ${row.inTime} of ${total} in time (${percentage(row.inTime, total) ?? 0} %)`,
              };
            })}
          />
        </Svg>
      )}
      table={
        <Table
          headings={["Consultant", "In time", "Late", "Overdue", "Mean time"]}
          rows={due.map((row) => [row.name, row.inTime, row.late, row.overdue, hours(row.meanHours)])}
        />
      }
    />
  );
}

/** The key to bars drawn in two parts: the brand colour for the rest, the accent for the part. */
function BarPartsLegend({ whole, part }: { whole: string; part: string }) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink" aria-hidden="true">
      <span>
        <span className="mr-1 inline-block h-3 w-3 bg-brand align-middle" /> {whole}
      </span>
      <span>
        <span className="mr-1 inline-block h-3 w-3 bg-accent align-middle" /> {part}
      </span>
    </p>
  );
}
