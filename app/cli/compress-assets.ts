import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The browser assets the build writes, and the kinds of file worth compressing. */
export const BROWSER_BUILD_DIR = "public/build";
const COMPRESSIBLE = /\.(?:js|css|map|json|svg|txt)$/;

export type CompressionReport = { files: number; bytes: number; brotliBytes: number; gzipBytes: number };

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible asset, at the
 * highest levels: it costs seconds once per build instead of CPU on every request, and the
 * server sends the copy a browser accepts. A copy that would not be smaller is not written.
 */
export function compressBuildAssets(directory = BROWSER_BUILD_DIR): CompressionReport {
  const report: CompressionReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const file of listFiles(directory)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const content = readFileSync(file);
    const brotli = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gzip = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
    report.files += 1;
    report.bytes += content.length;
    report.brotliBytes += Math.min(brotli.length, content.length);
    report.gzipBytes += Math.min(gzip.length, content.length);
    if (brotli.length < content.length) writeFileSync(`${file}.br`, brotli);
    if (gzip.length < content.length) writeFileSync(`${file}.gz`, gzip);
  }
  return report;
}

function listFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const entry = path.join(directory, name);
    return statSync(entry).isDirectory() ? listFiles(entry) : [entry];
  });
}
