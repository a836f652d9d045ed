import { describe, expect, it } from "vitest";
import { ArticleFrontMatterSchema } from "~/domain/article-front-matter";
import { callToAction, countWords, readingMinutes } from "~/domain/articles";

const validFrontMatter = {
  slug: "ai-act-dates",
  title: "The AI Act's new dates",
  summary: "What moved in the AI Act timetable and what did not.",
  author: "Amara Okafor",
  published: new Date("2026-07-30T00:00:00Z"),
  topics: ["eu-ai-act"],
};

describe("article front matter", () => {
  it("accepts a complete front matter and keeps the calendar date", () => {
    const parsed = ArticleFrontMatterSchema.parse(validFrontMatter);
    expect(parsed.published).toBe("2026-07-30");
    expect(parsed.status).toBe("published");
  });

  it.each([
    ["slug", { slug: "Not A Slug" }],
    ["published", { published: "30/07/2026" }],
    ["published", { published: "2026-02-30" }],
    ["topics", { topics: [] }],
    ["topics.0", { topics: ["astrology"] }],
    ["summary", { summary: "short" }],
  ])("rejects a bad %s", (field, change) => {
    const result = ArticleFrontMatterSchema.safeParse({ ...validFrontMatter, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
  });

  it("rejects a missing title", () => {
    const { title: _title, ...withoutTitle } = validFrontMatter;
    const result = ArticleFrontMatterSchema.safeParse(withoutTitle);
    expect(result.error?.issues[0]?.path).toEqual(["title"]);
  });
});

describe("reading time", () => {
  it("counts words, not punctuation or link targets", () => {
    expect(countWords("## Heading\n\nThe [AI Act](https://eur-lex.europa.eu/x) applies — from 2 Aug 2026.")).toBe(9);
  });

  it("is at least one minute and rounds up", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(221)).toBe(2);
    expect(readingMinutes(660)).toBe(3);
  });
});

describe("the call to action", () => {
  it("links to the flow with the article and its primary topic", () => {
    const cta = callToAction({ slug: "nis2-in-practice", topics: ["nis2", "dora"], ctaLine: null });
    expect(cta.href).toBe("/assess?from=nis2-in-practice&topic=nis2");
    expect(cta.line).toMatch(/NIS2/);
  });

  it("prefers the article's own line when it has one", () => {
    expect(callToAction({ slug: "a", topics: ["gdpr"], ctaLine: "Does Art. 22 reach your scoring?" }).line).toBe(
      "Does Art. 22 reach your scoring?",
    );
  });
});
