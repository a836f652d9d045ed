import { describe, expect, it } from "vitest";
import { emailDomain, isColleagueAddress } from "~/domain/summary";

describe("a colleague's address", () => {
  it("is at the same domain, whatever the case", () => {
    expect(isColleagueAddress("ada@Analytical.example", "CFO@analytical.EXAMPLE")).toBe(true);
  });

  it("is not at a subdomain, a parent domain or another domain", () => {
    expect(isColleagueAddress("ada@analytical.example", "x@mail.analytical.example")).toBe(false);
    expect(isColleagueAddress("ada@mail.analytical.example", "x@analytical.example")).toBe(false);
    expect(isColleagueAddress("ada@analytical.example", "x@analytical.example.evil")).toBe(false);
  });

  it("reads the domain after the last @ and has none without one", () => {
    expect(emailDomain('"a@b"@analytical.example')).toBe("analytical.example");
    expect(emailDomain("no-at-sign")).toBeNull();
    expect(emailDomain("trailing@")).toBeNull();
  });
});
