import type { SummaryView } from "~/domain/summary";

const BAND_STYLE: Record<string, string> = {
  Critical: "border-red-800 bg-red-50",
  High: "border-orange-700 bg-orange-50",
  Moderate: "border-amber-500 bg-amber-50",
  Low: "border-emerald-700 bg-emerald-50",
};

/**
 * What a decision-maker needs before scrolling, on a phone too: the band in words, what applies
 * today, the next date, the penalty scale for their size, and three things to do this quarter.
 */
export function FirstScreen({ view }: { view: SummaryView }) {
  return (
    <section aria-labelledby="at-a-glance" className="space-y-2 sm:space-y-3" data-testid="first-screen">
      <h2 id="at-a-glance" className="sr-only">
        At a glance
      </h2>
      <p
        className={`rounded-lg border-l-4 px-3 py-2 text-sm text-ink sm:p-4 sm:text-base ${BAND_STYLE[view.band] ?? "border-slate-400 bg-slate-50"}`}
        data-testid="band-words"
      >
        <span className="font-bold">Exposure band: </span>
        {view.bandWords}
      </p>
      <dl className="grid gap-2 text-sm sm:grid-cols-2 sm:gap-3 sm:text-base">
        <div className="rounded-lg border border-slate-200 px-3 py-2 sm:p-4">
          <dt className="text-xs font-semibold uppercase tracking-wide text-ink-soft">Today ({view.todayText})</dt>
          <dd className="mt-0.5 sm:mt-1 font-semibold text-ink" data-testid="applies-today">
            {view.headline}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 px-3 py-2 sm:p-4">
          <dt className="text-xs font-semibold uppercase tracking-wide text-ink-soft">Next dated obligation</dt>
          <dd className="mt-0.5 sm:mt-1 text-ink" data-testid="next-obligation">
            {view.nextObligation}
          </dd>
        </div>
        {view.penalty ? (
          <div className="rounded-lg border border-slate-200 px-3 py-2 sm:p-4 sm:col-span-2">
            <dt className="text-xs font-semibold uppercase tracking-wide text-ink-soft">Penalty scale for your size</dt>
            <dd className="mt-0.5 sm:mt-1 text-ink" data-testid="penalty-scale">
              {view.penalty}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="rounded-lg bg-brand-light px-3 py-2 sm:p-4">
        <h2 className="font-serif text-base font-bold text-ink sm:text-xl">To do this quarter</h2>
        {view.actions.length > 0 ? (
          <ol className="mt-1 list-decimal space-y-1 pl-5 sm:mt-2 text-sm text-ink sm:text-base" data-testid="actions">
            {view.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-ink" data-testid="actions">
            Nothing to act on this quarter on these answers. If your markets, products or use of AI change, take the
            assessment again.
          </p>
        )}
      </div>
    </section>
  );
}
