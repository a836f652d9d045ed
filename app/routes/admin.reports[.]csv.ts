import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "~/server/auth/auth.server";
import { recordCsvExport } from "~/server/inbox/csv-export.server";
import { ReportTableSchema, reportCsvResponse, reportTable } from "~/server/admin/report-csv.server";
import { readReportRequest } from "~/server/admin/reports.server";

/** A plain-text refusal: the export is a download, so there is no page to show the message on. */
const refuse = (message: string) =>
  new Response(message, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** One table of the report in the address (same period and filters as /admin/reports), as CSV. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireAdmin(request);
  const params = new URL(request.url).searchParams;
  const table = ReportTableSchema.safeParse(params.getAll("table").length === 1 ? params.get("table") : undefined);
  if (!table.success) return refuse(`${table.error.issues[0]?.message ?? "Choose one of the report's tables"}.`);
  const asked = await readReportRequest(context.db, params, { timeZone: context.settings.businessCalendar.timeZone });
  if (!asked.ok) return refuse(`This report cannot be made: ${Object.values(asked.errors).join("; ")}.`);
  await recordCsvExport(
    context.db,
    user.id,
    "report",
    params.toString(),
    reportTable(asked.report, table.data).rows.length,
  );
  return reportCsvResponse(asked.report, table.data);
}
