import { readFileSync } from "node:fs";
import path from "node:path";
import { STEP_IDS, questionsInStep } from "~/domain/questionnaire";
import { PROJECT_ROOT } from "./paths";

export function answersFixture(name: string): Record<string, string | string[]> {
  return JSON.parse(readFileSync(path.join(PROJECT_ROOT, "tests", "fixtures", "answers", `${name}.json`), "utf8"));
}

export const VALID_CONTACT = {
  name: "Ada Lovelace",
  email: "ada@analytical.example",
  company: "Analytical Engines GmbH",
  jobTitle: "Chief Technology Officer",
  phone: "+49 30 1234567",
  message: "We score credit applications.\nWhat does Annex III mean for us?",
  consent: "on",
};

type Fields = Record<string, string | readonly string[] | undefined>;

/** A visitor without JavaScript: plain form posts, a cookie jar of one cookie, no redirects followed. */
export class FlowVisitor {
  cookie = "";

  constructor(readonly baseUrl: string) {}

  async request(pathname: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set("Cookie", this.cookie);
    const response = await fetch(`${this.baseUrl}${pathname}`, { ...init, headers, redirect: "manual" });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    return { response, text: await response.text(), location: response.headers.get("location") };
  }

  get(pathname: string) {
    return this.request(pathname);
  }

  post(pathname: string, fields: Fields) {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      for (const item of typeof value === "string" ? [value] : value) body.append(name, item);
    }
    return this.request(pathname, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
  }

  /** Lands from an article's call to action and starts a draft. */
  async start(query = "?from=credit-scoring-gdpr-ai-act-dora&topic=gdpr&utm_source=newsletter&utm_campaign=ai-act") {
    const landing = await this.get(`/assess${query}`);
    const hidden = Object.fromEntries(
      [...landing.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [
        m[1],
        decode(m[2] ?? ""),
      ]),
    );
    return this.post("/assess", hidden);
  }

  /** Posts every questionnaire step with the answers that belong to it. */
  async answerAllSteps(answers: Record<string, string | string[]>) {
    for (const step of STEP_IDS) {
      const own = Object.fromEntries(questionsInStep(step).map((question) => [question.id, answers[question.id]]));
      const result = await this.post(`/assess/${step}`, own);
      if (result.response.status !== 302)
        throw new Error(`Step ${step} answered ${result.response.status}: ${result.text.slice(0, 500)}`);
    }
  }

  /** Fetches the contact step for its time-trap field, waits as a person would, then posts. */
  async submitContact(contact: Fields = VALID_CONTACT, { waitMs = 0, overrides = {} as Fields } = {}) {
    const page = await this.get("/assess/contact");
    const formStarted = page.text.match(/name="formStarted" value="([^"]+)"/)?.[1] ?? "";
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    return this.post("/assess/contact", { ...contact, formStarted, website: "", ...overrides });
  }
}

function decode(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}
