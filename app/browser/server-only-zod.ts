/**
 * What `import { z } from "zod"` gives in the browser build (package.json "browser" field).
 *
 * The full zod build validates forms, query strings and stored documents on the server. Route
 * modules declare those schemas at their top level, so without this stand-in every page would
 * download and evaluate the whole library (about 90 KB gzipped) only to build schemas it never
 * uses. Here building a schema is inert: every property and call returns the same stand-in.
 * Validating is not: browser code validates with zod's tree-shakable "mini" build
 * (`import * as z from "zod/mini"`), and a call to parse with the full build fails loudly.
 */

const PARSERS = new Set([
  "parse",
  "safeParse",
  "parseAsync",
  "safeParseAsync",
  "spa",
  "decode",
  "encode",
  "safeDecode",
  "safeEncode",
]);

function serverOnly(name: string): never {
  throw new Error(
    `zod's full build is kept out of the browser; "${name}" must run on the server, or validate with "zod/mini".`,
  );
}

const inert: object = new Proxy(function schema() {}, {
  get(_target, property) {
    // Not a promise, not a primitive: `await` and string conversion see a plain object.
    if (property === "then" || typeof property === "symbol") return undefined;
    if (PARSERS.has(property)) return () => serverOnly(property);
    return inert;
  },
  apply: () => inert,
  construct: () => inert,
});

export const z = inert;
export const ZodError = inert;
export const NEVER = inert;
export default inert;
