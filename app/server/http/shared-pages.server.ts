import { ARTICLE_SLUG_PATTERN } from "../../domain/articles";

/**
 * Which pages are the same for every visitor, and so may be kept by a shared cache (a CDN) and
 * by the server itself, and what varies them. The reasons are in docs/decisions/013.
 */

/**
 * Browsers reuse a public page for a minute; shared caches for five minutes, then serve the
 * stale copy for up to a minute more while they fetch a fresh one, and for a day if the portal
 * is down. Publishing or changing an article therefore reaches every reader within about six
 * minutes (seven in a browser that has the old copy), or at once after a purge.
 */
export const SHARED_PAGE_CACHE_CONTROL =
  "public, max-age=60, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400";

/** Anything that depends on the visitor (the flow, the summary, the admin) and every error. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

type SharedRoute = { path: RegExp; params: readonly string[] };

// A slug as the articles use it, not longer than any seeded one could reasonably be.
const SLUG = `(?=[a-z0-9-]{1,120}(?:\\.data)?$)${ARTICLE_SLUG_PATTERN.source.replace(/^\^|\$$/g, "")}`;

/**
 * Each shared page, as a document and as the `.data` request the browser makes for it when
 * navigating without a reload, with the only query parameters that change it.
 */
const SHARED_ROUTES: readonly SharedRoute[] = [
  { path: /^\/(?:_root\.data)?$/, params: [] },
  { path: /^\/insights(?:\.data)?$/, params: ["topic", "page"] },
  { path: new RegExp(`^/insights/${SLUG}(?:\\.data)?$`), params: [] },
  { path: /^\/privacy(?:\.data)?$/, params: [] },
  { path: /^\/(?:rss\.xml|sitemap\.xml|robots\.txt)$/, params: [] },
];

/**
 * The address a shared page is rendered from and cached under, or null when the request is not
 * for a shared page. Only the route's own parameters are kept, each once, non-empty, in a fixed
 * order; every other parameter (campaign tags, cache busters, anything) is dropped, so it can
 * neither split the cache nor reach the page that is rendered.
 */
export function sharedPageUrl(pathname: string, search: URLSearchParams): string | null {
  const route = SHARED_ROUTES.find((candidate) => candidate.path.test(pathname));
  if (!route) return null;
  const kept = new URLSearchParams();
  for (const name of route.params) {
    const value = search.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `${pathname}?${query}` : pathname;
}
