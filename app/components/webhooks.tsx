import { Form, Link, useNavigation } from "@remix-run/react";
import { WEBHOOK_EVENTS } from "~/domain/webhooks/events";
import type { DeliverySummary, EndpointSummary } from "~/domain/webhooks/summaries";
import { ErrorSummary, FieldError, FormCard, describedBy } from "./form";
import { TextField } from "./text-field";

const CELL = "px-3 py-2";

export type EndpointRow = Omit<EndpointSummary, "createdAt">;

export type DeliveryRow = Omit<DeliverySummary, "nextAttemptAt">;

/** A secret shown once, right after it was made: the administrator copies it into the receiver. */
export function NewSecret({ secret, intro }: { secret: string; intro: string }) {
  return (
    <div role="status" className="mb-6 rounded-md bg-brand-light p-4 text-ink">
      <p>{intro}</p>
      <p className="mt-2">
        Copy the signing secret now; it will not be shown again:{" "}
        <code className="break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="new-secret">
          {secret}
        </code>
      </p>
    </div>
  );
}

function EndpointState({ endpoint }: { endpoint: Pick<EndpointRow, "enabled" | "disabledReason"> }) {
  return endpoint.enabled ? (
    <span>Enabled</span>
  ) : (
    <span>
      <strong>Disabled</strong>
      {endpoint.disabledReason ? <span className="block text-xs text-ink-soft">{endpoint.disabledReason}</span> : null}
    </span>
  );
}

/** Every endpoint and the form that adds one. */
export function WebhooksPage({
  endpoints,
  created,
  errors,
  typed,
}: {
  endpoints: EndpointRow[];
  created: { id: number; secret: string } | null;
  errors: Record<string, string>;
  typed: { url: string; description: string; events: string[] } | null;
}) {
  const busy = useNavigation().state !== "idle";
  const chosen = new Set(typed?.events ?? []);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold text-ink">Webhooks</h1>
      <p className="mb-6 mt-2 max-w-3xl text-ink-soft">
        Send new leads, assignments, status changes, erasures and booked calls to another system, such as the
        firm&apos;s CRM. Each message is signed following Standard Webhooks; the payloads are described in
        docs/webhooks.md.
      </p>
      {created ? (
        <NewSecret secret={created.secret} intro={`Endpoint added. Events will be sent to it from now on.`} />
      ) : null}

      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-labelledby="endpoints-caption"
      >
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption id="endpoints-caption" className="px-4 py-3 text-left text-base font-semibold text-ink">
            Endpoints ({endpoints.length})
          </caption>
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-ink">
            <tr>
              {["Address", "Description", "Events", "State"].map((heading) => (
                <th key={heading} scope="col" className={`whitespace-nowrap font-semibold ${CELL}`}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {endpoints.length === 0 ? (
              <tr>
                <td colSpan={4} className={`${CELL} text-ink-soft`}>
                  No endpoints yet.
                </td>
              </tr>
            ) : null}
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id} className="align-top" data-testid="endpoint-row">
                <th scope="row" className={`break-all font-medium ${CELL}`}>
                  <Link to={`/admin/webhooks/${endpoint.id}`} className="link">
                    {endpoint.url}
                  </Link>
                </th>
                <td className={CELL}>{endpoint.description}</td>
                <td className={CELL}>{endpoint.events.join(", ")}</td>
                <td className={CELL}>
                  <EndpointState endpoint={endpoint} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="mt-10 font-serif text-2xl font-bold text-ink">Add an endpoint</h2>
      <div className="mt-4 max-w-xl">
        <ErrorSummary errors={errors} labels={{ url: "Address", description: "Description", events: "Events" }} />
        <FormCard>
          <Form method="post" noValidate className="space-y-5" key={JSON.stringify(typed)}>
            <TextField
              name="url"
              label="Address"
              defaultValue={typed?.url}
              error={errors.url}
              maxLength={2000}
              help="An https:// address on the public internet that accepts POST requests."
            />
            <TextField
              name="description"
              label="Description"
              optional
              defaultValue={typed?.description}
              error={errors.description}
              maxLength={200}
            />
            <fieldset id="events" aria-describedby={describedBy("events", { error: errors.events })}>
              <legend className="font-semibold text-ink">Events</legend>
              <FieldError field="events" message={errors.events} />
              <ul className="mt-2 space-y-2">
                {WEBHOOK_EVENTS.map((event) => (
                  <li key={event.type} className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      id={`event-${event.type}`}
                      name="events"
                      value={event.type}
                      defaultChecked={chosen.has(event.type)}
                      className="h-4 w-4"
                    />
                    <label htmlFor={`event-${event.type}`}>
                      <code className="font-mono text-sm">{event.type}</code>: {event.label}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <button type="submit" className="button-primary" disabled={busy}>
              Add endpoint
            </button>
          </Form>
        </FormCard>
      </div>
    </>
  );
}

/** One endpoint: its settings, its secret's rotation, its latest deliveries with a resend button each. */
export function WebhookPage({
  endpoint,
  deliveries,
  newSecret,
  errors,
}: {
  endpoint: EndpointRow & { previousSecretUntil: string | null; createdAt: string };
  deliveries: DeliveryRow[];
  newSecret: string | null;
  errors: Record<string, string>;
}) {
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <p className="text-sm">
        <Link to="/admin/webhooks" className="link">
          All webhooks
        </Link>
      </p>
      <h1 className="mt-2 break-all font-serif text-3xl font-bold text-ink">{endpoint.url}</h1>
      {endpoint.description ? <p className="mt-2 text-ink-soft">{endpoint.description}</p> : null}
      {newSecret ? (
        <NewSecret
          secret={newSecret}
          intro="Secret rotated. For the next 24 hours every message is signed with both the new and the previous secret, so the receiver can switch over without losing a message."
        />
      ) : null}
      <ErrorSummary
        errors={errors}
        labels={{ confirm: "Confirm deletion", deliveryId: "Delivery", intent: "Action", form: "Endpoint" }}
      />

      <dl className="mt-6 grid max-w-2xl grid-cols-[auto,1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-semibold">State</dt>
        <dd>
          <EndpointState endpoint={endpoint} />
        </dd>
        <dt className="font-semibold">Events</dt>
        <dd>{endpoint.events.join(", ")}</dd>
        <dt className="font-semibold">Added</dt>
        <dd>{endpoint.createdAt}</dd>
        {endpoint.previousSecretUntil ? (
          <>
            <dt className="font-semibold">Previous secret</dt>
            <dd>Still signs until {endpoint.previousSecretUntil}</dd>
          </>
        ) : null}
      </dl>

      <div className="mt-6 flex flex-wrap gap-4">
        <Form method="post">
          <input type="hidden" name="intent" value={endpoint.enabled ? "disable" : "enable"} />
          <button type="submit" className="button-secondary" disabled={busy}>
            {endpoint.enabled ? "Disable" : "Enable"} endpoint
          </button>
        </Form>
        <Form method="post">
          <input type="hidden" name="intent" value="rotate" />
          <button type="submit" className="button-secondary" disabled={busy}>
            Rotate secret
          </button>
        </Form>
      </div>

      <div
        className="mt-8 overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-labelledby="deliveries-caption"
      >
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption id="deliveries-caption" className="px-4 py-3 text-left text-base font-semibold text-ink">
            Latest deliveries ({deliveries.length})
          </caption>
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-ink">
            <tr>
              {["Event", "Status", "Attempts", "Response", "Queued", "Last attempt", "Action"].map((heading) => (
                <th key={heading} scope="col" className={`whitespace-nowrap font-semibold ${CELL}`}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {deliveries.length === 0 ? (
              <tr>
                <td colSpan={7} className={`${CELL} text-ink-soft`}>
                  Nothing sent yet.
                </td>
              </tr>
            ) : null}
            {deliveries.map((delivery) => (
              <tr key={delivery.id} className="align-top" data-testid="delivery-row">
                <th scope="row" className={`font-medium ${CELL}`}>
                  <code className="font-mono">{delivery.eventType}</code>
                  <span className="block text-xs font-normal text-ink-soft">{delivery.id}</span>
                </th>
                <td className={CELL}>
                  {delivery.status}
                  {delivery.lastError ? (
                    <span className="block text-xs text-ink-soft">{delivery.lastError}</span>
                  ) : null}
                </td>
                <td className={CELL}>{delivery.attempts}</td>
                <td className={CELL}>{delivery.responseCode ?? "none"}</td>
                <td className={`whitespace-nowrap ${CELL}`}>{delivery.createdAt}</td>
                <td className={`whitespace-nowrap ${CELL}`}>{delivery.lastAttemptAt ?? "not yet"}</td>
                <td className={CELL}>
                  {delivery.status === "sending" ? null : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="resend" />
                      <input type="hidden" name="deliveryId" value={delivery.id} />
                      <button
                        type="submit"
                        className="link"
                        disabled={busy}
                        aria-label={`Resend ${delivery.eventType} ${delivery.id}`}
                      >
                        Resend
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="mt-10 font-serif text-2xl font-bold text-ink">Delete this endpoint</h2>
      <div className="mt-4 max-w-xl">
        <FormCard>
          <Form method="post" className="space-y-4">
            <input type="hidden" name="intent" value="delete" />
            <div className="flex items-center gap-2">
              <input
                type="checkbox"
                id="confirm"
                name="confirm"
                value="yes"
                className="h-4 w-4"
                aria-invalid={errors.confirm ? true : undefined}
                aria-describedby={describedBy("confirm", { error: errors.confirm })}
              />
              <label htmlFor="confirm">Delete the endpoint and its delivery history</label>
            </div>
            <FieldError field="confirm" message={errors.confirm} />
            <button type="submit" className="button-secondary" disabled={busy}>
              Delete endpoint
            </button>
          </Form>
        </FormCard>
      </div>
    </>
  );
}
