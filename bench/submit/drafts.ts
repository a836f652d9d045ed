import { readdirSync } from "node:fs";
import path from "node:path";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../../tests/support/flow-client";
import { PROJECT_ROOT } from "../lib/paths";

/** The answer profiles the tests use (a bank, a gym, an IoT maker…), so leads vary in band and route. */
const PROFILES = readdirSync(path.join(PROJECT_ROOT, "tests", "fixtures", "answers"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => answersFixture(file.replace(/\.json$/, "")));

/**
 * Walks one visitor through the flow over HTTP, as a browser without JavaScript would (the start
 * page, every questionnaire step, the contact step with its time-trap token and an empty
 * honeypot), and returns the draft's cookie, ready for the final submit.
 */
async function prepareDraft(baseUrl: string, index: number, runId: string): Promise<string> {
  const visitor = new FlowVisitor(baseUrl);
  const started = await visitor.start();
  if (started.response.status !== 302) throw new Error(`Starting a draft answered ${started.response.status}`);
  const profile = PROFILES[index % PROFILES.length];
  if (!profile) throw new Error("No answer profiles found");
  await visitor.answerAllSteps(profile);
  const contact = await visitor.submitContact({ ...VALID_CONTACT, email: `visitor.${runId}.${index}@bench.example` });
  if (contact.location !== "/assess/review") {
    throw new Error(
      `The contact step answered ${contact.response.status} ${contact.location ?? ""}: ${contact.text.slice(0, 300)}`,
    );
  }
  return visitor.cookie;
}

/** Prepares `count` complete drafts, a few visitors at a time; each has its own cookie and email address. */
export async function prepareDrafts(baseUrl: string, count: number, { concurrency = 4 } = {}): Promise<string[]> {
  const runId = Date.now().toString(36);
  const cookies: string[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      cookies[index] = await prepareDraft(baseUrl, index, runId);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return cookies;
}
