import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildRobots, buildRss, buildSitemap, escapeXml } from "~/domain/feeds";

const article = {
  slug: "tom-jerry",
  title: 'Tom & Jerry <on> "sanctions"',
  summary: "A summary with an ampersand & a bracket <.",
  author: "Priya Raman",
  publishedOn: "2026-08-20",
  updatedAt: "2026-08-21T10:00:00.000Z",
  topics: ["sanctions"],
};

describe("feeds", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("builds well-formed RSS even from titles with markup characters", () => {
    const xml = buildRss({
      siteUrl: "https://firm.example",
      title: "Insights",
      description: "News",
      articles: [article],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<link>https://firm.example/insights/tom-jerry</link>");
    expect(xml).toContain("<pubDate>Thu, 20 Aug 2026 08:00:00 GMT</pubDate>");
  });

  it("builds a well-formed sitemap with each article's last change", () => {
    const xml = buildSitemap({ siteUrl: "https://firm.example", staticPaths: ["/"], articles: [article] });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<loc>https://firm.example/insights/tom-jerry</loc><lastmod>2026-08-21</lastmod>");
  });

  it("points crawlers at the sitemap and away from the admin and the flow", () => {
    const robots = buildRobots("https://firm.example");
    expect(robots).toContain("Sitemap: https://firm.example/sitemap.xml");
    expect(robots).toContain("Disallow: /admin");
  });
});
