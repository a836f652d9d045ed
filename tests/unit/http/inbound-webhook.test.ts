import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import type { DB } from "~/server/storage/db.server";
import { loadEnv } from "~/server/env.server";
import { INBOUND_WEBHOOK_PATH, inboundEmailWebhook } from "~/server/http/inbound-webhook.server";
import { freshDatabasePath } from "../../support/paths";
import { emailReceivedEvent, signedHeaders, testWebhookSecret } from "../../support/signed-webhook";

describe("the inbound email webhook without a signing secret", () => {
  it("does not exist: a correctly signed delivery answers 404 saying which setting is missing", async () => {
    const env = loadEnv({ DATABASE_PATH: freshDatabasePath("webhook-unset") });
    // Nothing may be read or written: a database that throws on any use proves it.
    const db = new Proxy(
      {},
      {
        get: () => {
          throw new Error("The database was used");
        },
      },
    ) as DB;
    const app = express().use(inboundEmailWebhook({ db, env }));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const body = emailReceivedEvent({
        id: "e1",
        from: "ada@bank.example",
        to: ["a+ID-7K3F9Q@firm.example"],
        subject: "Hi",
      });
      const response = await fetch(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}${INBOUND_WEBHOOK_PATH}`,
        {
          method: "POST",
          body,
          headers: signedHeaders(testWebhookSecret(), body),
        },
      );
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("RESEND_WEBHOOK_SECRET is unset");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
