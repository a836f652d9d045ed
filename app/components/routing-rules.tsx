import { Form, Link, useNavigation } from "@remix-run/react";
import { formatInstant } from "~/domain/date-format";
import { CONDITION_SPECS, ROUTING_FIELDS, describeRule } from "~/domain/routing";
import type { RoutingFormCatalogue } from "~/domain/routing/form-catalogue";
import type { RulesetDraft } from "~/domain/routing/rule-form";
import type { RoutingOverview } from "~/server/routing/overview.types";
import type { RoutingFormAnswer } from "~/server/routing/form.types";
import { FieldError, describedBy } from "./form";
import { RoutingBuilder } from "./routing-builder";
import { type VersionComparison, VersionDiff } from "./routing-diff";
import { DryRunResult } from "./routing-dry-run";
import { ActivateChoice, DryRunChoice } from "./routing-save";

const CARD = "rounded-lg border border-slate-200 bg-white p-5";

function Problems({ problems, testId }: { problems: string[]; testId: string }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-4" data-testid={testId}>
      <p className="font-semibold text-red-800">The rules were not saved:</p>
      <ul className="mt-2 list-disc break-words pl-5 text-red-800">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The rules in force in words, the stored versions and a diff between any two, and a new
 * version built with a form or written as JSON, each with a dry run before saving.
 */
export function RoutingRulesPage({
  overview,
  catalogue,
  answer,
  startDraft,
  startText,
  comparison,
  building,
  timeZone,
}: {
  overview: RoutingOverview;
  catalogue: RoutingFormCatalogue;
  /** The server's answer to the last post, if any. */
  answer: RoutingFormAnswer | null;
  /** The rules in force under the next version, where both editors start. */
  startDraft: RulesetDraft;
  startText: string;
  comparison: { from: string; to: string; result: VersionComparison | null };
  /** Whether the builder was asked for (it lays out the whole ruleset as a form, so it is shown on request). */
  building: boolean;
  /** The business time zone, in which every admin page shows times. */
  timeZone: string;
}) {
  const busy = useNavigation().state !== "idle";
  const { active, versions, inboxes } = overview;
  const inboxName = (slug: string) => inboxes.find((inbox) => inbox.slug === slug)?.name ?? slug;
  const fromJson = answer?.editor === "json" ? answer : null;
  const fromBuilder = answer?.editor === "builder" ? answer : null;
  const problems = fromJson?.problems ?? [];
  const draft = fromJson?.rules ?? startText;
  const builderDraft = fromBuilder?.draft ?? startDraft;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold text-ink">Routing rules</h1>
      <p className="mb-6 mt-2 max-w-3xl text-ink-soft">
        A new lead goes to the inbox of the first rule whose conditions all hold; a lead no rule takes goes to the
        fallback inbox. Within the inbox, the lead goes to an active member who is not out of office and under capacity,
        fewest open leads first. Changing the rules affects new leads only.
      </p>

      <section aria-labelledby="active-heading" className={CARD}>
        <h2 id="active-heading" className="font-serif text-xl font-bold text-ink">
          In force: version {active.version}
        </h2>
        <ol className="mt-4 list-decimal space-y-3 pl-6">
          {active.rules.map((rule) => (
            <li key={rule.id}>
              <span className="font-semibold text-ink">{rule.name}</span>{" "}
              <span className="text-xs text-ink-soft">({rule.id})</span>
              <span className="block text-ink-soft">
                {describeRule(rule)} <span aria-hidden="true">→</span>
                <span className="sr-only">: to</span> <strong className="text-ink">{inboxName(rule.inbox)}</strong>
              </span>
            </li>
          ))}
        </ol>
        <p className="mt-4 text-ink">
          Otherwise, to the fallback inbox: <strong>{inboxName(active.fallbackInbox)}</strong>
        </p>
      </section>

      <section aria-labelledby="versions-heading" className={`${CARD} mt-6`}>
        <h2 id="versions-heading" className="font-serif text-xl font-bold text-ink">
          Versions
        </h2>
        {/* The confirmation to put a version back in force widens its row; on a phone the table scrolls, not the page. */}
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Stored versions of the routing rules, newest first</caption>
            <thead className="border-b border-slate-300 text-xs uppercase tracking-wide">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Version
                </th>
                <th scope="col" className="py-2 pr-4">
                  Saved
                </th>
                <th scope="col" className="py-2 pr-4">
                  Rules
                </th>
                <th scope="col" className="py-2">
                  State
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((entry, index) => {
                // The version an administrator just tried to put back in force opens again, with what was wrong.
                const asked = answer?.editor === "versions" && answer.version === entry.version ? answer : null;
                const confirmId = `version-${index}-confirm`;
                const confirmError = asked?.fields.confirm;
                return (
                  <tr key={entry.version} className="border-b border-slate-100" data-testid="routing-version">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {entry.version}
                    </th>
                    <td className="py-2 pr-4">
                      <time dateTime={entry.createdAt}>{formatInstant(entry.createdAt, timeZone)}</time>
                    </td>
                    <td className="py-2 pr-4">{entry.rules}</td>
                    <td className="py-2">
                      {entry.active ? (
                        <span className="font-semibold text-brand">In force</span>
                      ) : (
                        // Putting a version back in force changes where every new lead goes, so it takes an
                        // explicit tick the server requires; <details> and a checkbox work without JavaScript.
                        <details open={asked !== null}>
                          <summary className="link cursor-pointer">Put version {entry.version} back in force…</summary>
                          <Form method="post" className="mt-2 max-w-xs space-y-2">
                            <input type="hidden" name="version" value={entry.version} />
                            <p className="text-ink-soft">
                              New leads are routed by version {entry.version} from the moment you confirm; leads already
                              routed keep their inbox.
                            </p>
                            <label htmlFor={confirmId} className="flex items-start gap-2 text-ink">
                              <input
                                id={confirmId}
                                type="checkbox"
                                name="confirm"
                                aria-invalid={confirmError ? true : undefined}
                                aria-describedby={describedBy(confirmId, { error: confirmError })}
                                className="mt-1 h-4 w-4 shrink-0 accent-brand"
                              />
                              Yes, put version {entry.version} back in force
                            </label>
                            <FieldError field={confirmId} message={confirmError} />
                            <button
                              type="submit"
                              name="intent"
                              value="activate"
                              className="button-secondary"
                              disabled={busy}
                            >
                              Put version {entry.version} in force
                            </button>
                          </Form>
                        </details>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Problems problems={answer?.editor === "versions" ? answer.problems : []} testId="version-problems" />
        <h3 className="mt-6 font-semibold text-ink">What changed between two versions</h3>
        <VersionDiff
          versions={versions.map((entry) => entry.version)}
          from={comparison.from}
          to={comparison.to}
          comparison={comparison.result}
        />
      </section>

      <section aria-labelledby="build-heading" className={`${CARD} mt-6`}>
        <h2 id="build-heading" className="font-serif text-xl font-bold text-ink">
          Build a new version
        </h2>
        <p className="mt-2 text-ink-soft">
          Start from the rules in force: add, reorder and remove rules, and pick each condition from what the rules
          understand. Rules are tried from the top; the first whose conditions all hold takes the lead. Try the draft on
          recent leads before saving it.
        </p>
        <Problems problems={fromBuilder?.problems ?? []} testId="builder-problems" />
        {fromBuilder?.dryRun ? <DryRunResult report={fromBuilder.dryRun} inboxName={inboxName} /> : null}
        {building || fromBuilder ? (
          <RoutingBuilder
            // A new answer from the server (an edit without JavaScript, a refusal) starts the form from what it holds.
            key={JSON.stringify(builderDraft)}
            initial={builderDraft}
            catalogue={catalogue}
            fields={fromBuilder?.fields ?? {}}
            sample={fromBuilder?.sample ?? ""}
            activate={fromBuilder?.activate ?? false}
            busy={busy}
          />
        ) : (
          <p className="mt-4">
            <Link to="?build=1#build-heading" className="button-secondary inline-block">
              Open the rule builder
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="edit-heading" className={`${CARD} mt-6`}>
        <h2 id="edit-heading" className="font-serif text-xl font-bold text-ink">
          Or write a new version as JSON
        </h2>
        <p className="mt-2 text-ink-soft">
          The same rules as text, for those who prefer it: both editors store the same ruleset. Nothing is stored unless
          every rule is valid; each problem is listed with where it is.
        </p>
        <Problems problems={problems} testId="routing-problems" />
        {fromJson?.dryRun ? <DryRunResult report={fromJson.dryRun} inboxName={inboxName} /> : null}
        {/* Keyed on its text, so a refused save shows what was sent. */}
        <Form method="post" className="mt-4 space-y-4" key={draft}>
          <div>
            <label htmlFor="rules" className="block font-semibold text-ink">
              Rules (JSON)
            </label>
            <textarea
              id="rules"
              name="rules"
              rows={24}
              spellCheck={false}
              defaultValue={draft}
              aria-invalid={problems.length > 0 ? true : undefined}
              aria-describedby="rules-help"
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
            />
            <div id="rules-help" className="mt-2 text-sm text-ink-soft">
              <p>
                A ruleset is <code>{"{ version, rules, fallbackInbox }"}</code>; a rule is{" "}
                <code>{"{ id, name, when, inbox }"}</code>, and each condition in <code>when</code> is{" "}
                <code>{"{ field, op, value }"}</code>. Inboxes: {inboxes.map((inbox) => inbox.slug).join(", ")}.
              </p>
              <p className="mt-1">
                Fields and their operators:{" "}
                {ROUTING_FIELDS.map((field) => `${field} (${Object.keys(CONDITION_SPECS[field]).join(", ")})`).join(
                  "; ",
                )}
                .
              </p>
            </div>
          </div>
          <DryRunChoice
            prefix="json"
            intent="json-dry-run"
            sample={fromJson?.sample ?? ""}
            error={fromJson?.fields.sample}
            busy={busy}
          />
          <ActivateChoice
            prefix="json"
            intent="save"
            activate={fromJson?.activate ?? false}
            error={fromJson?.fields.confirm}
            busy={busy}
          />
        </Form>
      </section>
    </>
  );
}
