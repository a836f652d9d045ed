import { describe, expect, it } from "vitest";
import { MAX_SEARCH_WORDS, searchMatchQuery } from "~/server/inbox/search.server";

describe("turning what a person typed into a full-text query", () => {
  it("makes each word a phrase whose last token matches as a prefix", () => {
    expect(searchMatchQuery("acme gmb")).toBe('"acme"* "gmb"*');
  });

  it("keeps an email address together as one phrase", () => {
    expect(searchMatchQuery("cto@msp.example")).toBe('"cto msp example"*');
  });

  it("drops search syntax, so quotes, operators and brackets are only separators", () => {
    expect(searchMatchQuery('"zephyrine" (robotics*) -x')).toBe('"zephyrine"* "robotics"* "x"*');
    expect(searchMatchQuery("NOT")).toBe('"NOT"*');
  });

  it("keeps letters of every script and their accents", () => {
    expect(searchMatchQuery("Åsa Ødegård 北京")).toBe('"Åsa"* "Ødegård"* "北京"*');
  });

  it("has nothing to search for in punctuation alone", () => {
    expect(searchMatchQuery(" @@ -- ")).toBeNull();
  });

  it("uses at most the first twelve words", () => {
    const words = Array.from({ length: 20 }, (_, index) => `w${index}`);
    expect(searchMatchQuery(words.join(" "))?.split(" ")).toHaveLength(MAX_SEARCH_WORDS);
  });
});
