import { describe, expect, it } from "vitest";
import { entityTag, ifNoneMatchIncludes } from "~/server/http/entity-tags.server";

const tag = entityTag("0123abcd", "identity");

describe("entity tags", () => {
  it("gives each content coding its own strong tag", () => {
    expect([entityTag("0123abcd", "identity"), entityTag("0123abcd", "br"), entityTag("0123abcd", "gzip")]).toEqual([
      '"0123abcd"',
      '"0123abcd-br"',
      '"0123abcd-gzip"',
    ]);
  });

  it.each([tag, `W/${tag}`, `"other", ${tag}`, ` ${tag} ,"x"`, "*", " * "])("matches If-None-Match %s", (header) => {
    expect(ifNoneMatchIncludes(header, tag)).toBe(true);
  });

  it.each([
    undefined,
    "",
    '"other"',
    "0123abcd",
    '"0123abcd-br"',
    'W/"0123abcd',
    '"0123"abcd"',
    "*, " + tag.slice(1),
    "W/*",
    ",,,",
    "\u0000",
  ])("does not match If-None-Match %s", (header) => {
    expect(ifNoneMatchIncludes(header, tag)).toBe(false);
  });
});
