import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "./events";

export const MAX_URL_LENGTH = 2000;
export const MAX_DESCRIPTION_LENGTH = 200;

/**
 * The part of checking an endpoint's address that needs no network: an absolute http(s) URL
 * without credentials, https only when `requireHttps` (production). Where the host points is
 * checked separately, after resolving it (`app/server/webhooks/addresses.server.ts`).
 */
export function endpointUrlSchema({ requireHttps }: { requireHttps: boolean }) {
  return z
    .string({ error: "Enter the address that should receive the events." })
    .trim()
    .min(1, "Enter the address that should receive the events.")
    .max(MAX_URL_LENGTH, `Use an address of at most ${MAX_URL_LENGTH} characters.`)
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message: "Enter a full address such as https://crm.example.com/hooks." });
        return;
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") {
        ctx.addIssue({ code: "custom", message: "The address must start with https://." });
      } else if (requireHttps && url.protocol !== "https:") {
        ctx.addIssue({ code: "custom", message: "Only https:// addresses can receive events." });
      } else if (url.username || url.password) {
        ctx.addIssue({ code: "custom", message: "Leave the user name and password out of the address." });
      }
    });
}

const events = z
  .array(z.string(), { error: "Choose at least one event." })
  .min(1, "Choose at least one event.")
  .refine(
    (values) => values.every((value) => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value)),
    "Choose events from the list.",
  )
  .transform((values) => [...new Set(values)]);

/** A new endpoint as the add form posts it. */
export function newEndpointSchema(options: { requireHttps: boolean }) {
  return z.object({
    url: endpointUrlSchema(options),
    description: z
      .string()
      .trim()
      .max(MAX_DESCRIPTION_LENGTH, `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`)
      .default(""),
    events,
  });
}

/** What the endpoint page posts: one intent with the fields it needs. */
export const EndpointActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("rotate") }),
    z.object({ intent: z.literal("enable") }),
    z.object({ intent: z.literal("disable") }),
    z.object({
      intent: z.literal("delete"),
      confirm: z.literal("yes", { error: "Tick the box to confirm that the endpoint should be deleted." }),
    }),
    z.object({
      intent: z.literal("resend"),
      deliveryId: z
        .string({ error: "Choose a delivery from the list." })
        .regex(/^msg_[A-Za-z0-9-]{1,64}$/, "Choose a delivery from the list."),
    }),
  ],
  { error: "Choose one of the buttons on the page." },
);

export type EndpointAction = z.infer<typeof EndpointActionSchema>;
