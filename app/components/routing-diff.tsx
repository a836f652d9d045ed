import { Form } from "@remix-run/react";
import type { RoutingRuleset } from "~/domain/routing/rules";
import type { RulesetDiff } from "~/domain/routing/version-diff";

export interface VersionComparison {
  before: RoutingRuleset;
  after: RoutingRuleset;
  diff: RulesetDiff;
  /** The diff in sentences, made on the server. */
  lines: string[];
}

const SELECT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

/** Two stored versions chosen from the history, and what changed between them. */
export function VersionDiff({
  versions,
  from,
  to,
  comparison,
}: {
  versions: string[];
  from: string;
  to: string;
  comparison: VersionComparison | null;
}) {
  return (
    <>
      <Form method="get" className="mt-3 flex flex-wrap items-end gap-3" data-testid="diff-form">
        <div className="min-w-0 flex-1">
          <label htmlFor="diff-from" className="block text-sm font-semibold text-ink">
            Compare version
          </label>
          <select id="diff-from" name="from" defaultValue={from} className={SELECT}>
            {versions.map((version) => (
              <option key={version}>{version}</option>
            ))}
          </select>
        </div>
        <div className="min-w-0 flex-1">
          <label htmlFor="diff-to" className="block text-sm font-semibold text-ink">
            with version
          </label>
          <select id="diff-to" name="to" defaultValue={to} className={SELECT}>
            {versions.map((version) => (
              <option key={version}>{version}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary">
          Compare
        </button>
      </Form>
      {comparison ? (
        <div className="mt-4" data-testid="version-diff">
          <h3 className="font-semibold text-ink">
            From {comparison.diff.from} to {comparison.diff.to}
          </h3>
          {comparison.lines.length === 0 ? (
            <p className="mt-1 text-ink-soft">The two versions route every lead the same way: no rule differs.</p>
          ) : (
            <ul className="mt-2 list-disc space-y-1 break-words pl-5">
              {comparison.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <details className="mt-3">
            <summary className="cursor-pointer text-brand">Both versions as JSON, side by side</summary>
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              {[comparison.before, comparison.after].map((ruleset, index) => (
                <figure key={index} className="min-w-0">
                  <figcaption className="text-sm font-semibold text-ink">Version {ruleset.version}</figcaption>
                  {/* Wrapped rather than scrolled, so a phone never scrolls sideways and no region needs focus. */}
                  <pre className="mt-1 whitespace-pre-wrap break-all rounded-md bg-slate-50 p-3 text-xs">
                    {JSON.stringify(ruleset, null, 2)}
                  </pre>
                </figure>
              ))}
            </div>
          </details>
        </div>
      ) : null}
    </>
  );
}
