import type { DB } from "~/server/storage/db.server";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "./flow-client";

/** Settings for a server that lets one test file submit many leads quickly from one address. */
export const MANY_SUBMITS_SETTINGS = {
  FORM_MIN_FILL_SECONDS: "0",
  SUBMIT_LIMIT_PER_IP: "1000",
  SUBMIT_LIMIT_PER_EMAIL: "1000",
};

let submitted = 0;

/**
 * A visitor who has just gone through the whole flow with the bank's answers and a fresh email
 * address, with the address of their summary and their stored lead.
 */
export async function visitorWithSubmittedLead(baseUrl: string, db: DB, emailPrefix: string) {
  const visitor = new FlowVisitor(baseUrl);
  await visitor.start();
  await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
  submitted += 1;
  const email = `${emailPrefix}.${submitted}.${Date.now()}@analytical.example`;
  await visitor.submitContact({ ...VALID_CONTACT, email });
  const summaryPath = (await visitor.post("/assess/review", {})).location ?? "";
  const lead = await db
    .selectFrom("leads")
    .select(["id", "owner_id"])
    .where("contact_email", "=", email)
    .executeTakeFirstOrThrow();
  return { visitor, summaryPath, lead, email };
}
