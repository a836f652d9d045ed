import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { WebhooksPage } from "~/components/webhooks";
import { fieldErrors } from "~/domain/validation";
import { newEndpointSchema } from "~/domain/webhooks/endpoint-form";
import type { WebhookEventType } from "~/domain/webhooks/events";
import { requireAdmin } from "~/server/auth/auth.server";
import { formText, readForm } from "~/server/http/form-data.server";
import { endpointRules } from "~/server/webhooks/admin-page.server";
import { createEndpoint, listEndpoints } from "~/server/webhooks/endpoints.server";
import { RefusedError } from "~/server/http/refused-error.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { endpoints: await listEndpoints(context.db) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAdmin(request);
  const form = await readForm(request, { lists: ["events"] });
  const typed = {
    url: formText(form, "url"),
    description: formText(form, "description"),
    events: form.getAll("events").filter((value): value is string => typeof value === "string"),
  };
  const rules = endpointRules();
  const parsed = newEndpointSchema(rules).safeParse(typed);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), typed, created: null }, { status: 400 });
  try {
    const created = await createEndpoint(
      context.db,
      { ...parsed.data, events: parsed.data.events as WebhookEventType[] },
      { allowPrivate: rules.allowPrivate },
    );
    // The secret goes back in this answer only (not in a redirect's address): it is shown once.
    return data(
      { errors: {} as Record<string, string>, typed: null, created },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    return data({ errors: error.fieldErrors(), typed, created: null }, { status: 400 });
  }
}

export const meta: MetaFunction = () => [
  { title: "Webhooks · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function Webhooks() {
  const { endpoints } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <WebhooksPage
      endpoints={endpoints}
      created={result?.created ?? null}
      errors={result?.errors ?? {}}
      typed={result?.typed ?? null}
    />
  );
}
