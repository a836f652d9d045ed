import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { SavedViewsManager } from "~/components/saved-views";
import { SavedViewActionSchema, parseLeadFilters, savedViewQuery } from "~/domain/lead-inbox";
import { fieldErrors } from "~/domain/validation";
import { requireUser } from "~/server/auth/auth.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { formText, readForm } from "~/server/http/form-data.server";
import { SavedViewError, changeSavedViews, listSavedViews } from "~/server/inbox/saved-views.server";

/** The forms live on the inbox; this page shows only a refused form, or where to find them. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

/** Where to go back to: the inbox view the form was posted from, when it is one. */
function inboxAddress(query: FormDataEntryValue | null): string {
  if (typeof query !== "string") return "/admin";
  const parsed = parseLeadFilters(new URLSearchParams(query));
  return parsed.success ? `/admin?${savedViewQuery(parsed.data)}` : "/admin";
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const db = context.db;
  const parsed = SavedViewActionSchema.safeParse(Object.fromEntries(form));
  const typedQuery = formText(form, "query");
  const refuse = async (errors: Record<string, string>, status: number) =>
    data(
      {
        errors,
        views: await listSavedViews(db, user.id),
        query: typedQuery,
        typedName: formText(form, "name"),
      },
      { status },
    );
  if (!parsed.success) return refuse(fieldErrors(parsed.error), 400);
  try {
    const message = await changeSavedViews(db, user.id, parsed.data);
    const back = parsed.data.intent === "save" ? `/admin?${parsed.data.query}` : inboxAddress(form.get("back"));
    return redirectWithFlash(db, request, back, { message });
  } catch (error) {
    if (!(error instanceof SavedViewError)) throw error;
    if (error.status === 404) throw data(error.message, { status: 404 });
    return refuse({ form: error.message }, error.status);
  }
}

export const meta: MetaFunction = () => [
  { title: "Saved views · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

/** Shown only when a form was refused, with what to correct; success goes back to the inbox. */
export default function SavedViewsRefused() {
  const result = useActionData<typeof action>();
  if (!result)
    return (
      <>
        <h1 className="font-serif text-2xl font-bold text-ink">Saved views</h1>
        <p className="mt-2 text-ink-soft">
          Views are saved, ordered and deleted from{" "}
          <Link to="/admin" className="link">
            the inbox
          </Link>
          , under &ldquo;Save or manage views&rdquo;.
        </p>
      </>
    );
  return (
    <>
      <h1 className="font-serif text-2xl font-bold text-ink">Saved views</h1>
      <p className="mb-4 mt-2 text-ink-soft">
        That view could not be saved. Correct it below, or go{" "}
        <Link to="/admin" className="link">
          back to the inbox
        </Link>
        .
      </p>
      <SavedViewsManager
        views={result.views}
        currentQuery={result.query}
        errors={result.errors}
        typedName={result.typedName}
        open
      />
    </>
  );
}
