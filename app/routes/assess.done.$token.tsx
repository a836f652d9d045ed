import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { FirstScreen } from "~/components/summary/first-screen";
import { RegimeGroups } from "~/components/summary/regime-groups";
import { TalkToUs } from "~/components/summary/talk-to-us";
import { DeadlineTimeline } from "~/components/summary/timeline";
import { mailSettingsOf } from "~/server/leads/emails.server";
import { shareSummary } from "~/server/summary/share.server";
import { findVisitorSummary } from "~/server/summary/summary.server";

export async function loader({ params, context }: LoaderFunctionArgs) {
  // Read for this moment: every sentence about time is worked out for the day it is read.
  const summary = await findVisitorSummary(
    context.db,
    params.token ?? "",
    new Date(),
    context.settings.businessCalendar.timeZone,
  );
  if (!summary) throw new Response("Not found", { status: 404 });
  const { leadId: _internal, ...shown } = summary;
  return shown;
}

/** "Send to a colleague": the only form on the page. */
export async function action({ params, request, context }: ActionFunctionArgs) {
  const outcome = await shareSummary(context.db, params.token ?? "", await request.formData(), {
    clientIp: context.clientIp,
    now: new Date(),
    mail: mailSettingsOf(context.settings),
  });
  if (!outcome) throw new Response("Not found", { status: 404 });
  if (!outcome.ok) return data({ sentTo: null, error: outcome.message }, { status: outcome.status });
  return data({ sentTo: outcome.sentTo, error: null });
}

export const meta: MetaFunction = () => [
  { title: "Your exposure summary · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
  // "same-origin", not "no-referrer": under no-referrer a posted form says it comes from nowhere
  // (Origin: null) and the same-origin check refuses it; this still keeps the address from other sites.
  { name: "referrer", content: "same-origin" },
];

/** Said plainly, where it matters: before everything when nothing we cover applies, else after the first screen. */
function ScopeNotice({ sentence }: { sentence: string }) {
  return (
    <p className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-ink" data-testid="scope-notice">
      {sentence}{" "}
      <a href="#talk" className="font-semibold text-brand underline">
        Talk to us about it
      </a>
      .
    </p>
  );
}

export default function ExposureSummaryPage() {
  const summary = useLoaderData<typeof loader>();
  const { view } = summary;
  const { token } = useParams();
  const shared = useActionData<typeof action>();
  return (
    <div className="container-page max-w-4xl space-y-3 py-3 sm:space-y-8 sm:py-10">
      <header>
        <p className="text-xs font-semibold uppercase tracking-wider text-brand sm:text-sm">
          Exposure summary · <span data-testid="reference">{summary.publicRef}</span>
        </p>
        <h1 className="mt-1 font-serif text-xl font-bold text-ink sm:text-4xl">
          {summary.company}: what applies, and what to do
        </h1>
      </header>
      {view.scope?.onlyOutside ? <ScopeNotice sentence={view.scope.sentence} /> : null}
      <FirstScreen view={view} />
      {view.scope && !view.scope.onlyOutside ? <ScopeNotice sentence={view.scope.sentence} /> : null}
      {view.timeline ? <DeadlineTimeline timeline={view.timeline} /> : null}
      <RegimeGroups view={view} />
      <TalkToUs
        reference={summary.publicRef}
        contact={summary.contact}
        respondBy={summary.respondBy}
        scope={view.scope}
      >
        {summary.contact ? (
          <p className="mt-4">
            <Link
              to={`/assess/done/${token}/call`}
              className="inline-flex rounded-md bg-accent px-5 py-3 font-semibold text-white"
              data-testid="book-call"
            >
              Book a call with {summary.contact.name}
            </Link>
          </p>
        ) : null}
      </TalkToUs>
      <section aria-labelledby="colleague" className="space-y-2 print:hidden">
        <h2 id="colleague" className="font-serif text-xl font-bold text-ink">
          Send it to a colleague
        </h2>
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="colleague-email" className="block text-sm font-semibold text-ink">
              Their work email (same domain as yours)
            </label>
            <input
              id="colleague-email"
              name="colleague"
              type="email"
              autoComplete="off"
              required
              aria-invalid={shared?.error ? true : undefined}
              aria-describedby={shared?.error ? "colleague-error" : undefined}
              className="mt-1 w-72 max-w-full rounded-md border border-slate-400 px-3 py-2"
            />
          </div>
          <button type="submit" className="button-secondary">
            Send
          </button>
        </Form>
        {shared?.error ? (
          <p id="colleague-error" role="alert" className="font-semibold text-red-800" data-testid="colleague-error">
            {shared.error}
          </p>
        ) : null}
        {shared?.sentTo ? (
          <p role="status" className="text-ink" data-testid="colleague-sent">
            {`Sent to ${shared.sentTo}.`}
          </p>
        ) : null}
      </section>
      <p className="print:hidden">
        {/* A plain link: the PDF is a download, not a page the app navigates to. */}
        <a href={`/assess/done/${token}/pdf`} className="font-semibold text-brand underline" data-testid="download-pdf">
          Download this summary as a PDF
        </a>
      </p>
      <p className="text-sm text-ink-soft">
        Prepared for {summary.contactName}; your reference is {summary.publicRef}. Keep this page’s address to come back
        to it; it is private to you.
      </p>
      <p className="rounded-md bg-slate-100 p-4 text-sm text-ink-soft" data-testid="disclaimer">
        Assessed on {view.assessedOn} against ruleset {view.rulesetVersion}; dates are read as of {view.todayText}.{" "}
        {view.disclaimer}
      </p>
    </div>
  );
}
