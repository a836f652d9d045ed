import { describe, expect, it } from "vitest";
import { LeadFiltersSchema, filtersToSearchParams, parseLeadFilters } from "~/domain/lead-inbox";

const parse = (query: string) => parseLeadFilters(new URLSearchParams(query));

describe("reading the inbox filters from the address", () => {
  it("reads every filter", () => {
    expect(
      parse(
        "q=acme+gmbh&status=new&inbox=privacy-data&owner=me&band=High&regime=gdpr&source=nis2-basics&from=2026-11-01&to=2026-11-30",
      ),
    ).toEqual({
      success: true,
      data: {
        q: "acme gmbh",
        status: "new",
        inbox: "privacy-data",
        owner: "me",
        band: "High",
        regime: "gdpr",
        source: "nis2-basics",
        from: "2026-11-01",
        to: "2026-11-30",
      },
    });
  });

  it("treats blank fields, as an empty form sends them, as absent, and ignores the page cursor", () => {
    expect(parse("q=&status=&inbox=&owner=&band=&regime=&source=&from=&to=&after=abc")).toEqual({
      success: true,
      data: {},
    });
  });

  it("reads an owner as me, unassigned, anyone or a consultant's number", () => {
    expect(LeadFiltersSchema.parse(new URLSearchParams("owner=unassigned")).owner).toBe("unassigned");
    expect(LeadFiltersSchema.parse(new URLSearchParams("owner=anyone")).owner).toBe("anyone");
    expect(LeadFiltersSchema.parse(new URLSearchParams("owner=12")).owner).toBe(12);
    expect(parse("owner=0").success).toBe(false);
    expect(parse("owner=someone").success).toBe(false);
  });

  it("names the allowed statuses when the status is unknown", () => {
    expect(parse("status=closed")).toEqual({
      success: false,
      problems: [
        'Unknown status "closed"; choose one of: new, contacted, qualified, proposal, won, lost, spam, unconfirmed, open',
      ],
    });
  });

  it("refuses an unknown band or regime", () => {
    expect(parse("band=Severe").success).toBe(false);
    expect(parse("regime=hipaa").success).toBe(false);
  });

  it("refuses a date that is not a calendar day, and a range that ends before it starts", () => {
    expect(parse("from=2026-02-30")).toEqual({
      success: false,
      problems: ["The from date must be a calendar date written YYYY-MM-DD"],
    });
    expect(parse("from=2026-11-30&to=2026-11-01")).toEqual({
      success: false,
      problems: ["The from date must not be after the to date"],
    });
  });

  it("refuses a search longer than 200 characters and an inbox or source that is not a slug", () => {
    expect(parse(`q=${"a".repeat(201)}`).success).toBe(false);
    expect(parse("inbox=Privacy%20%26%20data").success).toBe(false);
    expect(parse("source=../etc").success).toBe(false);
  });

  it("writes filters back into a query string without the defaults", () => {
    expect(filtersToSearchParams({ status: "won", owner: "anyone", q: "acme" }).toString()).toBe("q=acme&status=won");
    expect(filtersToSearchParams({ owner: 7 }).toString()).toBe("owner=7");
  });
});
