import compression from "compression";
import { constants } from "node:zlib";

/**
 * Compression for what is rendered per request (the flow, the summary, the admin). Shared pages
 * and browser bundles arrive already compressed and skip this. Levels are chosen by measurement
 * (docs/decisions/014).
 */
export const DYNAMIC_GZIP_LEVEL = 6;
export const DYNAMIC_BROTLI_QUALITY = 4;
/** 256 KB windows: every dynamic page is far smaller, and the default (4 MB) costs memory per response. */
export const DYNAMIC_BROTLI_WINDOW_BITS = 18;

export function compressDynamicResponses() {
  return compression({
    filter: (req, res) => !isEventStream(res) && compression.filter(req, res),
    level: DYNAMIC_GZIP_LEVEL,
    brotli: {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: DYNAMIC_BROTLI_WINDOW_BITS,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    },
  });
}

/**
 * A compressor holds bytes back until it has enough to work with, which would stall the inbox's
 * live updates; they are tiny and left as they are.
 */
function isEventStream(res: { getHeader(name: string): unknown }): boolean {
  const type = res.getHeader("Content-Type");
  return typeof type === "string" && type.startsWith("text/event-stream");
}
