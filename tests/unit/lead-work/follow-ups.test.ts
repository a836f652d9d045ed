import { describe, expect, it } from "vitest";
import { DEFAULT_CALENDAR } from "~/domain/sla";
import { businessToday, dueLabel, dueState, isCalendarDay, reminderInstant } from "~/domain/lead-work";

describe("follow-up days", () => {
  it("are days of the business time zone, not of the server", () => {
    // 23:30 UTC on 1 December is already 2 December in Amsterdam.
    expect(businessToday(new Date("2026-12-01T23:30:00Z"), "Europe/Amsterdam")).toBe("2026-12-02");
    expect(businessToday(new Date("2026-12-01T23:30:00Z"), "America/New_York")).toBe("2026-12-01");
  });

  it("are real calendar days", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("2026-1-01")).toBe(false);
  });

  it("are overdue, due today or upcoming", () => {
    expect(dueState("2026-11-30", "2026-12-01")).toBe("overdue");
    expect(dueState("2026-12-01", "2026-12-01")).toBe("today");
    expect(dueState("2026-12-02", "2026-12-01")).toBe("upcoming");
  });

  it("are labelled for a list", () => {
    expect(dueLabel("2026-12-01", "2026-12-01")).toBe("Due today");
    expect(dueLabel("2026-12-02", "2026-12-01")).toBe("Due tomorrow");
    expect(dueLabel("2026-11-30", "2026-12-01")).toBe("1 day overdue");
    expect(dueLabel("2026-11-28", "2026-12-01")).toBe("3 days overdue");
    expect(dueLabel("2026-12-09", "2026-12-01")).toBe("Due 2026-12-09");
  });
});

describe("the reminder", () => {
  const calendar = { ...DEFAULT_CALENDAR, timeZone: "Europe/Amsterdam", startHour: 9 };

  it("is sent at the opening hour of the day the follow-up is due, in the business time zone", () => {
    expect(reminderInstant("2026-12-04", calendar, new Date("2026-12-01T10:00:00Z")).toISOString()).toBe(
      "2026-12-04T08:00:00.000Z",
    );
    // Summer time: 09:00 in Amsterdam is 07:00 UTC.
    expect(reminderInstant("2027-06-04", calendar, new Date("2027-06-01T10:00:00Z")).toISOString()).toBe(
      "2027-06-04T07:00:00.000Z",
    );
  });

  it("is sent at once for a follow-up set for today after opening time", () => {
    const now = new Date("2026-12-01T14:00:00Z");
    expect(reminderInstant("2026-12-01", calendar, now)).toEqual(now);
  });
});
