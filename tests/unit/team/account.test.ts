import { describe, expect, it } from "vitest";
import { UserUpdateSchema, accessProblem, awayDays, awayPeriod } from "~/domain/team";

const valid = { name: "Ana Lima", role: "consultant", inboxIds: ["1", "3"], capacity: "20", active: "on" };

describe("the user form", () => {
  it("reads a user's details, with ticked inboxes and the active box", () => {
    expect(UserUpdateSchema.parse(valid)).toEqual({
      name: "Ana Lima",
      role: "consultant",
      inboxIds: [1, 3],
      capacity: 20,
      active: true,
    });
  });

  it("reads an unticked active box as inactive", () => {
    expect(UserUpdateSchema.parse({ ...valid, active: undefined }).active).toBe(false);
  });

  it("treats two empty out-of-office dates as being in", () => {
    expect(UserUpdateSchema.parse({ ...valid, awayFrom: "", awayUntil: "" })).not.toHaveProperty(
      "awayFrom",
      expect.anything(),
    );
  });

  it("refuses an inbox chosen twice", () => {
    expect(UserUpdateSchema.safeParse({ ...valid, inboxIds: ["1", "1"] }).success).toBe(false);
  });

  it("refuses a period away longer than a year", () => {
    const parsed = UserUpdateSchema.safeParse({ ...valid, awayFrom: "2026-01-01", awayUntil: "2027-01-02" });
    expect(parsed.success ? null : parsed.error.issues[0]?.message).toBe("Plan at most 366 days away at a time");
  });
});

describe("out-of-office days", () => {
  it("run from the first day's midnight to the midnight after the last day, in the business time zone", () => {
    expect(awayPeriod("2026-03-27", "2026-03-30", "Europe/Amsterdam")).toEqual({
      from: "2026-03-26T23:00:00.000Z",
      until: "2026-03-30T22:00:00.000Z",
    });
  });

  it("read back as the same days, across a clock change", () => {
    expect(awayDays(awayPeriod("2026-03-27", "2026-03-30", "Europe/Amsterdam"), "Europe/Amsterdam")).toEqual({
      awayFrom: "2026-03-27",
      awayUntil: "2026-03-30",
    });
    expect(awayDays(awayPeriod("2026-10-24", "2026-10-26", "America/New_York"), "America/New_York")).toEqual({
      awayFrom: "2026-10-24",
      awayUntil: "2026-10-26",
    });
  });
});

describe("changes that would lock people out", () => {
  const admin = { id: 1, role: "admin" as const, active: true };

  it("stop an administrator making themselves inactive or a consultant", () => {
    expect(
      accessProblem({ editorId: 1, target: admin, change: { role: "admin", active: false }, otherActiveAdmins: 3 })
        ?.field,
    ).toBe("active");
    expect(
      accessProblem({ editorId: 1, target: admin, change: { role: "consultant", active: true }, otherActiveAdmins: 3 })
        ?.field,
    ).toBe("role");
  });

  it("keep the last active administrator one", () => {
    expect(
      accessProblem({ editorId: 9, target: admin, change: { role: "consultant", active: true }, otherActiveAdmins: 0 })
        ?.message,
    ).toMatch(/last active administrator/);
  });

  it("allow demoting an administrator while another remains, and any change to a consultant", () => {
    expect(
      accessProblem({
        editorId: 9,
        target: admin,
        change: { role: "consultant", active: false },
        otherActiveAdmins: 1,
      }),
    ).toBeNull();
    expect(
      accessProblem({
        editorId: 1,
        target: { id: 5, role: "consultant", active: true },
        change: { role: "consultant", active: false },
        otherActiveAdmins: 0,
      }),
    ).toBeNull();
  });
});
