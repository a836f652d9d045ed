import { describe, expect, it } from "vitest";
import { sharedPageUrl } from "~/server/http/shared-pages.server";

const urlOf = (path: string, query = "") => sharedPageUrl(path, new URLSearchParams(query));

describe("which pages are shared, and what varies them", () => {
  it.each(["/", "/insights", "/insights/ai-act-dates", "/privacy", "/rss.xml", "/sitemap.xml", "/robots.txt"])(
    "shares %s",
    (path) => {
      expect(urlOf(path)).toBe(path);
    },
  );

  it.each(["/_root.data", "/insights.data", "/insights/ai-act-dates.data", "/privacy.data"])(
    "shares the data request %s",
    (path) => {
      expect(urlOf(path)).toBe(path);
    },
  );

  it.each([
    "/assess",
    "/assess/company",
    "/assess/done/abc",
    "/admin",
    "/admin/login",
    "/admin.data",
    "/healthz",
    "/insights/",
    "/insights/Upper-Case",
    "/insights/a--b",
    "/insights/%61bc",
    "/insights/a/b",
    `/insights/${"a".repeat(121)}`,
  ])("does not share %s", (path) => {
    expect(urlOf(path)).toBeNull();
  });

  it("keeps only the list's topic and page, once each, in a fixed order", () => {
    expect(urlOf("/insights", "page=2&utm_source=x&topic=gdpr&topic=nis2")).toBe("/insights?topic=gdpr&page=2");
    expect(urlOf("/insights.data", "topic=gdpr&_routes=root")).toBe("/insights.data?topic=gdpr");
  });

  it("drops every parameter of a page that takes none, and empty ones", () => {
    expect(urlOf("/insights/ai-act-dates", "utm_campaign=launch&_data=routes%2Fx")).toBe("/insights/ai-act-dates");
    expect(urlOf("/insights", "topic=&page=")).toBe("/insights");
  });
});
