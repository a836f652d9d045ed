import { describe, expect, it } from "vitest";
import { fieldErrors } from "~/domain/validation";
import { newEndpointSchema } from "~/domain/webhooks/endpoint-form";
import { EnvError, loadEnv } from "~/server/env.server";

const errorsOf = (input: Record<string, unknown>, requireHttps = true) => {
  const parsed = newEndpointSchema({ requireHttps }).safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe("the add-endpoint form", () => {
  it("accepts an https address with known events, once each", () => {
    const parsed = newEndpointSchema({ requireHttps: true }).parse({
      url: " https://crm.example.com/hooks ",
      events: ["lead.created", "lead.created", "booking.created"],
    });
    expect(parsed).toEqual({
      url: "https://crm.example.com/hooks",
      description: "",
      events: ["lead.created", "booking.created"],
    });
  });

  it("accepts the events of a call being moved or cancelled", () => {
    const events = ["booking.created", "booking.moved", "booking.cancelled"];
    expect(
      newEndpointSchema({ requireHttps: true }).parse({ url: "https://cal.example/hooks", events }).events,
    ).toEqual(events);
  });

  it("refuses http in production and allows it elsewhere", () => {
    expect(errorsOf({ url: "http://crm.example.com/", events: ["lead.created"] })).toEqual({
      url: "Only https:// addresses can receive events.",
    });
    expect(errorsOf({ url: "http://crm.example.com/", events: ["lead.created"] }, false)).toEqual({});
  });

  it("refuses other schemes, credentials in the address, unknown events and no events", () => {
    expect(errorsOf({ url: "ftp://crm.example.com/", events: ["lead.created"] }).url).toBe(
      "The address must start with https://.",
    );
    expect(errorsOf({ url: "https://user:pw@crm.example.com/", events: ["lead.created"] }).url).toContain(
      "Leave the user name and password out",
    );
    expect(errorsOf({ url: "https://crm.example.com/", events: ["lead.created", "lead.deleted"] }).events).toBe(
      "Choose events from the list.",
    );
    expect(errorsOf({ url: "https://crm.example.com/", events: [] }).events).toBe("Choose at least one event.");
  });
});

describe("the webhook settings", () => {
  it("keep webhooks to public addresses unless WEBHOOKS_ALLOW_PRIVATE_NETWORKS is true", () => {
    expect(loadEnv({ DATABASE_PATH: ":memory:", SESSION_SECRET: "s".repeat(32) }).webhooksAllowPrivateNetworks).toBe(
      false,
    );
    const allowed = loadEnv({
      DATABASE_PATH: ":memory:",
      SESSION_SECRET: "s".repeat(32),
      WEBHOOKS_ALLOW_PRIVATE_NETWORKS: "true",
    });
    expect(allowed.webhooksAllowPrivateNetworks).toBe(true);
  });

  it("refuse a value that is neither true nor false", () => {
    expect(() =>
      loadEnv({ DATABASE_PATH: ":memory:", SESSION_SECRET: "s".repeat(32), WEBHOOKS_ALLOW_PRIVATE_NETWORKS: "maybe" }),
    ).toThrow(EnvError);
  });
});
