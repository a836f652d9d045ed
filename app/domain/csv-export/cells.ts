/**
 * Characters that make a spreadsheet program read a cell as a formula (or, for tab and carriage
 * return, that some programs strip before doing so). A lead's company or name is typed by a
 * visitor, so any of them may be an attack on whoever opens the export.
 */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * A cell that a spreadsheet shows as the text it is: a leading apostrophe (which spreadsheet
 * programs hide and treat as "this is text") goes before any cell that begins with a trigger.
 * Quoting for the CSV syntax itself is the CSV writer's job, not this function's.
 */
export function neutraliseCell(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/** A value as the text of one cell: absent values are empty, everything else neutralised. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return neutraliseCell(String(value));
}
