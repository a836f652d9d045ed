import { describe, expect, it } from "vitest";
import { articleJsonLd, organizationJsonLd } from "~/domain/structured-data";
import { NewsArticleShape, OrganizationShape } from "../support/schema-org-shapes";

const firm = { name: "Meridian Regulatory Audit", siteUrl: "https://audit.example" };
const article = {
  slug: "ai-act-dates",
  title: "The AI Act's new dates",
  summary: "What moved in the AI Act timetable and what did not.",
  author: "Amara Okafor",
  publishedOn: "2026-07-30",
  updatedAt: "2026-08-02T09:15:00.000Z",
  topics: ["eu-ai-act", "gdpr"] as const,
};

describe("JSON-LD", () => {
  it("describes an article as a NewsArticle with its author, dates, topics and the firm as publisher", () => {
    const data = articleJsonLd(article, firm);
    expect(NewsArticleShape.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(data).toMatchObject({
      headline: article.title,
      url: "https://audit.example/insights/ai-act-dates",
      datePublished: "2026-07-30",
      dateModified: "2026-08-02T09:15:00.000Z",
      author: [{ "@type": "Person", name: "Amara Okafor" }],
      publisher: { "@type": "Organization", "@id": "https://audit.example/#organization", name: firm.name },
      articleSection: "EU AI Act",
      keywords: ["EU AI Act", "GDPR and privacy"],
    });
  });

  it("never dates a change before the publication of an article stored ahead of time", () => {
    const data = articleJsonLd({ ...article, updatedAt: "2026-07-01T08:00:00.000Z" }, firm);
    expect(data.dateModified).toBe("2026-07-30");
    expect(NewsArticleShape.safeParse(data).success).toBe(true);
  });

  it("describes the firm as an Organization that articles name as their publisher", () => {
    const data = organizationJsonLd(firm, "Independent audits against technology regulation.");
    expect(OrganizationShape.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(data["@id"]).toBe(articleJsonLd(article, firm).publisher["@id"]);
  });

  it("is refused by the shapes when a required property is missing or malformed", () => {
    const data = articleJsonLd(article, firm);
    expect(NewsArticleShape.safeParse({ ...data, datePublished: "30 July 2026" }).success).toBe(false);
    expect(NewsArticleShape.safeParse({ ...data, author: [] }).success).toBe(false);
    expect(NewsArticleShape.safeParse({ ...data, "@type": "Article" }).success).toBe(false);
    expect(
      OrganizationShape.safeParse({
        ...organizationJsonLd(firm, "Audits against technology regulation."),
        url: "/relative",
      }).success,
    ).toBe(false);
  });
});
