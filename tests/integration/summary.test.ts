import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import { type TestServer, startServer } from "../support/server";

/**
 * The visitor's summary as a browser without JavaScript receives it: one HTML response that
 * carries the first screen, the timeline (SVG and its text) and the regulations in groups.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    FORM_MIN_FILL_SECONDS: "0",
    SUBMIT_LIMIT_PER_IP: "1000",
    SUBMIT_LIMIT_PER_EMAIL: "1000",
  });
});

afterAll(async () => {
  await server?.stop();
});

let counter = 0;
async function summaryOf(answers: Record<string, string | string[]>): Promise<string> {
  const visitor = new FlowVisitor(server.baseUrl);
  await visitor.start();
  await visitor.answerAllSteps(answers);
  counter += 1;
  await visitor.submitContact({ ...VALID_CONTACT, email: `summary.${counter}.${Date.now()}@analytical.example` });
  const submitted = await visitor.post("/assess/review", {});
  expect(submitted.location).toMatch(/^\/assess\/done\//);
  const page = await visitor.get(submitted.location ?? "");
  expect(page.response.status).toBe(200);
  return page.text;
}

const text = (html: string) =>
  html
    .replace(/<!--.*?-->/g, "")
    .replace(/<\/?(strong|span|a|em)\b[^>]*>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

const between = (html: string, testId: string) => {
  const attribute = html.indexOf(`data-testid="${testId}"`);
  expect(attribute, testId).toBeGreaterThan(-1);
  const start = html.indexOf(">", attribute) + 1;
  return text(html.slice(start, html.indexOf("</", start))).trim();
};

describe("the exposure summary, as served without JavaScript", () => {
  let bank: string;
  beforeAll(async () => {
    bank = await summaryOf(answersFixture("eu-bank-credit-scoring"));
  });

  it("opens with the band in words, what applies today, the next date, the penalty for their size and three actions", () => {
    expect(text(bank)).toMatch(/Exposure band: (Critical|High|Moderate|Low): /);
    expect(between(bank, "applies-today")).toMatch(
      /^(All \d+|\d+ of the \d+) regulations that may concern you apply today: .*GDPR/,
    );
    expect(between(bank, "next-obligation")).toMatch(/from \d{1,2} \w+ \d{4} \(in \d+ days?\)/);
    expect(text(bank)).toMatch(
      /For a company with a turnover of more than €150 million, the heaviest fine under .+ is .+/,
    );
    const actions = bank.slice(
      bank.indexOf('data-testid="actions"'),
      bank.indexOf("</ol>", bank.indexOf('data-testid="actions"')),
    );
    expect(actions.match(/<li>/g)).toHaveLength(3);
  });

  it("never says a regulation in force is some days away", () => {
    const whenLines = [...bank.matchAll(/data-testid="when">(.*?)<\/p>/g)].map((match) => text(match[1] ?? ""));
    expect(whenLines.length).toBeGreaterThan(2);
    for (const line of whenLines)
      expect(line).toMatch(/^\s*When: (Applies now \(since [^)]+\)\.|From [^(]+\(in \d+ days?\)\.)/);
    const gdpr = bank.slice(bank.indexOf('data-testid="regime-gdpr"'));
    expect(text(gdpr.slice(0, gdpr.indexOf("</details>")))).toContain("When: Applies now (since 25 May 2018).");
  });

  it("draws the timeline as an SVG with a title, described by a text equivalent of in force and coming", () => {
    expect(bank).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="timeline-title"[^>]*aria-describedby="timeline-text"/,
    );
    expect(bank).toMatch(
      /<title id="timeline-title">Deadline timeline from \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}<\/title>/,
    );
    const equivalent = text(bank.slice(bank.indexOf('id="timeline-text"'), bank.indexOf("</figcaption>")));
    expect(equivalent).toMatch(/In force today .*GDPR: applies now \(since 25 May 2018\)/);
    expect(equivalent).toMatch(/Coming .*: .*, from \d{1,2} \w+ \d{4} \(in \d+ days?\)/);
    expect(bank).toContain('data-state="in-force"');
  });

  it("keeps likely and possible apart, each regulation's evidence folded in a details element", () => {
    const likely = bank.indexOf('data-testid="group-likely"');
    const possible = bank.indexOf('data-testid="group-possible"');
    expect(likely).toBeGreaterThan(-1);
    expect(possible).toBeGreaterThan(likely);
    expect(text(bank.slice(likely, possible))).toMatch(/Likely to apply \(\d+\)/);
    expect(bank.slice(likely, possible)).toMatch(
      /<details[^>]*><summary[^>]*>Why we think so and what it asks of you<\/summary>/,
    );
  });

  it("says nothing about coverage when every answer is within what the tool covers", () => {
    expect(bank).not.toContain('data-testid="scope-notice"');
  });
});

describe("a company outside what the tool covers", () => {
  const swissAgency = {
    ...answersFixture("dutch-saas-no-ai"),
    establishments: ["other"],
    markets: ["other"],
    euProducts: ["none"],
  };

  it("is told plainly that the tool does not cover the laws of other countries, and offered the call", async () => {
    const html = await summaryOf(swissAgency);
    expect(between(html, "scope-notice")).toContain("Your answers point outside what this tool covers");
    expect(between(html, "scope-notice")).toContain("it does not assess the laws of other countries");
    expect(text(html)).toContain("This needs a conversation");
    expect(html).toMatch(/href="#talk"/);
  });

  it("with nothing applying, says so instead of claiming everything already applies", async () => {
    const html = await summaryOf(swissAgency);
    expect(text(html)).not.toContain("already applies");
    expect(between(html, "next-obligation")).toBe("No dated obligation follows from your answers.");
  });
});
