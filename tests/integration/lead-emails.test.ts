import { readFileSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDueTime } from "~/server/mail/templates/format";
import { WORKER_NICENESS } from "~/server/mail/worker-thread.server";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { startFakeResend } from "../support/fake-resend";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import { type TestServer, startServer } from "../support/server";

/**
 * A visitor submits through the built server, whose mail worker sends the new lead's emails with
 * the Resend SDK to a local fake of the API: what the provider receives is what people get.
 */
let fake: Awaited<ReturnType<typeof startFakeResend>>;
let server: TestServer;
let db: DB;

beforeAll(async () => {
  fake = await startFakeResend();
  server = await startServer({
    FORM_MIN_FILL_SECONDS: "0",
    SUBMIT_LIMIT_PER_IP: "1000",
    SUBMIT_LIMIT_PER_EMAIL: "1000",
    RESEND_API_KEY: "re_test_key",
    RESEND_BASE_URL: fake.baseUrl,
  });
  db = createDatabase(server.databasePath);
});

afterAll(async () => {
  await db?.destroy();
  await server?.stop();
  await fake?.close();
});

async function submit(email: string) {
  const visitor = new FlowVisitor(server.baseUrl);
  await visitor.start();
  await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
  await visitor.submitContact({ ...VALID_CONTACT, email });
  const submitted = await visitor.post("/assess/review", {});
  expect(submitted.response.status).toBe(302);
  const lead = await db
    .selectFrom("leads")
    .leftJoin("users", "users.id", "leads.owner_id")
    .select([
      "leads.id",
      "leads.public_ref",
      "leads.sla_due_at",
      "users.name as owner_name",
      "users.email as owner_email",
    ])
    .where("leads.contact_email", "=", email)
    .executeTakeFirstOrThrow();
  return { lead, summaryPath: submitted.location ?? "", visitor };
}

type Sent = { to: string[]; subject: string; text: string; reply_to?: string | string[] };
async function sentTo(address: string, subjectStart: string): Promise<Sent> {
  await expect
    .poll(
      () =>
        fake.requests.some(
          (request) =>
            (request.body.to as string[])?.includes(address) && String(request.body.subject).startsWith(subjectStart),
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
  return fake.requests.find(
    (request) =>
      (request.body.to as string[]).includes(address) && String(request.body.subject).startsWith(subjectStart),
  )!.body as unknown as Sent;
}

describe("the new lead's emails", () => {
  it("the visitor's confirmation names their consultant, promises the lead's deadline and takes replies to the consultant", async () => {
    const email = `confirm.${Date.now()}@analytical.example`;
    const { lead } = await submit(email);
    expect(lead.owner_name).toBeTruthy();
    const confirmation = await sentTo(email, "Your exposure summary");
    expect(confirmation.reply_to).toEqual(lead.owner_email);
    const due = formatDueTime({ at: lead.sla_due_at ?? "", timeZone: "Europe/Amsterdam" });
    expect(confirmation.text).toContain(
      `${lead.owner_name}, the consultant looking after your assessment at Meridian Regulatory Audit, will contact you by ${due}`,
    );
  });

  it("the consultant's notification carries the visitor's message and takes replies to the visitor", async () => {
    const email = `notify.${Date.now()}@analytical.example`;
    const { lead } = await submit(email);
    const notification = await sentTo(lead.owner_email ?? "", `New lead ${lead.public_ref}`);
    expect(notification.text).toContain("Their message");
    expect(notification.text).toContain("We score credit applications.\nWhat does Annex III mean for us?");
    expect(notification.reply_to).toEqual(email);
  });

  it("the summary page promises the same deadline as the email", async () => {
    const email = `page.${Date.now()}@analytical.example`;
    const { lead, summaryPath, visitor } = await submit(email);
    const page = await visitor.get(summaryPath);
    const due = formatDueTime({ at: lead.sla_due_at ?? "", timeZone: "Europe/Amsterdam" });
    expect(page.text).toContain(`${lead.owner_name} has your answers and will contact you by ${due}.`);
  });
});

/** The nice value of each thread of a process, read from Linux's /proc (field 19 of a task's stat). */
function threadNiceValues(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}

describe("the thread that sends email", () => {
  it.runIf(process.platform === "linux")(
    "runs at a lower CPU priority than the one that answers requests, so a burst of leads is answered first",
    () => {
      const pid = server.process.pid as number;
      const [requests, ...others] = threadNiceValues(pid);
      const worker = Math.min((requests ?? 0) + WORKER_NICENESS, 19);
      expect(others.filter((value) => value === worker)).toHaveLength(1);
      expect(others.filter((value) => value !== requests && value !== worker)).toEqual([]);
    },
  );
});
