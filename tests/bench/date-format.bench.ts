import { bench, describe } from "vitest";
import { ZONED_FIELD_OPTIONS, formatInstant } from "~/domain/date-format";

// Fifty leads' worth of instants (an inbox page), spread over a month as a queue's are.
const INSTANTS = Array.from({ length: 100 }, (_, i) =>
  new Date(Date.UTC(2026, 9, 1) + i * 6.5 * 3_600_000).toISOString(),
);
const ZONE = "Europe/Amsterdam";

// The reference is one call of the zone's formatter per instant, which is what the portal made
// before its offsets were remembered per day.
const formatter = new Intl.DateTimeFormat("en-GB", { ...ZONED_FIELD_OPTIONS, timeZone: ZONE });

describe("writing an inbox page's instants in the business time zone", () => {
  bench("formatInstant", () => {
    for (const iso of INSTANTS) formatInstant(iso, ZONE);
  });

  bench("reference: Intl formatToParts per instant", () => {
    for (const iso of INSTANTS) formatter.formatToParts(Date.parse(iso));
  });
});
