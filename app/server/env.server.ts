import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { isTimeZone } from "../domain/sla";

const DEFAULT_FIRM_NAME = "Meridian Regulatory Audit";

/** Named ranges Express understands in a trusted-proxy list. */
const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies in front of the server may say who the client is (docs/decisions/015). Off, a
 * number of hops (the proxies the operator runs, nearest first), or a list of their addresses and
 * ranges. "true" is refused: it would believe whatever `X-Forwarded-For` a client sends.
 */
const trustedProxies = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .superRefine((value, ctx) => {
    if (["true", "yes"].includes(value)) {
      ctx.addIssue({
        code: "custom",
        message:
          'must name the proxies to trust: a hop count such as 1, or their addresses such as 10.0.0.0/8,loopback ("true" would let any client choose its own address)',
      });
    } else if (
      !["false", "no", "0"].includes(value) &&
      !/^\d{1,2}$/.test(value) &&
      !value.split(",").every((entry) => isAddressOrRange(entry.trim()))
    ) {
      ctx.addIssue({
        code: "custom",
        message:
          "must be false, a hop count such as 1, or a comma-separated list of proxy addresses and CIDR ranges such as 10.0.0.0/8,loopback",
      });
    }
  })
  .transform((value): TrustedProxies => {
    if (["false", "no", "0"].includes(value)) return false;
    if (/^\d+$/.test(value)) return { hops: Number(value) };
    return { addresses: value.split(",").map((entry) => entry.trim()) };
  });

export type TrustedProxies = false | { hops: number } | { addresses: string[] };

const timeZone = z.string().refine(isTimeZone, "must be an IANA time zone such as Europe/Amsterdam");

const workingDays = z
  .string()
  .regex(/^[1-7](,[1-7])*$/, "must list days as numbers 1 (Monday) to 7 (Sunday), e.g. 1,2,3,4,5")
  .transform((days) => [...new Set(days.split(",").map(Number))].sort());

const workingHours = z
  .string()
  .regex(/^([01]?\d|2[0-4]):00-([01]?\d|2[0-4]):00$/, "must be whole hours such as 09:00-17:00")
  .transform((hours) => hours.split("-").map((part) => Number(part.split(":")[0])) as [number, number])
  .refine(([start, end]) => start < end, "must end after it starts");

const RawEnvSchema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be between 0 and 65535")
    .max(65535, "must be between 0 and 65535")
    .default(3000),
  DATABASE_PATH: z.string().min(1, "must not be empty").default("data/impact-desk.db"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters long").optional(),
  PUBLIC_URL: z.url({ error: "must be an absolute http(s) URL, e.g. https://impact.example.com" }).optional(),
  FIRM_NAME: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(80, "must be at most 80 characters")
    .default(DEFAULT_FIRM_NAME),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>@]+<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)$/, {
      error: 'must be an address like "Firm <hello@firm.example>" or hello@firm.example',
    })
    .optional(),
  RESEND_API_KEY: z.string().startsWith("re_", "must start with re_ (a Resend API key)").optional(),
  RESEND_BASE_URL: z.url({ error: "must be an absolute URL" }).optional(),
  RESEND_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, "must be the webhook's signing secret as Resend shows it (whsec_…)")
    .optional(),
  MAIL_SEND_TIMEOUT_SECONDS: z.coerce
    .number({ error: "must be a number" })
    .min(1, "must be at least 1")
    .max(120, "must be at most 120")
    .default(10),
  TRUST_PROXY: trustedProxies.default(false),
  FORM_MIN_FILL_SECONDS: z.coerce
    .number({ error: "must be a number" })
    .min(0, "must not be negative")
    .max(60, "must be at most 60")
    .default(3),
  SUBMIT_LIMIT_PER_IP: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .default(10),
  SUBMIT_CEILING_PER_IP: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .default(100),
  DRAFT_LIMIT_PER_IP: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .default(120),
  LEAD_RETENTION_DAYS: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(30, "must be at least 30")
    .max(3650, "must be at most 3650")
    .default(730),
  WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(3650, "must be at most 3650")
    .default(30),
  MAINTENANCE_EVERY_MINUTES: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(10080, "must be at most 10080 (a week)")
    .default(360),
  BUSINESS_TIME_ZONE: timeZone.default("Europe/Amsterdam"),
  BUSINESS_DAYS: workingDays.default([1, 2, 3, 4, 5]),
  BUSINESS_HOURS: workingHours.default([9, 17]),
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .transform((value) => value === "true" || value === "1")
    .default(false),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce
    .number({ error: "must be a number" })
    .min(1, "must be at least 1")
    .max(60, "must be at most 60")
    .default(10),
  SUBMIT_LIMIT_PER_EMAIL: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .default(3),
});

export type Env = {
  nodeEnv: "production" | "development" | "test";
  isProduction: boolean;
  host: string;
  port: number;
  databasePath: string;
  sessionSecret: string;
  publicUrl: string;
  firmName: string;
  mailFrom: string;
  resendApiKey: string | undefined;
  resendBaseUrl: string | undefined;
  /** Signs Resend's inbound-email webhook; unset, the webhook route answers 404 (decision 026). */
  resendWebhookSecret: string | undefined;
  /** How long one request to the email provider may take before it is given up and retried later. */
  mailSendTimeoutMs: number;
  /** The proxies whose `X-Forwarded-*` headers are believed; the client is the first hop not among them. */
  trustProxy: TrustedProxies;
  /** The contact step cannot be sent sooner than this after it was shown (a bot trap). */
  formMinFillMs: number;
  /** Submitted assessments per client address per hour before further ones wait unconfirmed. */
  submitLimitPerIp: number;
  /** Submitted assessments per client address per hour beyond which they are refused (429). */
  submitCeilingPerIp: number;
  /** Submitted assessments allowed per email address per hour. */
  submitLimitPerEmail: number;
  /** Assessments one client address may start (drafts created) per hour. */
  draftLimitPerIp: number;
  /** Days after its last change that a lead which did not become an engagement keeps its personal data. */
  leadRetentionDays: number;
  /** How often the server's worker runs maintenance (pruning and erasure at the end of retention). */
  maintenanceEveryMs: number;
  /** Days a delivered or finally failed webhook delivery is kept (each endpoint's listed ones stay). */
  webhookDeliveryRetentionDays: number;
  /** Webhooks may go to private, loopback and link-local addresses (local development and tests only). */
  webhooksAllowPrivateNetworks: boolean;
  /** How long one webhook delivery may take, answer included, before it counts as failed. */
  webhookTimeoutMs: number;
  /** The working week that SLA deadlines are counted in. */
  businessCalendar: { timeZone: string; workingDays: number[]; startHour: number; endHour: number };
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/**
 * Reads and validates every setting once. Blank values count as unset so that a copied
 * `.env.example` with empty lines does not override the defaults.
 */
export function loadEnv(source: Readonly<Record<string, string | undefined>> = process.env): Env {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = RawEnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`));
  }
  const raw = parsed.data;
  const isProduction = raw.NODE_ENV === "production";
  if (isProduction && !raw.SESSION_SECRET) {
    throw new EnvError(["SESSION_SECRET is required in production (at least 32 random characters)"]);
  }
  if (raw.RESEND_WEBHOOK_SECRET && !raw.RESEND_API_KEY) {
    throw new EnvError([
      "RESEND_WEBHOOK_SECRET needs RESEND_API_KEY as well: a received email's text is fetched from Resend's API",
    ]);
  }
  const publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, "");
  return {
    nodeEnv: raw.NODE_ENV,
    isProduction,
    host: raw.HOST,
    port: raw.PORT,
    databasePath: raw.DATABASE_PATH,
    sessionSecret: raw.SESSION_SECRET ?? localSessionSecret(raw.DATABASE_PATH),
    publicUrl,
    firmName: raw.FIRM_NAME,
    mailFrom: raw.MAIL_FROM ?? `${raw.FIRM_NAME} <hello@impact-desk.localhost>`,
    resendApiKey: raw.RESEND_API_KEY,
    resendBaseUrl: raw.RESEND_BASE_URL,
    resendWebhookSecret: raw.RESEND_WEBHOOK_SECRET,
    mailSendTimeoutMs: raw.MAIL_SEND_TIMEOUT_SECONDS * 1000,
    trustProxy: raw.TRUST_PROXY,
    formMinFillMs: raw.FORM_MIN_FILL_SECONDS * 1000,
    submitLimitPerIp: raw.SUBMIT_LIMIT_PER_IP,
    submitCeilingPerIp: Math.max(raw.SUBMIT_CEILING_PER_IP, raw.SUBMIT_LIMIT_PER_IP),
    submitLimitPerEmail: raw.SUBMIT_LIMIT_PER_EMAIL,
    draftLimitPerIp: raw.DRAFT_LIMIT_PER_IP,
    leadRetentionDays: raw.LEAD_RETENTION_DAYS,
    maintenanceEveryMs: raw.MAINTENANCE_EVERY_MINUTES * 60_000,
    webhookDeliveryRetentionDays: raw.WEBHOOK_DELIVERY_RETENTION_DAYS,
    webhooksAllowPrivateNetworks: raw.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
    webhookTimeoutMs: raw.WEBHOOK_TIMEOUT_SECONDS * 1000,
    businessCalendar: {
      timeZone: raw.BUSINESS_TIME_ZONE,
      workingDays: raw.BUSINESS_DAYS,
      startHour: raw.BUSINESS_HOURS[0],
      endHour: raw.BUSINESS_HOURS[1],
    },
  };
}

/**
 * Outside production a secret is generated on first start and kept beside the database,
 * so sessions survive restarts without anyone having to configure one.
 */
function localSessionSecret(databasePath: string): string {
  const file = path.join(path.dirname(path.resolve(databasePath)), "session-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= loadEnv();
  return cached;
}
