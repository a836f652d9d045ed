import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { InboxPage } from "~/components/inboxes";
import { InboxUpdateSchema, readInboxForm } from "~/domain/team";
import { parseRecordId } from "~/domain/record-id";
import { fieldErrors } from "~/domain/validation";
import { requireAdmin } from "~/server/auth/auth.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { getInbox, updateInbox } from "~/server/admin/inboxes.server";
import { readForm } from "~/server/http/form-data.server";
import { RefusedError } from "~/server/http/refused-error.server";

const NO_INBOX = "There is no inbox with that number.";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const id = parseRecordId(params.id);
  const inbox = id !== null ? await getInbox(context.db, id) : null;
  if (!inbox) throw data(NO_INBOX, { status: 404 });
  return { inbox };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireAdmin(request);
  const id = parseRecordId(params.id);
  if (id === null) throw data(NO_INBOX, { status: 404 });
  const values = readInboxForm(await readForm(request));
  const parsed = InboxUpdateSchema.safeParse(values);
  if (!parsed.success)
    return data({ errors: fieldErrors(parsed.error), typed: values as Record<string, unknown> }, { status: 400 });
  try {
    await updateInbox(context.db, id, parsed.data);
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    if (error.status === 404) throw data(NO_INBOX, { status: 404 });
    return data({ errors: error.fieldErrors(), typed: values as Record<string, unknown> }, { status: 400 });
  }
  return redirectWithFlash(context.db, request, `/admin/inboxes/${id}`, { message: "Changes saved." });
}

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: loaded ? `${loaded.inbox.name} · Inboxes · Impact Desk` : "Inbox · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function Inbox() {
  const { inbox } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <InboxPage inbox={inbox} errors={result?.errors ?? {}} typed={result?.typed ?? null} />
    </>
  );
}
