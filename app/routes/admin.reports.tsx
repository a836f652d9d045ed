import { type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { LeadReportPage, ReportForm } from "~/components/lead-report";
import { requireAdmin } from "~/server/auth/auth.server";
import { readReportRequest, reportFilterOptions } from "~/server/admin/reports.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // Reports cover every inbox's leads, so they stay with administrators, as before.
  await requireAdmin(request);
  const [asked, options] = await Promise.all([
    readReportRequest(context.db, new URL(request.url).searchParams, {
      timeZone: context.settings.businessCalendar.timeZone,
    }),
    reportFilterOptions(context.db),
  ]);
  if (!asked.ok) return data({ values: asked.values, options, errors: asked.errors, report: null }, { status: 400 });
  return { values: asked.values, options, errors: {} as Record<string, string>, report: asked.report };
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
