/**
 * Browsers send Origin on every form post; a post naming another site (or marked cross-site by
 * Sec-Fetch-Site) is a forged request. A post without either header comes from a non-browser
 * client, which cannot carry a visitor's cookies against their will.
 */
export function isCrossSitePost({
  method,
  origin,
  fetchSite,
  allowedOrigins,
}: {
  method: string;
  origin: string | null | undefined;
  fetchSite: string | null | undefined;
  allowedOrigins: readonly string[];
}): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  return (Boolean(origin) && !allowedOrigins.includes(origin ?? "")) || fetchSite === "cross-site";
}
