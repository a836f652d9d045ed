// Chart geometry for the reports' server-rendered SVG: scales, ticks, bars and paths as plain
// numbers, so it can be tested without a browser. Coordinates are in the SVG's viewBox units.

/** The smallest 1, 2 or 5 times a power of ten at or above a value (1 for nothing to show). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((multiple) => multiple * power >= value) ?? 10;
  return step * power;
}

/**
 * Whole-number ticks from 0 to a round top at or above `max`, at most `count` steps: the top is
 * the step times the number of steps, so every gridline has a label a reader can trust.
 */
export function axisTicks(max: number, count = 4): number[] {
  const step = Math.max(1, niceCeiling(Math.ceil(max) / count));
  const steps = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: steps + 1 }, (_, index) => index * step);
}

/** Maps 0…domainMax onto a range of coordinates (which may run backwards, as y does). */
export function linearScale(domainMax: number, [from, to]: readonly [number, number]): (value: number) => number {
  const span = domainMax > 0 ? domainMax : 1;
  return (value) => from + ((to - from) * value) / span;
}

/** An SVG path through points, "M x y L x y …", with coordinates rounded to a tenth. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  return points.map((point, index) => `${index === 0 ? "M" : "L"}${round(point.x)} ${round(point.y)}`).join(" ");
}

export interface Frame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ColumnChartGeometry {
  frame: Frame;
  ticks: { value: number; y: number }[];
  /** One per value, in order: the column's rectangle. */
  columns: { x: number; y: number; width: number; height: number; center: number }[];
  /** The second series as a line over the columns' centres. */
  line: string;
  points: { x: number; y: number }[];
  /** The x labels that fit, every n-th one, with where they go. */
  labels: { index: number; x: number }[];
}

/**
 * Columns for one series and a line for a second (both on the same scale), with the y ticks and
 * as many x labels as fit at `labelWidth` apart.
 */
export function columnChart(
  columns: readonly number[],
  line: readonly number[],
  frame: Frame,
  { labelWidth = 56, gap = 0.25 }: { labelWidth?: number; gap?: number } = {},
): ColumnChartGeometry {
  const ticks = axisTicks(Math.max(0, ...columns, ...line));
  const top = ticks.at(-1) ?? 1;
  const y = linearScale(top, [frame.height - frame.bottom, frame.top]);
  const plotWidth = frame.width - frame.left - frame.right;
  const slot = columns.length > 0 ? plotWidth / columns.length : plotWidth;
  const barWidth = slot * (1 - gap);
  const centerOf = (index: number) => frame.left + slot * index + slot / 2;
  const every = Math.max(1, Math.ceil(labelWidth / slot));
  const points = line.map((value, index) => ({ x: centerOf(index), y: y(value) }));
  return {
    frame,
    ticks: ticks.map((value) => ({ value, y: y(value) })),
    columns: columns.map((value, index) => ({
      x: centerOf(index) - barWidth / 2,
      y: y(value),
      width: barWidth,
      height: y(0) - y(value),
      center: centerOf(index),
    })),
    line: linePath(points),
    points,
    labels: columns.map((_, index) => ({ index, x: centerOf(index) })).filter(({ index }) => index % every === 0),
  };
}

export interface BarRow {
  /** Where the row's label sits (its baseline) and where the bar starts. */
  labelY: number;
  barY: number;
  x: number;
  width: number;
  /** The part of the bar for `part` (those who left, in the drop-off), from the bar's right end. */
  partX: number;
  partWidth: number;
}

/**
 * Horizontal bars, one row each (label above its bar), scaled to the largest value. `centred`
 * draws a funnel: each bar centred on the middle line.
 */
export function barRows(
  values: readonly { value: number; part?: number }[],
  {
    width,
    rowHeight,
    barHeight,
    centred = false,
  }: { width: number; rowHeight: number; barHeight: number; centred?: boolean },
): BarRow[] {
  const scale = linearScale(Math.max(0, ...values.map((row) => row.value)), [0, width]);
  return values.map((row, index) => {
    const barWidth = Math.max(row.value > 0 ? 2 : 0, scale(row.value));
    const x = centred ? (width - barWidth) / 2 : 0;
    const partWidth = Math.min(barWidth, scale(row.part ?? 0));
    const top = index * rowHeight;
    return {
      labelY: top + rowHeight - barHeight - 6,
      barY: top + rowHeight - barHeight,
      x,
      width: barWidth,
      partX: x + barWidth - partWidth,
      partWidth,
    };
  });
}
