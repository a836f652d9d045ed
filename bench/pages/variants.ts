import type { LoadOptions } from "../lib/load";

/** How a client asks for a page: as a plain client, accepting brotli, or revalidating a copy it has. */
export type Variant = "plain" | "br" | "revalidating";

export const VARIANTS: { id: Variant; title: string }[] = [
  { id: "plain", title: "plain GET (no Accept-Encoding)" },
  { id: "br", title: "GET with Accept-Encoding: br" },
  { id: "revalidating", title: "revalidating client (If-None-Match with the ETag of a first response)" },
];

/** The ETag of a first plain response, or null when the server sends none. */
async function firstEtag(url: string): Promise<string | null> {
  const response = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  await response.arrayBuffer();
  return response.headers.get("etag");
}

/**
 * The load for one page in one variant, and what the table should say about it. A server that
 * sends no ETag cannot be revalidated: its revalidating client gets the whole page each time, and
 * the row says so rather than failing.
 */
export async function loadFor(
  url: string,
  variant: Variant,
  base: Omit<LoadOptions, "url">,
): Promise<{ options: LoadOptions; note?: string }> {
  switch (variant) {
    case "plain":
      return { options: { ...base, url } };
    case "br":
      return { options: { ...base, url, headers: { "accept-encoding": "br" } } };
    case "revalidating": {
      const etag = await firstEtag(url);
      if (!etag) return { options: { ...base, url }, note: "no ETag sent: every response is the full page" };
      return { options: { ...base, url, headers: { "if-none-match": etag } }, note: "revalidated with its ETag" };
    }
  }
}
