import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import type { ContentCoding } from "./entity-tags.server";

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A shared page as rendered once: its bytes, its hash and the headers that belong to them. */
export type RenderedPage = {
  /** Content-Type and the few other headers that describe the bytes (see render-shared-page). */
  headers: ReadonlyArray<readonly [string, string]>;
  contentSecurityPolicy: string;
  /** Hex SHA-256 prefix of the uncompressed bytes; the entity tags derive from it. */
  contentHash: string;
  body: Buffer;
};

type Entry = {
  page: RenderedPage;
  /** The content version the page was rendered at; another version means it is out of date. */
  version: string;
  encoded: Partial<Record<Exclude<ContentCoding, "identity">, Promise<Buffer>>>;
};

/**
 * Compressed once per page and version, off the event loop, at the highest levels: the cost is
 * paid on the first request for that coding and every later response is a copy.
 */
function encode(body: Buffer, coding: Exclude<ContentCoding, "identity">): Promise<Buffer> {
  if (coding === "gzip") return gzipAsync(body, { level: constants.Z_BEST_COMPRESSION });
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

export type CachedPage = Entry;

/**
 * The server's own copy of the shared pages, in front of the renderer, so that a spike of
 * readers costs one render per page and content version rather than one per view. Bounded by
 * bytes (least recently used pages go first); concurrent misses for one page share one render.
 */
export function createPageCache<Other>({
  maxBytes,
  render,
}: {
  maxBytes: number;
  /** Renders a page; what is not a page (an error, a redirect) is passed on and not kept. */
  render: (url: string) => Promise<{ page: RenderedPage } | { other: Other }>;
}) {
  const entries = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    // The uncompressed bytes plus room for the two compressed copies.
    sizeCalculation: (entry) => Math.max(1, Math.ceil(entry.page.body.length * 1.5)),
  });
  const rendering = new Map<string, Promise<{ entry: Entry } | { other: Other }>>();

  function renderOnce(url: string, version: string) {
    const flight = `${version}\n${url}`;
    let pending = rendering.get(flight);
    if (!pending) {
      pending = render(url).then((outcome) => {
        if (!("page" in outcome)) return outcome;
        const entry: Entry = { page: outcome.page, version, encoded: {} };
        entries.set(url, entry);
        return { entry };
      });
      rendering.set(flight, pending);
      void pending.then(
        () => rendering.delete(flight),
        () => rendering.delete(flight),
      );
    }
    return pending;
  }

  return {
    /** The page at this content version, from the cache or rendered now. */
    async get(url: string, version: string): Promise<{ entry: Entry } | { other: Other }> {
      const cached = entries.get(url);
      if (cached?.version === version) return { entry: cached };
      return renderOnce(url, version);
    },

    /** The page's bytes in the given coding, compressed on first use. */
    body(entry: Entry, coding: ContentCoding): Promise<Buffer> {
      if (coding === "identity") return Promise.resolve(entry.page.body);
      const known = entry.encoded[coding];
      if (known) return known;
      const encoding = encode(entry.page.body, coding);
      entry.encoded[coding] = encoding;
      // A failed compression is not kept: the next request tries again.
      encoding.catch(() => {
        if (entry.encoded[coding] === encoding) delete entry.encoded[coding];
      });
      return encoding;
    },

    /** Forgets every page. */
    clear() {
      entries.clear();
    },
  };
}

export type PageCache<Other> = ReturnType<typeof createPageCache<Other>>;
