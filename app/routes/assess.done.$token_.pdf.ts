import type { LoaderFunctionArgs } from "@remix-run/node";
import { renderSummaryPdf } from "~/server/summary/pdf.server";
import { findVisitorSummary } from "~/server/summary/summary.server";

/** The summary as a PDF download, worked out for today like the page. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const env = context.settings;
  const summary = await findVisitorSummary(context.db, params.token ?? "", new Date(), env.businessCalendar.timeZone);
  if (!summary) throw new Response("Not found", { status: 404 });
  const pdf = await renderSummaryPdf(summary, env.firmName);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="exposure-summary-${summary.publicRef}.pdf"`,
      "Content-Length": String(pdf.length),
    },
  });
}
