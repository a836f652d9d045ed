import { type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { LeadReportPage, ReportForm } from "~/components/lead-report";
import { ReportQuerySchema, periodOf, reportQueryInput } from "~/domain/reports";
import { fieldErrors } from "~/domain/validation";
import { requireAdmin } from "~/server/auth.server";
import { type ReportScope, inboxIdBySlug, leadReport, reportFilterOptions } from "~/server/reports.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // Reports cover every inbox's leads, so they stay with administrators, as before.
  await requireAdmin(request);
  const db = context.db;
  const { input, repeated } = reportQueryInput(new URL(request.url).searchParams);
  const parsed = ReportQuerySchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  for (const field of repeated) errors[field] = "Choose a single value";
  const options = await reportFilterOptions(db);

  let scope: ReportScope = {};
  if (parsed.success) {
    const { inbox, source, topic } = parsed.data;
    const inboxId = inbox === undefined ? undefined : await inboxIdBySlug(db, inbox);
    if (inboxId === null) errors.inbox = `There is no inbox called “${inbox}”`;
    scope = { inboxId: inboxId ?? undefined, source, topic };
  }
  if (!parsed.success || Object.keys(errors).length > 0)
    return data({ values: input, options, errors, report: null }, { status: 400 });

  const timeZone = context.settings.businessCalendar.timeZone;
  const now = new Date();
  const report = await leadReport(db, periodOf(parsed.data, now, timeZone), { timeZone, now, scope });
  return { values: input, options, errors, report };
}

export const meta: MetaFunction = () => [
  { title: "Reports · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function Reports() {
  const { values, options, errors, report } = useLoaderData<typeof loader>();
  return (
    <>
      {report ? (
        <LeadReportPage report={report} values={values} options={options} />
      ) : (
        <>
          <h1 className="font-serif text-3xl font-bold text-ink">Reports</h1>
          <p className="mb-6 mt-2 text-ink-soft" role="alert" data-testid="report-refused">
            This report cannot be shown: correct the fields marked below.
          </p>
          <ReportForm values={values} options={options} errors={errors} />
        </>
      )}
    </>
  );
}
