import { describe, expect, it } from "vitest";
import {
  ReportQuerySchema,
  SUBMITTED_REACH,
  axisTicks,
  barRows,
  columnChart,
  dropOffRows,
  funnelSummary,
  isoWeekLabel,
  linePath,
  niceCeiling,
  periodOf,
  responsesSummary,
  weeklySummary,
  weeksOfPeriod,
} from "~/domain/reports";
import { FLOW_STEP_IDS } from "~/domain/flow/progress";

describe("chart scales", () => {
  it("round a maximum up to 1, 2 or 5 times a power of ten", () => {
    expect([0, 1, 3, 7, 12, 20, 51, 999].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 20, 100, 1000]);
  });

  it("put whole-number ticks from zero to at or above the largest value, evenly", () => {
    expect(axisTicks(30)).toEqual([0, 10, 20, 30]);
    expect(axisTicks(31)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(0)).toEqual([0, 1]);
  });

  it("write a line through points as an SVG path", () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5.25, y: 2 },
      ]),
    ).toBe("M0 10 L5.3 2");
  });
});

describe("the weekly column chart", () => {
  const frame = { width: 400, height: 200, top: 0, right: 0, bottom: 20, left: 0 };

  it("draws columns from the baseline, the tallest reaching the top tick, and the line over their centres", () => {
    const chart = columnChart([10, 20, 0, 40], [5, 5, 0, 10], frame);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 10, 20, 30, 40]);
    expect(chart.columns.map((column) => column.y + column.height)).toEqual([180, 180, 180, 180]);
    expect(chart.columns.map((column) => column.height)).toEqual([45, 90, 0, 180]);
    expect(chart.columns.map((column) => column.center)).toEqual([50, 150, 250, 350]);
    expect(chart.line).toBe("M50 157.5 L150 157.5 L250 180 L350 135");
  });

  it("labels only as many weeks as fit side by side", () => {
    const chart = columnChart(Array<number>(52).fill(1), Array<number>(52).fill(0), frame, { labelWidth: 40 });
    const gaps = chart.labels.slice(1).map((label, index) => label.x - (chart.labels[index]?.x ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40);
    expect(chart.labels[0]?.index).toBe(0);
  });
});

describe("horizontal bars", () => {
  it("scale to the longest bar and, for a funnel, centre each bar", () => {
    const rows = barRows([{ value: 100 }, { value: 50, part: 10 }], {
      width: 200,
      rowHeight: 40,
      barHeight: 20,
      centred: true,
    });
    expect(rows.map((row) => [row.x, row.width])).toEqual([
      [0, 200],
      [50, 100],
    ]);
    expect(rows[1]).toMatchObject({ partX: 130, partWidth: 20, barY: 60 });
  });
});

describe("ISO weeks of a period", () => {
  it("name the week by the year of its Thursday", () => {
    const date = (iso: string) => {
      const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
      return { year, month, day };
    };
    expect(isoWeekLabel(date("2026-01-01"))).toBe("2026-W01");
    expect(isoWeekLabel(date("2027-01-01"))).toBe("2026-W53");
    expect(isoWeekLabel(date("2024-12-30"))).toBe("2025-W01");
  });

  it("cut the first and last week to the period, in whole local days across a clock change", () => {
    const weeks = weeksOfPeriod({ from: "2026-10-21", to: "2026-11-03" }, "Europe/Amsterdam");
    expect(weeks.map((week) => [week.label, week.from, week.to])).toEqual([
      ["2026-W43", "2026-10-21", "2026-10-25"],
      ["2026-W44", "2026-10-26", "2026-11-01"],
      ["2026-W45", "2026-11-02", "2026-11-03"],
    ]);
    // Summer time ends on 25 October: that week's last day ends at 23:00 UTC, the next starts there.
    expect(weeks[0]?.end).toBe("2026-10-25T23:00:00.000Z");
    expect(weeks[1]?.start).toBe("2026-10-25T23:00:00.000Z");
  });
});

describe("the report's address", () => {
  it("takes a preset as whole ISO weeks up to today", () => {
    const query = ReportQuerySchema.parse({ preset: "4w" });
    // 26 November 2026 is a Thursday; its week began on Monday the 23rd.
    expect(periodOf(query, new Date("2026-11-26T10:00:00Z"), "UTC")).toEqual({ from: "2026-11-02", to: "2026-11-26" });
  });

  it("refuses each bad value at its own field", () => {
    const result = ReportQuerySchema.safeParse({
      preset: "1y",
      topic: "tarot",
      inbox: "Privacy Data",
      from: "2026-13-01",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["from", "inbox", "preset", "topic"]);
  });
});

describe("drop-off", () => {
  it("counts who reached each step and who stopped there, the sent ones reaching every step", () => {
    const rows = dropOffRows(
      new Map([
        [1, 4],
        [3, 2],
        [SUBMITTED_REACH, 5],
      ]),
    );
    expect(rows).toHaveLength(FLOW_STEP_IDS.length + 1);
    expect(rows.slice(0, 4).map((row) => [row.reached, row.left])).toEqual([
      [11, 4],
      [7, 0],
      [7, 2],
      [5, 0],
    ]);
    expect(rows.at(-1)).toMatchObject({ key: "review", reached: 5, left: 0 });
  });
});

describe("chart summaries", () => {
  it("say how leads moved over the weeks and which week was busiest", () => {
    expect(
      weeklySummary([
        { label: "2026-W40", leads: 12, qualified: 2 },
        { label: "2026-W41", leads: 40, qualified: 6 },
        { label: "2026-W42", leads: 30, qualified: 5 },
      ]),
    ).toBe(
      "Leads rose from 12 in 2026-W40 to 30 in 2026-W42, over 3 weeks: 82 leads in all, 13 qualified. The busiest week was 2026-W41 with 40 leads.",
    );
  });

  it("give each funnel stage as a share of the first", () => {
    expect(
      funnelSummary([
        { key: "started", label: "Assessments started", count: 200 },
        { key: "submitted", label: "Submitted", count: 50 },
        { key: "won", label: "Won", count: 5 },
      ]),
    ).toBe("Of 200 assessments started: 50 submitted (25 %), 5 won (3 %).");
  });

  it("give the first responses in time overall and who missed the most deadlines", () => {
    expect(
      responsesSummary([
        { name: "Amara Okafor", inTime: 20, late: 2, overdue: 0 },
        { name: "Mateo Ruiz", inTime: 8, late: 3, overdue: 3 },
        { name: "Unassigned", inTime: 0, late: 0, overdue: 1 },
      ]),
    ).toBe("28 of 37 first responses due were given in time (76 %). The most missed deadlines: Mateo Ruiz, 6 of 14.");
    expect(responsesSummary([{ name: "Amara Okafor", inTime: 1, late: 0, overdue: 0 }])).toBe(
      "1 of 1 first response due was given in time (100 %). Every deadline was met.",
    );
    expect(responsesSummary([])).toBe("No first response was due in this period.");
  });
});
