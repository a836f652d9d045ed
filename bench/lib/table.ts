/** Plain-text tables in Markdown form: readable in a terminal and pasted as-is into docs/performance.md. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  const rule = `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

export function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "–";
}

/** "0.32×": a ratio of two figures of the same run. */
export function ratio(value: number, reference: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || reference === 0) return "–";
  const quotient = value / reference;
  return `${quotient.toFixed(quotient >= 100 ? 0 : 2)}×`;
}

export const megabytes = (bytes: number) => fixed(bytes / (1024 * 1024), 0);
