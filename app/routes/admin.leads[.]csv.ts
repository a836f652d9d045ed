import type { LoaderFunctionArgs } from "@remix-run/node";
import { InvalidCursorError, LeadFilterError, parseLeadFilters } from "~/server/inbox/leads.server";
import { requireUser } from "~/server/auth/auth.server";
import { inboxCsvResponse } from "~/server/inbox/csv-export.server";

/** A plain-text refusal: the export is a download, so there is no page to show the message on. */
const refuse = (message: string) =>
  new Response(message, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** The inbox view in the address (same filters as /admin) as a CSV file, streamed. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = parseLeadFilters(new URL(request.url).searchParams);
  if (!filters.success) return refuse(`These filters cannot be used: ${filters.problems.join("; ")}.`);
  try {
    return await inboxCsvResponse(context.db, user, filters.data, {
      timeZone: context.settings.businessCalendar.timeZone,
      writeReady: context.writeReady,
    });
  } catch (error) {
    if (error instanceof LeadFilterError || error instanceof InvalidCursorError) return refuse(`${error.message}.`);
    throw error;
  }
}
