import { type RegimeAssessment, reasonLines } from "~/domain/exposure";
import { regimeTiming, regimeWhenSentence } from "~/domain/summary";

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
  return (
    <span className={`inline-block rounded-full px-3 py-1 text-sm font-bold ${BAND_STYLE[band] ?? ""}`}>{band}</span>
  );
}

/** `today`: the calendar day the card is read on, so its "When" is true that day. */
export function RegimeCard({ regime, today }: { regime: RegimeAssessment; today: string }) {
  const reasons = reasonLines(regime);
  const timing = regimeTiming(regime, today);
  return (
    <article
      className={`rounded-lg border p-5 ${STATUS_STYLE[regime.status] ?? ""} break-inside-avoid`}
      aria-labelledby={`regime-${regime.regime}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`regime-${regime.regime}`} className="font-serif text-xl font-bold text-ink">
          {regime.name}
        </h3>
        <span className="text-sm font-semibold uppercase tracking-wide">{regime.status}</span>
      </div>
      <p className="text-sm text-ink-soft">{regime.law}</p>
      {regime.tierLabel ? <p className="mt-2 font-medium text-ink">{regime.tierLabel}</p> : null}
      {reasons.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold text-ink">Why we think so</h4>
          <ul className="mt-1 list-disc pl-5 text-sm text-ink-soft">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {regime.obligations.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold text-ink">What it asks of you</h4>
          <ul className="mt-1 list-disc pl-5 text-sm text-ink">
            {regime.obligations.map((obligation) => (
              <li key={obligation}>{obligation}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold text-ink">When</dt>
          <dd className="text-ink-soft" data-testid="when">
            {timing ? regimeWhenSentence(timing) : "—"}
          </dd>
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
