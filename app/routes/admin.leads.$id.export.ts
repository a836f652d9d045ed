import { type ActionFunctionArgs, type LoaderFunctionArgs, data } from "@remix-run/node";
import { parseRecordId } from "~/domain/record-id";
import { requireAdmin } from "~/server/auth/auth.server";
import { exportLead } from "~/server/leads/privacy.server";
import { RefusedError } from "~/server/http/refused-error.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  throw data("Use the export button on the lead page.", { status: 405 });
}

/** A POST, not a link: exporting someone's data is an act that goes on the lead's timeline. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireAdmin(request);
  const id = parseRecordId(params.id);
  if (id === null) throw data("There is no lead with that number.", { status: 404 });
  try {
    const exported = await exportLead(context.db, user, id);
    return new Response(JSON.stringify(exported, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="lead-${exported.reference}.json"`,
      },
    });
  } catch (error) {
    if (error instanceof RefusedError) throw data(error.message, { status: error.status });
    throw error;
  }
}
