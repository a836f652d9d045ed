import { describe, expect, it } from "vitest";
import { connectSources, policyWithNonce } from "~/server/http/content-security-policy.server";

describe("where a page may connect", () => {
  it("is only its own origin in production, whatever the compiler's origin says", () => {
    expect(connectSources("production", "http://localhost:3001")).toBe("'self'");
  });

  it("adds the live-reload socket of `npm run dev` on the compiler's host and port in development", () => {
    expect(connectSources("development", "http://localhost:3001")).toBe("'self' ws://localhost:3001");
  });

  it("uses a secure socket when the compiler is served over https", () => {
    expect(connectSources("development", "https://dev.example:8002")).toBe("'self' wss://dev.example:8002");
  });

  it("ignores a compiler origin that is missing or not a URL", () => {
    expect(connectSources("development", undefined)).toBe("'self'");
    expect(connectSources("development", "not a url")).toBe("'self'");
  });

  it("is what the tests' policy says: the page's own origin only", () => {
    expect(policyWithNonce("abc")).toContain("connect-src 'self';");
  });
});
