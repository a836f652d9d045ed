import express, { type Request, type Response } from "express";
import { Resend } from "resend";
import { z } from "zod";
import type { DB } from "../storage/db.server";
import type { Env } from "../env.server";
import { type InboundOutcome, ResendReceivedEmails, receiveEmail } from "../leads/inbound-email.server";
import { log } from "../log.server";

export const INBOUND_WEBHOOK_PATH = "/webhooks/resend/inbound";

/** Resend's deliveries are small JSON documents (metadata only); anything far larger is not one. */
const MAX_BODY = "128kb";

const address = z.string().trim().min(3).max(320);

/** The part of an `email.received` event this portal reads. */
const ReceivedEventSchema = z.object({
  type: z.literal("email.received"),
  created_at: z.string().min(1).max(64),
  data: z.object({
    email_id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
    from: address,
    to: z.array(address).max(50),
    received_for: z.array(address).max(50).optional(),
    subject: z.string().max(1000).default(""),
  }),
});

const EventTypeSchema = z.object({ type: z.string().max(100) });

type Answer = { status: number; message: string };

const OUTCOME_ANSWERS: Record<InboundOutcome["kind"], Answer> = {
  stored: { status: 200, message: "Stored on the lead." },
  "already-stored": { status: 200, message: "This email was stored already." },
  replayed: { status: 409, message: "This delivery was handled already." },
  "no-reference": { status: 422, message: "No recipient carries a lead reference." },
  "unknown-reference": { status: 422, message: "No lead has that reference." },
  erased: { status: 422, message: "That lead's personal data was erased." },
  "text-unavailable": { status: 502, message: "The email's text could not be fetched; try again later." },
};

/**
 * Resend's inbound-email webhook (decision 026). The delivery is verified with the Resend SDK
 * (the Svix scheme: signature over id, timestamp and the raw body, timestamp within five
 * minutes), a delivery id seen before is refused, the email goes to the lead its recipient
 * address names, and its text is fetched from Resend's received-emails API. Refusals answer 4xx
 * and are logged; nothing is stored for them. Without a signing secret the route does not exist.
 */
export function inboundEmailWebhook({ db, env }: { db: DB; env: Env }) {
  const router = express.Router();
  const secret = env.resendWebhookSecret;
  const apiKey = env.resendApiKey;
  if (!secret || !apiKey) {
    router.all(INBOUND_WEBHOOK_PATH, (_req, res) => {
      answer(res, {
        status: 404,
        message: "Inbound email is not set up on this server (RESEND_WEBHOOK_SECRET is unset).",
      });
    });
    return router;
  }
  const verifier = new Resend(apiKey, env.resendBaseUrl ? { baseUrl: env.resendBaseUrl } : undefined);
  const texts = new ResendReceivedEmails(apiKey, env.resendBaseUrl, env.mailSendTimeoutMs);
  const mail = {
    from: env.mailFrom,
    firmName: env.firmName,
    publicUrl: env.publicUrl,
    timeZone: env.businessCalendar.timeZone,
  };

  router.post(INBOUND_WEBHOOK_PATH, express.raw({ type: () => true, limit: MAX_BODY }), async (req, res, next) => {
    try {
      const payload = Buffer.isBuffer(req.body) ? req.body.toString("utf8") : "";
      const headers = {
        id: req.get("svix-id") ?? "",
        timestamp: req.get("svix-timestamp") ?? "",
        signature: req.get("svix-signature") ?? "",
      };
      if (!headers.id || !headers.timestamp || !headers.signature) {
        return refuse(req, res, { status: 400, message: "The delivery carries no signature headers." });
      }
      let event: unknown;
      try {
        event = verifier.webhooks.verify({ payload, headers, webhookSecret: secret });
      } catch (error) {
        // An old or future timestamp fails here too: a captured delivery cannot be sent again later.
        const reason = error instanceof Error ? error.message : String(error);
        return refuse(req, res, { status: 401, message: "The signature does not verify." }, reason);
      }
      const type = EventTypeSchema.safeParse(event);
      if (type.success && type.data.type !== "email.received") {
        // Other events may be sent to the same endpoint; they are acknowledged and not read.
        return answer(res, { status: 200, message: `Event ${type.data.type} is not used here.` });
      }
      const parsed = ReceivedEventSchema.safeParse(event);
      if (!parsed.success) {
        return refuse(req, res, { status: 400, message: "The delivery is not an email.received event." });
      }
      const seen = await db
        .selectFrom("inbound_webhooks")
        .select("webhook_id")
        .where("webhook_id", "=", headers.id)
        .executeTakeFirst();
      if (seen) return refuse(req, res, OUTCOME_ANSWERS.replayed, `delivery ${headers.id}`);

      const { data } = parsed.data;
      const outcome = await receiveEmail(
        db,
        {
          emailId: data.email_id,
          from: data.from,
          to: [...data.to, ...(data.received_for ?? [])],
          subject: data.subject,
          receivedAt: parsed.data.created_at,
        },
        texts,
        { mail, webhookId: headers.id },
      );
      const result = OUTCOME_ANSWERS[outcome.kind];
      const detail =
        outcome.kind === "unknown-reference" || outcome.kind === "erased"
          ? `reference ${outcome.ref}`
          : outcome.kind === "text-unavailable"
            ? outcome.error
            : `email ${data.email_id}`;
      if (result.status >= 400) return refuse(req, res, result, detail);
      log.info(`Inbound email ${data.email_id}: ${result.message}`);
      return answer(res, result);
    } catch (error) {
      next(error);
    }
  });
  // A body over the limit, or one that cannot be read, is the sender's fault: a plain 4xx.
  router.use(INBOUND_WEBHOOK_PATH, (error: unknown, req: Request, res: Response, next: express.NextFunction) => {
    const status = typeof error === "object" && error !== null && "status" in error ? Number(error.status) : 500;
    if (status >= 400 && status < 500) return refuse(req, res, { status, message: "The delivery could not be read." });
    next(error);
  });
  return router;
}

function answer(res: Response, { status, message }: Answer) {
  res.status(status).set("Cache-Control", "no-store").type("text/plain").send(message);
}

function refuse(req: Request, res: Response, result: Answer, detail?: string) {
  log.warn(`Inbound email webhook refused (${result.status}): ${result.message}${detail ? ` [${detail}]` : ""}`);
  answer(res, result);
}
