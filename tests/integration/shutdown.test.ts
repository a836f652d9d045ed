import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "~/server/storage/db.server";
import { hashPassword } from "~/server/auth/passwords.server";
import { startFakeResend } from "../support/fake-resend";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import { startServer } from "../support/server";

let fake: Awaited<ReturnType<typeof startFakeResend>>;
beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(() => fake.close());

const throughFake = () => ({
  RESEND_API_KEY: "re_test_key",
  RESEND_BASE_URL: fake.baseUrl,
  MAIL_SEND_TIMEOUT_SECONDS: "2",
  FORM_MIN_FILL_SECONDS: "0",
  SUBMIT_LIMIT_PER_IP: "1000",
});
const recipient = (body: Record<string, unknown>) => (body.to as string[] | undefined)?.[0] ?? "";

describe("an email provider that accepts connections but never answers", () => {
  it("does not hold up a password reset queued behind its message", async () => {
    fake.setBehaviour((request) => (recipient(request.body) === "stuck@firm.example" ? "hang" : 200));
    const server = await startServer(throughFake());
    const db = createDatabase(server.databasePath);
    const now = new Date().toISOString();
    const hash = await hashPassword("a long enough password");
    await db
      .insertInto("users")
      .values(
        ["stuck", "waiting"].map((name) => ({
          email: `${name}@firm.example`,
          name,
          role: "consultant" as const,
          password_hash: hash,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    const forgot = (email: string) =>
      fetch(`${server.baseUrl}/admin/forgot`, {
        method: "POST",
        body: new URLSearchParams({ email }),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });

    await forgot("stuck@firm.example");
    await expect
      .poll(() => fake.requests.some((request) => recipient(request.body) === "stuck@firm.example"), {
        timeout: 10_000,
      })
      .toBe(true);
    await forgot("waiting@firm.example");
    await expect
      .poll(() => fake.requests.find((request) => recipient(request.body) === "waiting@firm.example")?.answered, {
        timeout: 10_000,
      })
      .toBe(200);

    await expect
      .poll(
        async () =>
          (
            await db
              .selectFrom("outbox")
              .select("last_error")
              .where("to_address", "=", "stuck@firm.example")
              .executeTakeFirst()
          )?.last_error,
        { timeout: 10_000 },
      )
      .toContain("No answer from the provider within 2 s");
    await db.destroy();
    await server.stop();
  }, 60_000);
});

describe("SIGTERM under load", () => {
  it("exits 0 with the database closed cleanly and every acknowledged lead stored, while the provider hangs", async () => {
    fake.setBehaviour(() => "hang");
    const server = await startServer(throughFake());
    const visitors = await Promise.all(
      Array.from({ length: 8 }, async (_, index) => {
        const visitor = new FlowVisitor(server.baseUrl);
        await visitor.start();
        await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
        await visitor.submitContact({ ...VALID_CONTACT, email: `load${index}@bank.example` });
        return visitor;
      }),
    );
    // The first submits queue emails; the worker is stuck on one when the signal arrives.
    const first = await Promise.all(visitors.slice(0, 2).map((visitor) => visitor.post("/assess/review", {})));
    await expect.poll(() => fake.requests.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const rest = visitors.slice(2).map((visitor) => visitor.post("/assess/review", {}).catch(() => null));
    const pages = Array.from({ length: 20 }, () => fetch(`${server.baseUrl}/insights`).catch(() => null));
    const code = await server.stop("SIGTERM");
    const answers = [...first, ...(await Promise.all(rest))];
    await Promise.all(pages);

    expect(code).toBe(0);
    expect(server.output()).toContain("Stopped cleanly");
    expect(existsSync(`${server.databasePath}-wal`)).toBe(false);

    const acknowledged = answers.flatMap((answer, index) =>
      answer?.response.status === 302 ? [`load${index}@bank.example`] : [],
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(2);
    const db = createDatabase(server.databasePath);
    const stored = (await db.selectFrom("leads").select("contact_email").execute()).map((row) => row.contact_email);
    await db.destroy();
    for (const email of acknowledged) expect(stored).toContain(email);
  }, 90_000);
});
