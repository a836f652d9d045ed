import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "~/server/env.server";
import { freshDatabasePath } from "../support/paths";

function problemsFor(source: Record<string, string>): string[] {
  try {
    loadEnv({ DATABASE_PATH: freshDatabasePath("env"), ...source });
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("settings read from the environment", () => {
  it("falls back to the documented defaults when nothing is set", () => {
    const env = loadEnv({ DATABASE_PATH: freshDatabasePath("env") });
    expect(env.port).toBe(3000);
    expect(env.publicUrl).toBe("http://localhost:3000");
    expect(env.firmName).toBe("Meridian Regulatory Audit");
    expect(env.mailFrom).toContain("<");
    expect(env.resendApiKey).toBeUndefined();
    expect(env.isProduction).toBe(false);
  });

  it("uses data/impact-desk.db when no database path is given", () => {
    expect(loadEnv({ SESSION_SECRET: "x".repeat(32) }).databasePath).toBe("data/impact-desk.db");
  });

  it("names the variable when a port is not a number", () => {
    expect(problemsFor({ PORT: "eighty" })).toEqual([expect.stringMatching(/^PORT must be a number/)]);
  });

  it("names the variable when a port is out of range", () => {
    expect(problemsFor({ PORT: "70000" })).toEqual([expect.stringMatching(/^PORT must be between/)]);
  });

  it("names the variable when the public address is not a URL", () => {
    expect(problemsFor({ PUBLIC_URL: "impact.example" })).toEqual([
      expect.stringMatching(/^PUBLIC_URL must be an absolute/),
    ]);
  });

  it("names the variable when the Resend key has the wrong shape", () => {
    expect(problemsFor({ RESEND_API_KEY: "secret" })).toEqual([
      expect.stringMatching(/^RESEND_API_KEY must start with re_/),
    ]);
  });

  it("names the variable when the inbound webhook's secret is not a Resend signing secret", () => {
    expect(problemsFor({ RESEND_API_KEY: "re_key", RESEND_WEBHOOK_SECRET: "password" })).toEqual([
      expect.stringMatching(/^RESEND_WEBHOOK_SECRET must be the webhook's signing secret/),
    ]);
  });

  it("refuses an inbound webhook secret without the API key that fetches the replies", () => {
    expect(problemsFor({ RESEND_WEBHOOK_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" })).toEqual([
      expect.stringMatching(/^RESEND_WEBHOOK_SECRET needs RESEND_API_KEY/),
    ]);
  });

  it("lists every bad variable at once", () => {
    const problems = problemsFor({ PORT: "x", MAIL_FROM: "not an address", NODE_ENV: "staging" });
    expect(problems.map((problem) => problem.split(" ")[0]).sort()).toEqual(["MAIL_FROM", "NODE_ENV", "PORT"]);
  });

  it("requires a session secret in production", () => {
    expect(problemsFor({ NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^SESSION_SECRET is required in production/),
    ]);
  });

  it("refuses a short session secret", () => {
    expect(problemsFor({ SESSION_SECRET: "short" })).toEqual([
      expect.stringMatching(/^SESSION_SECRET must be at least 32/),
    ]);
  });

  it("treats blank values as unset", () => {
    expect(loadEnv({ DATABASE_PATH: freshDatabasePath("env"), PORT: "  ", FIRM_NAME: "" }).port).toBe(3000);
  });

  it("drops a trailing slash from the public address", () => {
    expect(loadEnv({ DATABASE_PATH: freshDatabasePath("env"), PUBLIC_URL: "https://impact.example/" }).publicUrl).toBe(
      "https://impact.example",
    );
  });

  it("outside production generates a session secret once and keeps it beside the database", () => {
    const databasePath = freshDatabasePath("env");
    const first = loadEnv({ DATABASE_PATH: databasePath }).sessionSecret;
    const second = loadEnv({ DATABASE_PATH: databasePath }).sessionSecret;
    const file = path.join(path.dirname(databasePath), "session-secret");
    expect(first).toHaveLength(64);
    expect(second).toBe(first);
    expect(existsSync(file) && readFileSync(file, "utf8").trim()).toBe(first);
  });

  it("reads the business calendar that SLA deadlines are counted in", () => {
    const env = loadEnv({
      DATABASE_PATH: freshDatabasePath("env"),
      BUSINESS_TIME_ZONE: "America/New_York",
      BUSINESS_DAYS: "5,1,2",
      BUSINESS_HOURS: "08:00-18:00",
    });
    expect(env.businessCalendar).toEqual({
      timeZone: "America/New_York",
      workingDays: [1, 2, 5],
      startHour: 8,
      endHour: 18,
    });
  });

  it("names the variable when the business calendar is malformed", () => {
    const problems = problemsFor({
      BUSINESS_TIME_ZONE: "Mars/Olympus",
      BUSINESS_DAYS: "mon-fri",
      BUSINESS_HOURS: "17:00-09:00",
    });
    expect(problems.map((problem) => problem.split(" ")[0]).sort()).toEqual([
      "BUSINESS_DAYS",
      "BUSINESS_HOURS",
      "BUSINESS_TIME_ZONE",
    ]);
  });
});

describe("TRUST_PROXY", () => {
  const trust = (value: string) => loadEnv({ DATABASE_PATH: freshDatabasePath("env"), TRUST_PROXY: value }).trustProxy;

  it("is off by default and when false or 0", () => {
    expect(loadEnv({ DATABASE_PATH: freshDatabasePath("env") }).trustProxy).toBe(false);
    expect(trust("false")).toBe(false);
    expect(trust("0")).toBe(false);
  });

  it("reads a number as the count of proxy hops to trust", () => {
    expect(trust("1")).toEqual({ hops: 1 });
    expect(trust("2")).toEqual({ hops: 2 });
  });

  it("reads a list of addresses, CIDR ranges and named ranges", () => {
    expect(trust("10.0.0.0/8, 192.168.1.7,fd00::/8,loopback")).toEqual({
      addresses: ["10.0.0.0/8", "192.168.1.7", "fd00::/8", "loopback"],
    });
  });

  it("refuses true, which would let any client choose its own address", () => {
    expect(problemsFor({ TRUST_PROXY: "true" }).join("\n")).toMatch(/TRUST_PROXY must name the proxies to trust/);
  });

  it("refuses a list entry that is not an address or range", () => {
    for (const value of ["10.0.0.0/33", "proxy.internal", "10.0.0.0/8,"]) {
      expect(problemsFor({ TRUST_PROXY: value }).join("\n"), value).toMatch(/TRUST_PROXY must be false, a hop count/);
    }
  });
});
