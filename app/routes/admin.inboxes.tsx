import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { InboxesPage } from "~/components/inboxes";
import { NewInboxSchema } from "~/domain/team";
import { fieldErrors } from "~/domain/validation";
import { requireAdmin } from "~/server/auth/auth.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { createInbox, listInboxes } from "~/server/admin/inboxes.server";
import { readForm } from "~/server/http/form-data.server";
import { RefusedError } from "~/server/http/refused-error.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const inboxes = await listInboxes(context.db);
  return { inboxes };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAdmin(request);
  const form = await readForm(request);
  const values = {
    name: form.get("name") ?? undefined,
    slug: form.get("slug") ?? undefined,
    address: form.get("address") ?? undefined,
  };
  const parsed = NewInboxSchema.safeParse(values);
  const typed = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === "string" ? value : ""]),
  );
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), typed }, { status: 400 });
  try {
    await createInbox(context.db, parsed.data);
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    return data({ errors: error.fieldErrors(), typed }, { status: 400 });
  }
  return redirectWithFlash(context.db, request, "/admin/inboxes", {
    message: `Inbox ${parsed.data.name} added. Name it in a routing rule to send leads to it.`,
  });
}

export const meta: MetaFunction = () => [
  { title: "Inboxes · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function Inboxes() {
  const { inboxes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <InboxesPage inboxes={inboxes} errors={result?.errors ?? {}} typed={result?.typed ?? null} />
    </>
  );
}
