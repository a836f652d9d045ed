const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "30 July 2026" for a YYYY-MM-DD calendar date, the same on server and browser. */
export function formatLongDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
