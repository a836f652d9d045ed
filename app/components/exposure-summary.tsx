import { type Assessment, type RegimeAssessment, reasonLines } from "~/domain/exposure";
import { regimeTiming, regimeWhenSentence, timeOverview } from "~/domain/summary";

const BAND_STYLE: Record<string, string> = {
  Critical: "bg-red-800 text-white",
  High: "bg-orange-700 text-white",
  Moderate: "bg-amber-200 text-ink",
  Low: "bg-emerald-100 text-emerald-900",
};

const STATUS_STYLE: Record<string, string> = {
  likely: "bg-red-50 text-red-800 border-red-200",
  possible: "bg-amber-50 text-amber-900 border-amber-200",
  unlikely: "bg-slate-50 text-slate-700 border-slate-200",
};

export function BandBadge({ band }: { band: string }) {
  return <span className={`inline-block rounded-full px-3 py-1 text-sm font-bold ${BAND_STYLE[band] ?? ""}`}>{band}</span>;
}

/** `today`: the calendar day the card is read on, so its "When" is true that day. */
export function RegimeCard({ regime, today }: { regime: RegimeAssessment; today: string }) {
  const reasons = reasonLines(regime);
  const timing = regimeTiming(regime, today);
  return (
    <article className={`rounded-lg border p-5 ${STATUS_STYLE[regime.status] ?? ""} break-inside-avoid`} aria-labelledby={`regime-${regime.regime}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`regime-${regime.regime}`} className="font-serif text-xl font-bold text-ink">{regime.name}</h3>
        <span className="text-sm font-semibold uppercase tracking-wide">{regime.status}</span>
      </div>
      <p className="text-sm text-ink-soft">{regime.law}</p>
      {regime.tierLabel ? <p className="mt-2 font-medium text-ink">{regime.tierLabel}</p> : null}
      {reasons.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold text-ink">Why we think so</h4>
          <ul className="mt-1 list-disc pl-5 text-sm text-ink-soft">
            {reasons.map((reason) => <li key={reason}>{reason}</li>)}
          </ul>
        </div>
      ) : null}
      {regime.obligations.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold text-ink">What it asks of you</h4>
          <ul className="mt-1 list-disc pl-5 text-sm text-ink">
            {regime.obligations.map((obligation) => <li key={obligation}>{obligation}</li>)}
          </ul>
        </div>
      ) : null}
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold text-ink">When</dt>
          <dd className="text-ink-soft" data-testid="when">{timing ? regimeWhenSentence(timing) : "—"}</dd>
        </div>
        <div>
          <dt className="font-semibold text-ink">Maximum penalty</dt>
          <dd className="text-ink-soft">{regime.maxPenalty}</dd>
        </div>
      </dl>
      <p className="mt-3 text-xs text-ink-soft">{regime.confidenceNote}</p>
    </article>
  );
}

export function ExposureSummary({ assessment, today }: { assessment: Assessment; today: string }) {
  const time = timeOverview(assessment.regimes, today);
  const likely = assessment.regimes.filter((regime) => regime.status === "likely");
  const possible = assessment.regimes.filter((regime) => regime.status === "possible");
  const unlikely = assessment.regimes.filter((regime) => regime.status === "unlikely");
  return (
    <div className="space-y-8">
      {assessment.redFlags.length > 0 ? (
        <section aria-labelledby="red-flags" className="rounded-lg border-2 border-red-700 bg-red-50 p-5">
          <h2 id="red-flags" className="font-serif text-xl font-bold text-red-800">Needs attention now</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-red-900">
            {assessment.redFlags.map((flag) => <li key={flag.id}>{flag.message}</li>)}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="overall" className="grid gap-4 rounded-lg border border-slate-200 p-5 sm:grid-cols-3">
        <h2 id="overall" className="sr-only">Overall exposure</h2>
        <div>
          <p className="text-sm text-ink-soft">Exposure band</p>
          <p className="mt-1" data-testid="band"><BandBadge band={assessment.band} /></p>
        </div>
        <div>
          <p className="text-sm text-ink-soft">Impact score</p>
          <p className="mt-1 text-2xl font-bold text-ink" data-testid="impact">{assessment.impact} <span className="text-base font-normal text-ink-soft">/ 100</span></p>
        </div>
        <div>
          <p className="text-sm text-ink-soft">Next deadline</p>
          <p className="mt-1 font-semibold text-ink">{time.nextSentence}</p>
        </div>
      </section>
      {assessment.gaps.length > 0 ? (
        <section aria-labelledby="gaps">
          <h2 id="gaps" className="font-serif text-2xl font-bold text-ink">Gaps you told us about</h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-ink">
            {assessment.gaps.map((gap) => <li key={gap.control}>{gap.message}</li>)}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="likely">
        <h2 id="likely" className="font-serif text-2xl font-bold text-ink">Likely to apply ({likely.length})</h2>
        <div className="mt-4 grid gap-4">{likely.map((regime) => <RegimeCard key={regime.regime} regime={regime} today={today} />)}</div>
        {likely.length === 0 ? <p className="mt-2 text-ink-soft">None on your answers.</p> : null}
      </section>
      <section aria-labelledby="possible">
        <h2 id="possible" className="font-serif text-2xl font-bold text-ink">Possibly applies ({possible.length})</h2>
        <div className="mt-4 grid gap-4">{possible.map((regime) => <RegimeCard key={regime.regime} regime={regime} today={today} />)}</div>
        {possible.length === 0 ? <p className="mt-2 text-ink-soft">None on your answers.</p> : null}
      </section>
      {unlikely.length > 0 ? (
        <section aria-labelledby="unlikely">
          <h2 id="unlikely" className="font-serif text-2xl font-bold text-ink">Unlikely on your answers</h2>
          <p className="mt-2 text-ink-soft">{unlikely.map((regime) => regime.name).join(" · ")}</p>
        </section>
      ) : null}
      <p className="rounded-md bg-slate-100 p-4 text-sm text-ink-soft" data-testid="disclaimer">{assessment.disclaimer}</p>
    </div>
  );
}
