import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BulkReviewPage } from "~/components/lead-bulk";
import { inboxHref } from "~/components/lead-inbox";
import {
  BulkConfirmSchema,
  BulkRequestSchema,
  bulkProblem,
  parseLeadFilters,
  readBulkFields,
} from "~/domain/lead-inbox";
import { requireUser } from "~/server/auth/auth.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { mailSettingsOf } from "~/server/leads/emails.server";
import { applyBulkChange, reviewBulkChange } from "~/server/leads/bulk.server";
import { readForm, refuseRepeatedFields } from "~/server/http/form-data.server";
import { RefusedError } from "~/server/http/refused-error.server";

/** The inbox the consultant came from, filters kept; anything unreadable falls back to the plain inbox. */
function backTo(url: URL): string {
  const filters = parseLeadFilters(new URLSearchParams(url.searchParams.get("back") ?? ""));
  return filters.success ? inboxHref(filters.data) : "/admin";
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  refuseRepeatedFields(url.searchParams, ["lead"]);
  const parsed = BulkRequestSchema.safeParse(readBulkFields(url.searchParams));
  if (!parsed.success) throw data(`${bulkProblem(parsed.error).message}.`, { status: 400 });
  try {
    const review = await reviewBulkChange(context.db, user, parsed.data);
    return { change: parsed.data.change, review, back: backTo(url) };
  } catch (error) {
    if (error instanceof RefusedError) throw data(error.message, { status: error.status });
    throw error;
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = BulkConfirmSchema.safeParse(readBulkFields(await readForm(request, { lists: ["lead"] })));
  if (!parsed.success) return data({ error: bulkProblem(parsed.error) }, { status: 400 });
  let changed: number;
  try {
    changed = await applyBulkChange(context.db, user, parsed.data, { mail: mailSettingsOf(context.settings) });
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    if (error.status !== 400) throw data(error.message, { status: error.status });
    return data(
      {
        error: {
          field: error.field ?? "form",
          message: `${error.message} Nothing was changed; review the selection again.`,
        },
      },
      { status: 400 },
    );
  }
  // A plain GET of the inbox afterwards, so reloading it does not repeat the change.
  return redirectWithFlash(context.db, request, backTo(new URL(request.url)), {
    message: `${changed === 1 ? "1 lead changed." : `${changed} leads changed.`} Each lead's timeline records the change.`,
  });
}

export const meta: MetaFunction = () => [
  { title: "Review a change to several leads · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function BulkReview() {
  const { change, review, back } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BulkReviewPage change={change} review={review} back={back} error={actionData?.error ?? null} />
    </>
  );
}
