import { describe, expect, it } from "vitest";
import { MIN_NOTICE_HOURS, availableSlots, callTimeText, slotProblem, slotsByDay } from "~/domain/booking";
import { DEFAULT_CALENDAR } from "~/domain/sla";

// Tuesday 1 December 2026, 08:00 in Amsterdam (07:00 UTC).
const NOW = new Date("2026-12-01T07:00:00.000Z");
const rules = (over: Partial<Parameters<typeof availableSlots>[0]> = {}) => ({
  calendar: DEFAULT_CALENDAR,
  away: [],
  taken: [],
  now: NOW,
  ...over,
});

describe("call slots", () => {
  it("start after the notice period, on the half hour within opening hours", () => {
    const slots = availableSlots(rules());
    // 08:00 + 2 h notice: the first is 10:00 in Amsterdam (09:00 UTC); the day's last starts at 16:30.
    expect(slots[0]).toBe("2026-12-01T09:00:00.000Z");
    expect(slots).toContain("2026-12-01T15:30:00.000Z");
    expect(slots).not.toContain("2026-12-01T16:00:00.000Z");
    expect(MIN_NOTICE_HOURS).toBe(2);
  });

  it("skip weekends and run ten working days ahead", () => {
    const days = new Set(availableSlots(rules()).map((slot) => slot.slice(0, 10)));
    expect(days.has("2026-12-05")).toBe(false);
    expect(days.has("2026-12-06")).toBe(false);
    expect(days.has("2026-12-15")).toBe(true);
    expect(days.has("2026-12-16")).toBe(false);
  });

  it("leave out booked calls and days out of office", () => {
    const slots = availableSlots(
      rules({
        taken: ["2026-12-02T09:00:00.000Z"],
        away: [{ from: "2026-12-03T00:00:00.000Z", until: "2026-12-04T00:00:00.000Z" }],
      }),
    );
    expect(slots).not.toContain("2026-12-02T09:00:00.000Z");
    expect(slots.filter((slot) => slot.startsWith("2026-12-03"))).toEqual([]);
  });

  it("follow the clock change: 09:00 in Amsterdam is 08:00 UTC in summer", () => {
    const summer = availableSlots(rules({ now: new Date("2027-06-01T04:00:00.000Z") }));
    expect(summer[0]).toBe("2027-06-01T07:00:00.000Z");
  });
});

describe("why a slot cannot be booked", () => {
  it.each([
    ["a made-up id", "tomorrow at ten", "malformed"],
    ["a date without milliseconds", "2026-12-02T09:00:00Z", "malformed"],
    ["the notice period's last minute", "2026-12-01T08:30:00.000Z", "past"],
    ["a time at night", "2026-12-02T02:00:00.000Z", "out-of-hours"],
    ["a Saturday", "2026-12-05T09:00:00.000Z", "out-of-hours"],
    ["a quarter past", "2026-12-02T09:15:00.000Z", "out-of-hours"],
    ["a working day beyond the horizon", "2026-12-22T09:00:00.000Z", "too-far"],
  ])("%s", (_, slot, problem) => {
    expect(slotProblem(slot, rules())).toBe(problem);
  });

  it("a taken slot and a day away say so; a free one is fine", () => {
    expect(slotProblem("2026-12-02T09:00:00.000Z", rules({ taken: ["2026-12-02T09:00:00.000Z"] }))).toBe("taken");
    expect(
      slotProblem(
        "2026-12-02T09:00:00.000Z",
        rules({ away: [{ from: "2026-12-02T00:00:00.000Z", until: "2026-12-03T00:00:00.000Z" }] }),
      ),
    ).toBe("away");
    expect(slotProblem("2026-12-02T09:00:00.000Z", rules())).toBeNull();
  });
});

describe("slots in the visitor's time zone", () => {
  it("are grouped by their own day and written on their own clock", () => {
    const days = slotsByDay(["2026-12-01T09:00:00.000Z", "2026-12-01T15:30:00.000Z"], "Asia/Tokyo");
    expect(days).toEqual([
      { label: "Tuesday 1 December", slots: [{ id: "2026-12-01T09:00:00.000Z", time: "18:00" }] },
      { label: "Wednesday 2 December", slots: [{ id: "2026-12-01T15:30:00.000Z", time: "00:30" }] },
    ]);
  });

  it("a call's time names its zone", () => {
    expect(callTimeText("2026-12-01T09:00:00.000Z", "Europe/London")).toBe(
      "Tuesday 1 December 2026, 09:00–09:30 (Europe/London)",
    );
  });
});
