import { describe, expect, it } from "vitest";
import { readBrowserManifest, readScript, scriptsForRoute, totalGzippedBytes } from "../support/browser-bundle";

// Budgets for the JavaScript a first visit downloads, gzipped, counted from the build's
// manifest: every chunk the page loads before it is interactive.
const KB = 1024;
export const ARTICLE_PAGE_BUDGET = 100 * KB;
export const FLOW_FIRST_STEP_BUDGET = 130 * KB;
export const SUMMARY_PAGE_BUDGET = 100 * KB;

const ARTICLE_ROUTE = "routes/insights.$slug";
const FLOW_STEP_ROUTE = "routes/assess.$step";
const SUMMARY_ROUTE = "routes/assess.done.$token";
const READING_ROUTES = ["routes/_index", "routes/insights._index", ARTICLE_ROUTE, "routes/privacy", SUMMARY_ROUTE];

// Strings that only these libraries' code contains, minified or not: zod's internal `_zod`
// property, react-hook-form's `validatingFields` form state, and the admin's own addresses.
const LEAKS = [
  { what: "zod", marker: "_zod" },
  { what: "react-hook-form", marker: "validatingFields" },
  { what: "admin code", marker: '"/admin' },
];

const manifest = readBrowserManifest();

describe("JavaScript budgets", () => {
  it(`keeps the article page within ${ARTICLE_PAGE_BUDGET / KB} KB gzipped`, () => {
    const bytes = totalGzippedBytes(scriptsForRoute(manifest, ARTICLE_ROUTE));
    expect(bytes, `${(bytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(ARTICLE_PAGE_BUDGET);
  });

  it(`keeps the flow's first step within ${FLOW_FIRST_STEP_BUDGET / KB} KB gzipped`, () => {
    const bytes = totalGzippedBytes(scriptsForRoute(manifest, FLOW_STEP_ROUTE));
    expect(bytes, `${(bytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(FLOW_FIRST_STEP_BUDGET);
  });

  it(`keeps the exposure summary within ${SUMMARY_PAGE_BUDGET / KB} KB gzipped`, () => {
    // The summary is built on the server; its page only lays out text and an SVG.
    const bytes = totalGzippedBytes(scriptsForRoute(manifest, SUMMARY_ROUTE));
    expect(bytes, `${(bytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(SUMMARY_PAGE_BUDGET);
  });

  it.each(READING_ROUTES)("loads no zod, react-hook-form or admin code on %s", (routeId) => {
    const leaks = scriptsForRoute(manifest, routeId).flatMap((url) => {
      const source = readScript(url);
      return LEAKS.filter(({ marker }) => source.includes(marker)).map(({ what }) => `${what} in ${url}`);
    });
    expect(leaks).toEqual([]);
  });

  it("recognises the libraries it keeps out, where they are meant to be", () => {
    // The flow validates with zod and react-hook-form, so its scripts must show both markers;
    // otherwise the markers above would prove nothing.
    const flow = scriptsForRoute(manifest, FLOW_STEP_ROUTE).map(readScript).join("\n");
    const admin = scriptsForRoute(manifest, "routes/admin._index").map(readScript).join("\n");
    expect(flow).toContain("_zod");
    expect(flow).toContain("validatingFields");
    expect(admin).toContain('"/admin');
  });
});
