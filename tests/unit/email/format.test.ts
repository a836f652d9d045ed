import { describe, expect, it } from "vitest";
import { formatDueTime } from "~/server/mail/templates";

describe("due time formatting", () => {
  it("shows the time on the business calendar's clock with the zone's name", () => {
    expect(formatDueTime({ at: "2026-03-03T13:00:00.000Z", timeZone: "Europe/Berlin" })).toBe(
      "Tue 3 March 2026, 14:00 CET",
    );
  });

  it("follows summer time", () => {
    expect(formatDueTime({ at: "2026-07-01T08:30:00.000Z", timeZone: "Europe/London" })).toBe(
      "Wed 1 July 2026, 09:30 BST",
    );
  });

  it("refuses an instant that is not a date rather than printing Invalid Date", () => {
    expect(() => formatDueTime({ at: "soon", timeZone: "Europe/Berlin" })).toThrow(RangeError);
  });
});
