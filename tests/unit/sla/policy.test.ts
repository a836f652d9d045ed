import { describe, expect, it } from "vitest";
import type { Band } from "~/domain/exposure";
import {
  DEFAULT_CALENDAR,
  REMINDER_SHARE,
  SLA_POLICY,
  businessHoursBetween,
  slaFor,
  type BusinessCalendar,
  type SlaPolicy,
} from "~/domain/sla";

// Tuesday 24 November 2026, 10:00 in Amsterdam.
const TUESDAY_10 = new Date("2026-11-24T10:00:00+01:00");
const iso = (value: string) => new Date(value).toISOString();

describe("default first-response budgets", () => {
  it("are 4 business hours for Critical, then 1, 2 and 5 business days", () => {
    expect(SLA_POLICY).toEqual({
      Critical: { businessHours: 4 },
      High: { businessDays: 1 },
      Moderate: { businessDays: 2 },
      Low: { businessDays: 5 },
    });
  });

  it.each<[Band, number, string, string]>([
    ["Critical", 4, "2026-11-24T14:00:00+01:00", "2026-11-24T13:00:00+01:00"],
    ["High", 8, "2026-11-25T10:00:00+01:00", "2026-11-24T16:00:00+01:00"],
    ["Moderate", 16, "2026-11-26T10:00:00+01:00", "2026-11-25T14:00:00+01:00"],
    ["Low", 40, "2026-12-01T10:00:00+01:00", "2026-11-27T16:00:00+01:00"],
  ])("%s: %i business hours, due %s, reminder %s", (band, hours, due, reminder) => {
    expect(slaFor(band, TUESDAY_10, DEFAULT_CALENDAR)).toEqual({
      businessHours: hours,
      dueAt: new Date(due),
      reminderAt: new Date(reminder),
    });
  });
});

describe("slaFor", () => {
  it("reminds the owner when 75 % of the budget has passed", () => {
    expect(REMINDER_SHARE).toBe(0.75);
    for (const band of ["Critical", "High", "Moderate", "Low"] as const) {
      const sla = slaFor(band, TUESDAY_10, DEFAULT_CALENDAR);
      expect(businessHoursBetween(TUESDAY_10, sla.reminderAt, DEFAULT_CALENDAR)).toBe(sla.businessHours * 0.75);
      expect(businessHoursBetween(TUESDAY_10, sla.dueAt, DEFAULT_CALENDAR)).toBe(sla.businessHours);
    }
  });

  it("carries a Critical lead from Friday afternoon to Monday morning", () => {
    const sla = slaFor("Critical", new Date("2026-11-27T15:30:00+01:00"), DEFAULT_CALENDAR);
    expect(sla.dueAt.toISOString()).toBe(iso("2026-11-30T11:30:00+01:00"));
    expect(sla.reminderAt.toISOString()).toBe(iso("2026-11-30T10:30:00+01:00"));
  });

  it("starts the clock at the next opening for a lead created at the weekend", () => {
    const sla = slaFor("High", new Date("2026-11-28T20:00:00+01:00"), DEFAULT_CALENDAR);
    expect(sla.dueAt.toISOString()).toBe(iso("2026-11-30T17:00:00+01:00"));
    expect(sla.reminderAt.toISOString()).toBe(iso("2026-11-30T15:00:00+01:00"));
  });

  it("measures a business day by the calendar's opening hours", () => {
    const longDays: BusinessCalendar = { ...DEFAULT_CALENDAR, startHour: 8, endHour: 18 };
    expect(slaFor("Moderate", TUESDAY_10, longDays).businessHours).toBe(20);
  });

  it("takes another policy when one is given", () => {
    const policy: SlaPolicy = { ...SLA_POLICY, Critical: { businessHours: 2 } };
    expect(slaFor("Critical", TUESDAY_10, DEFAULT_CALENDAR, policy).dueAt.toISOString()).toBe(
      iso("2026-11-24T12:00:00+01:00"),
    );
  });

  it("keeps local hours across the spring-forward weekend", () => {
    const sla = slaFor("High", new Date("2026-03-27T14:00:00+01:00"), DEFAULT_CALENDAR);
    expect(sla.dueAt.toISOString()).toBe(iso("2026-03-30T14:00:00+02:00"));
  });

  it("keeps local hours across the fall-back weekend", () => {
    const sla = slaFor("High", new Date("2026-10-23T14:00:00+02:00"), DEFAULT_CALENDAR);
    expect(sla.dueAt.toISOString()).toBe(iso("2026-10-26T14:00:00+01:00"));
  });
});
