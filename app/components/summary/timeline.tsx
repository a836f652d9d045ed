import type { Timeline } from "~/domain/summary";

// tailwind.config.ts's brand and accent, given as SVG attributes rather than inline styles.
const IN_FORCE = "#0f5c4d";
const COMING = "#b4530a";

/**
 * The deadline timeline, drawn as SVG on the server (no script needed). Solid green: in force;
 * dashed orange: not yet; a diamond marks each date still to come. The list after it says the
 * same in words and is what the SVG's description points to.
 */
export function DeadlineTimeline({ timeline }: { timeline: Timeline }) {
  const { lanesHeight } = timeline;
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="font-serif text-2xl font-bold text-ink">
        Deadlines
      </h2>
      <p className="text-sm text-ink-soft">
        <span className="mr-1 inline-block h-1 w-6 bg-brand align-middle" aria-hidden="true" /> in force
        <span
          className="ml-4 mr-1 inline-block w-6 border-t-2 border-dashed border-accent align-middle"
          aria-hidden="true"
        />{" "}
        not yet in force
        <span className="ml-4 mr-1 inline-block h-2.5 w-2.5 rotate-45 bg-accent align-middle" aria-hidden="true" /> a
        date to come
      </p>
      <figure>
        <svg
          viewBox={`-4 -4 ${timeline.width + 8} ${timeline.height + 8}`}
          className="w-full max-w-3xl"
          role="img"
          aria-labelledby="timeline-title"
          aria-describedby="timeline-text"
          data-testid="timeline-svg"
        >
          <title id="timeline-title">{timeline.title}</title>
          {timeline.ticks.map((tick) => (
            <g key={tick.label}>
              <line x1={tick.x} x2={tick.x} y1={0} y2={lanesHeight} stroke="#cbd5e1" strokeWidth={1} />
              <text x={tick.x} y={lanesHeight + 18} fontSize={11} textAnchor="middle" fill="#3d4a66">
                {tick.label}
              </text>
            </g>
          ))}
          <text x={0} y={lanesHeight + 18} fontSize={11} fill="#3d4a66">
            Today
          </text>
          <text x={timeline.width} y={lanesHeight + 18} fontSize={11} textAnchor="end" fill="#3d4a66">
            {timeline.endLabel}
          </text>
          {timeline.lanes.map((lane) => (
            <g key={lane.regime} data-state={lane.state}>
              <text x={0} y={lane.y + 14} fontSize={12} fontWeight={600} fill="#14213d">
                {`${lane.name}${lane.status === "possible" ? " (possible)" : ""}`}
              </text>
              {lane.solidFrom > 0 ? (
                <line
                  x1={0}
                  x2={lane.solidFrom}
                  y1={lane.y + 26}
                  y2={lane.y + 26}
                  stroke={COMING}
                  strokeWidth={3}
                  strokeDasharray="5 4"
                />
              ) : null}
              <line
                x1={lane.solidFrom}
                x2={timeline.width - 6}
                y1={lane.y + 26}
                y2={lane.y + 26}
                stroke={IN_FORCE}
                strokeWidth={lane.solidFrom > 0 ? 3 : 5}
              />
              {lane.markers.map((marker) => (
                <rect
                  key={`${marker.date}-${marker.label}`}
                  x={marker.x - 5}
                  y={lane.y + 21}
                  width={10}
                  height={10}
                  fill={COMING}
                  stroke="#fff"
                  strokeWidth={1.5}
                  transform={`rotate(45 ${marker.x} ${lane.y + 26})`}
                >
                  <title>{`${marker.label}: ${marker.text}`}</title>
                </rect>
              ))}
            </g>
          ))}
        </svg>
        <figcaption className="mt-3">
          <TimelineText timeline={timeline} />
        </figcaption>
      </figure>
    </section>
  );
}

/** The timeline in words: what is in force, then what is coming, soonest first. */
export function TimelineText({ timeline }: { timeline: Timeline }) {
  const inForce = timeline.entries.filter((entry) => entry.state === "in-force");
  const coming = timeline.entries.filter((entry) => entry.state === "coming");
  return (
    <div id="timeline-text" className="grid gap-4 text-sm sm:grid-cols-2" data-testid="timeline-text">
      <div>
        <h3 className="font-semibold text-ink">In force today</h3>
        {inForce.length > 0 ? (
          <ul className="mt-1 space-y-1 text-ink">
            {inForce.map((entry) => (
              <li key={`${entry.regime}-${entry.date}`}>
                <strong>{entry.regime}</strong>: {entry.text}
                {entry.unsure ? " (rests on a “Not sure” answer)" : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-ink-soft">Nothing yet.</p>
        )}
      </div>
      <div>
        <h3 className="font-semibold text-ink">Coming</h3>
        {coming.length > 0 ? (
          <ol className="mt-1 space-y-1 text-ink">
            {coming.map((entry) => (
              <li key={`${entry.regime}-${entry.date}-${entry.label}`}>
                <strong>{entry.regime}</strong>: {entry.label}, {entry.text}
                {entry.unsure ? " (rests on a “Not sure” answer)" : ""}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-1 text-ink-soft">No later date is set.</p>
        )}
      </div>
    </div>
  );
}
