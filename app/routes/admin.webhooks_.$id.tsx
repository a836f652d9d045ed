import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { WebhookPage } from "~/components/webhooks";
import { fieldErrors } from "~/domain/validation";
import { EndpointActionSchema } from "~/domain/webhooks/endpoint-form";
import { requireAdmin } from "~/server/auth/auth.server";
import type { DB } from "~/server/storage/db.server";
import { parseRecordId } from "~/domain/record-id";
import { redirectWithFlash } from "~/server/http/flash.server";
import { readForm } from "~/server/http/form-data.server";
import { shownTime } from "~/server/webhooks/admin-page.server";
import {
  deleteEndpoint,
  findEndpoint,
  listDeliveries,
  resendDelivery,
  rotateSecret,
  setEndpointEnabled,
} from "~/server/webhooks/endpoints.server";
import { RefusedError } from "~/server/http/refused-error.server";

const NOTICES = {
  enabled: "Endpoint enabled. Deliveries waiting for it go out now.",
  disabled: "Endpoint disabled. Events are still queued for it and go out when it is enabled again.",
  resent: "Delivery queued to be sent again.",
} as const;

/** The endpoint named in the address, or 404: a number that is not an endpoint's is refused the same way. */
async function endpointFrom(db: DB, params: { id?: string }) {
  const id = parseRecordId(params.id);
  const endpoint = id === null ? null : await findEndpoint(db, id);
  if (!endpoint) throw new Response("There is no such webhook endpoint", { status: 404 });
  return endpoint;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const endpoint = await endpointFrom(context.db, params);
  const deliveries = await listDeliveries(context.db, endpoint.id);
  const timeZone = context.settings.businessCalendar.timeZone;
  return {
    endpoint: {
      ...endpoint,
      createdAt: shownTime(endpoint.createdAt, timeZone) ?? "",
      previousSecretUntil: shownTime(endpoint.previousSecretUntil, timeZone),
    },
    deliveries: deliveries.map((delivery) => ({
      ...delivery,
      createdAt: shownTime(delivery.createdAt, timeZone) ?? "",
      lastAttemptAt: shownTime(delivery.lastAttemptAt, timeZone),
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireAdmin(request);
  const endpoint = await endpointFrom(context.db, params);
  const form = await readForm(request);
  const parsed = EndpointActionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), newSecret: null }, { status: 400 });
  const db = context.db;
  const back = (done: keyof typeof NOTICES) =>
    redirectWithFlash(db, request, `/admin/webhooks/${endpoint.id}`, { message: NOTICES[done] });
  switch (parsed.data.intent) {
    case "rotate":
      // Shown in this answer only, once.
      return data(
        { errors: {} as Record<string, string>, newSecret: await rotateSecret(db, endpoint.id) },
        { headers: { "Cache-Control": "no-store" } },
      );
    case "enable":
    case "disable":
      await setEndpointEnabled(db, endpoint.id, parsed.data.intent === "enable");
      return back(parsed.data.intent === "enable" ? "enabled" : "disabled");
    case "delete":
      await deleteEndpoint(db, endpoint.id);
      return redirectWithFlash(db, request, "/admin/webhooks", { message: "Endpoint deleted." });
    case "resend":
      try {
        await resendDelivery(db, endpoint.id, parsed.data.deliveryId);
      } catch (error) {
        if (!(error instanceof RefusedError)) throw error;
        return data(
          { errors: error.fieldErrors(), newSecret: null },
          {
            status: 404,
          },
        );
      }
      return back("resent");
  }
}

export const meta: MetaFunction = () => [
  { title: "Webhook endpoint · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function Webhook() {
  const { endpoint, deliveries } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <WebhookPage
      endpoint={endpoint}
      deliveries={deliveries}
      newSecret={result?.newSecret ?? null}
      errors={result?.errors ?? {}}
    />
  );
}
