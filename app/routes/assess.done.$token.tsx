import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useParams } from "@remix-run/react";
import { FirstScreen } from "~/components/summary/first-screen";
import { RegimeGroups } from "~/components/summary/regime-groups";
import { TalkToUs } from "~/components/summary/talk-to-us";
import { DeadlineTimeline } from "~/components/summary/timeline";
import { getDb } from "~/server/db.server";
import { getEnv } from "~/server/env.server";
import { findVisitorSummary } from "~/server/summary/summary.server";

export async function loader({ params }: LoaderFunctionArgs) {
  // Read for this moment: every sentence about time is worked out for the day it is read.
  const summary = await findVisitorSummary(getDb(), params.token ?? "", new Date(), getEnv().businessCalendar.timeZone);
  if (!summary) throw new Response("Not found", { status: 404 });
  const { leadId: _internal, ...shown } = summary;
  return shown;
}

export const meta: MetaFunction = () => [
  { title: "Your exposure summary · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
  { name: "referrer", content: "no-referrer" },
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
  return (
    <div className="container-page max-w-4xl space-y-8 py-6 sm:py-10">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wider text-brand">
          Exposure summary · <span data-testid="reference">{summary.publicRef}</span>
        </p>
        <h1 className="mt-1 font-serif text-2xl font-bold text-ink sm:text-4xl">
          {summary.company}: what applies, and what to do
        </h1>
      </header>
      {view.scope?.onlyOutside ? <ScopeNotice sentence={view.scope.sentence} /> : null}
      <FirstScreen view={view} />
      {view.scope && !view.scope.onlyOutside ? <ScopeNotice sentence={view.scope.sentence} /> : null}
      {view.timeline ? <DeadlineTimeline timeline={view.timeline} /> : null}
      <RegimeGroups view={view} />
      <TalkToUs reference={summary.publicRef} contact={summary.contact} respondBy={summary.respondBy} scope={view.scope}>
        {summary.contact ? (
          <p className="mt-4">
            <Link to={`/assess/done/${token}/call`} className="inline-flex rounded-md bg-accent px-5 py-3 font-semibold text-white" data-testid="book-call">
              Book a call with {summary.contact.name}
            </Link>
          </p>
        ) : null}
      </TalkToUs>
      <p className="print:hidden">
        {/* A plain link: the PDF is a download, not a page the app navigates to. */}
        <a href={`/assess/done/${token}/pdf`} className="font-semibold text-brand underline" data-testid="download-pdf">
          Download this summary as a PDF
        </a>
      </p>
      <p className="text-sm text-ink-soft">
        Prepared for {summary.contactName}; your reference is {summary.publicRef}. Keep this page’s address to come back to it; it is private
        to you.
      </p>
      <p className="rounded-md bg-slate-100 p-4 text-sm text-ink-soft" data-testid="disclaimer">
        Assessed on {view.assessedOn} against ruleset {view.rulesetVersion}; dates are read as of {view.todayText}. {view.disclaimer}
      </p>
    </div>
  );
}
