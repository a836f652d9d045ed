import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ExposureSummary } from "~/components/exposure-summary";
import { toIsoDay } from "~/domain/exposure";
import { formatLongDate } from "~/domain/format";
import { getDb } from "~/server/db.server";
import { findLeadSummary } from "~/server/leads.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const summary = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findLeadSummary(getDb(), token) : null;
  if (!summary) throw new Response("Not found", { status: 404 });
  // The day the page is read: every sentence about time is worked out for it.
  return { ...summary, today: toIsoDay(new Date()) };
}

export const meta: MetaFunction = () => [
  { title: "Your exposure summary · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
  { name: "referrer", content: "no-referrer" },
];

export default function ExposureSummaryPage() {
  const summary = useLoaderData<typeof loader>();
  return (
    <div className="container-page max-w-4xl py-10">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand">Exposure summary</p>
      <h1 className="mt-2 font-serif text-3xl font-bold text-ink sm:text-4xl">
        Thank you, {summary.contactName}: here is what we see for {summary.company}
      </h1>
      <p className="mt-3 text-ink-soft">
        Your reference is <strong className="text-ink" data-testid="reference">{summary.publicRef}</strong>. Assessed on{" "}
        {formatLongDate(summary.assessment.asOf)} against ruleset {summary.assessment.rulesetVersion}. Keep this page’s
        address to come back to it; it is private to you.
      </p>
      <div className="mt-8">
        <ExposureSummary assessment={summary.assessment} today={summary.today} />
      </div>
      <section aria-labelledby="next" className="mt-10 rounded-xl bg-ink p-6 text-white">
        <h2 id="next" className="font-serif text-2xl font-bold">What happens next</h2>
        <ol className="mt-3 list-decimal space-y-1 pl-5 text-slate-200">
          <li>An audit expert reviews your answers, usually within one business day.</li>
          <li>They contact you to walk through the regulations above and what they would mean in practice.</li>
          <li>If it helps, we propose a scoped audit with owners and dates. There is no obligation.</li>
        </ol>
        <Link to="/insights" className="mt-6 inline-flex rounded-md bg-white px-5 py-3 font-semibold text-ink print:hidden">
          Keep reading our insights
        </Link>
      </section>
    </div>
  );
}
