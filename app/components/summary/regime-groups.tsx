import type { RegimeView, SummaryView } from "~/domain/summary";

/** One regulation: the verdict and "When" in view; the evidence folds away under it. */
function RegimeItem({ regime }: { regime: RegimeView }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`regime-${regime.id}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="font-serif text-lg font-bold text-ink">{regime.name}</h4>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-semibold ${regime.state === "in-force" ? "bg-brand text-white" : "bg-orange-100 text-orange-900"}`}
        >
          {regime.state === "in-force" ? "In force" : "Coming"}
        </span>
      </div>
      {regime.tierLabel ? <p className="text-ink">{regime.tierLabel}</p> : null}
      <p className="mt-1 text-sm text-ink" data-testid="when">
        <span className="font-semibold">When: </span>
        {regime.when}
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-semibold text-brand">Why we think so and what it asks of you</summary>
        <div className="mt-2 space-y-3">
          {regime.reasons.length > 0 ? (
            <div>
              <h5 className="font-semibold text-ink">Why we think so</h5>
              <ul className="mt-1 list-disc pl-5 text-ink-soft">
                {regime.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {regime.obligations.length > 0 ? (
            <div>
              <h5 className="font-semibold text-ink">What it asks of you</h5>
              <ul className="mt-1 list-disc pl-5 text-ink">
                {regime.obligations.map((obligation) => (
                  <li key={obligation}>{obligation}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <p>
            <span className="font-semibold text-ink">Maximum penalty: </span>
            <span className="text-ink-soft">{regime.maxPenalty}</span>
          </p>
          <p className="text-xs text-ink-soft">
            {regime.law}. {regime.confidenceNote}
          </p>
        </div>
      </details>
    </li>
  );
}

function Group({
  id,
  title,
  intro,
  regimes,
  tone,
}: {
  id: string;
  title: string;
  intro: string;
  regimes: readonly RegimeView[];
  tone: string;
}) {
  return (
    <section aria-labelledby={id} className={`rounded-xl border-2 p-4 sm:p-5 ${tone}`} data-testid={`group-${id}`}>
      <h3 id={id} className="font-serif text-xl font-bold text-ink">
        {title} ({regimes.length})
      </h3>
      <p className="mt-1 text-sm text-ink-soft">{intro}</p>
      {regimes.length > 0 ? (
        <ul className="mt-3 space-y-3">
          {regimes.map((regime) => (
            <RegimeItem key={regime.id} regime={regime} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-ink">None on your answers.</p>
      )}
    </section>
  );
}

export function RegimeGroups({ view }: { view: SummaryView }) {
  return (
    <section aria-labelledby="regulations" className="space-y-4">
      <h2 id="regulations" className="font-serif text-2xl font-bold text-ink">
        The regulations, one by one
      </h2>
      <Group
        id="likely"
        title="Likely to apply"
        intro="Your answers meet these regulations' conditions."
        regimes={view.likely}
        tone="border-red-200 bg-red-50/40"
      />
      <Group
        id="possible"
        title="Possibly applies"
        intro="Your answers fit, but the outcome turns on facts a short conversation settles."
        regimes={view.possible}
        tone="border-dashed border-amber-300 bg-amber-50/40"
      />
      {view.unlikely.length > 0 ? (
        <p className="text-sm text-ink-soft">
          <span className="font-semibold text-ink">Unlikely on your answers: </span>
          {view.unlikely.join(" · ")}
        </p>
      ) : null}
    </section>
  );
}
