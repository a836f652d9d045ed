/**
 * The events an endpoint can subscribe to, with what each means to a receiver. The names are part
 * of the published contract (docs/webhooks.md): add new ones, never rename one.
 */
export const WEBHOOK_EVENTS = [
  { type: "lead.created", label: "A lead is submitted" },
  { type: "lead.assigned", label: "A lead gets another owner" },
  { type: "lead.status_changed", label: "A lead's status changes" },
  { type: "lead.erased", label: "A lead's personal data is erased" },
  { type: "booking.created", label: "A visitor books a call" },
  { type: "booking.moved", label: "A visitor moves a booked call" },
  { type: "booking.cancelled", label: "A visitor cancels a booked call" },
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]["type"];

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = WEBHOOK_EVENTS.map((event) => event.type);

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * The version of the payloads' shape. A receiver reads it to know which fields to expect; it goes
 * up only when a field is removed or changes meaning (adding a field keeps the version).
 */
export const PAYLOAD_VERSION = 1;

export type WebhookEnvelope = {
  type: WebhookEventType;
  /** When the change happened (ISO 8601, UTC). */
  timestamp: string;
  version: typeof PAYLOAD_VERSION;
  data: Record<string, unknown>;
};

/** The body sent for an event: made once when the change is written, so every attempt sends the same bytes. */
export function webhookBody(type: WebhookEventType, data: Record<string, unknown>, at: Date): string {
  const envelope: WebhookEnvelope = { type, timestamp: at.toISOString(), version: PAYLOAD_VERSION, data };
  return JSON.stringify(envelope);
}
