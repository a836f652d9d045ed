import { type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AdminLayout, adminErrorBoundary } from "~/components/admin-layout";
import { LeadReportPage } from "~/components/lead-report";
import { ReportPeriodSchema, resolvePeriod } from "~/domain/reports";
import { requireAdmin } from "~/server/auth.server";
import { getDb } from "~/server/db.server";
import { getEnv } from "~/server/env.server";
import { leadReport } from "~/server/reports.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireAdmin(request);
  const params = new URL(request.url).searchParams;
  const parsed = ReportPeriodSchema.safeParse({
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
  });
  if (!parsed.success)
    throw data(`This period cannot be shown: ${parsed.error.issues.map((issue) => issue.message).join("; ")}.`, {
      status: 400,
    });
  const timeZone = getEnv().businessCalendar.timeZone;
  const now = new Date();
  const report = await leadReport(getDb(), resolvePeriod(parsed.data, now, timeZone), { timeZone, now });
  return { user: { name: user.name, role: user.role }, report };
}

export const meta: MetaFunction = () => [
  { title: "Reports · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function Reports() {
  const { user, report } = useLoaderData<typeof loader>();
  return (
    <AdminLayout user={user}>
      <LeadReportPage report={report} />
    </AdminLayout>
  );
}

export const ErrorBoundary = adminErrorBoundary("The report could not be shown.");
