import type { DryRunPlacement, DryRunReport } from "~/domain/routing/dry-run";

/** How many moved leads the page lists; the counts always cover every lead tried. */
const LISTED_MOVES = 300;

function Placement({ placement, inboxName }: { placement: DryRunPlacement; inboxName: (slug: string) => string }) {
  return (
    <>
      <strong className="text-ink">{inboxName(placement.inbox)}</strong>{" "}
      {placement.ruleName ? `by “${placement.ruleName}”` : "as the fallback"}
      <span className="block text-sm text-ink-soft">{placement.reasons.join("; ")}</span>
    </>
  );
}

/** What a draft would do to recent leads, compared with the rules in force. */
export function DryRunResult({ report, inboxName }: { report: DryRunReport; inboxName: (slug: string) => string }) {
  if (report.leads === 0) {
    return (
      <section role="status" aria-labelledby="dry-run-heading" className="mt-4 rounded-md bg-brand-light p-4">
        <h3 id="dry-run-heading" className="font-semibold text-ink">
          Dry run of version {report.draftVersion}
        </h3>
        <p className="mt-1 text-ink" data-testid="dry-run-empty">
          {report.skipped === 0
            ? "There are no leads yet, so there is nothing to try the rules on."
            : `None of the ${report.skipped} recent leads has answers that can be routed, so there is nothing to compare.`}
        </p>
      </section>
    );
  }
  const moved = report.moved.length;
  return (
    <section
      role="status"
      aria-labelledby="dry-run-heading"
      className="mt-4 rounded-md bg-brand-light p-4"
      data-testid="dry-run"
    >
      <h3 id="dry-run-heading" className="font-semibold text-ink">
        Dry run of version {report.draftVersion} on the last {report.leads} leads
      </h3>
      <p className="mt-1 text-ink" data-testid="dry-run-summary">
        {moved === 0
          ? "No lead would go to another inbox."
          : `${moved} of ${report.leads} leads would go to another inbox.`}
        {report.skipped > 0 ? ` ${report.skipped} leads without routable answers were left out.` : ""} Nothing was
        stored.
      </p>
      <table className="mt-3 w-full text-left text-sm" data-testid="dry-run-inboxes">
        <caption className="sr-only">Leads per inbox under the rules in force and under the draft</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="py-1 pr-2">
              Inbox
            </th>
            <th scope="col" className="py-1 pr-2">
              In force ({report.currentVersion})
            </th>
            <th scope="col" className="py-1">
              Draft ({report.draftVersion})
            </th>
          </tr>
        </thead>
        <tbody>
          {report.inboxes.map((row) => (
            <tr key={row.inbox} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-2 font-medium">
                {inboxName(row.inbox)}
              </th>
              <td className="py-1 pr-2">{row.current}</td>
              <td className="py-1">{row.draft}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {moved > 0 ? (
        <>
          <h4 className="mt-4 font-semibold text-ink">Leads that would move</h4>
          <ul className="mt-2 space-y-3" data-testid="dry-run-moves">
            {report.moved.slice(0, LISTED_MOVES).map((move) => (
              <li key={move.id} className="break-words rounded-md bg-white p-3">
                <span className="font-semibold text-ink">
                  {move.ref} · {move.company}
                </span>
                <span className="mt-1 block">
                  Now: <Placement placement={move.current} inboxName={inboxName} />
                </span>
                <span className="mt-1 block">
                  Under the draft: <Placement placement={move.draft} inboxName={inboxName} />
                </span>
              </li>
            ))}
          </ul>
          {moved > LISTED_MOVES ? (
            <p className="mt-2 text-sm text-ink-soft">And {moved - LISTED_MOVES} more, counted in the table above.</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
