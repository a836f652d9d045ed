/**
 * Prints the exposure assessment for a file of answers, so people who review the rules can check
 * any profile by hand:
 *
 *   npm run assess -- --answers answers.json [--as-of YYYY-MM-DD]
 *
 * Exit codes: 0 success; 2 bad arguments, unreadable file, invalid JSON or invalid answers
 * (each zod problem is listed with its path).
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { assess } from "../domain/exposure";
import { isIsoDay } from "../domain/exposure/dates";
import { issueLines, parseAnswers } from "../domain/questionnaire";

export const USAGE = `Usage: npm run assess -- --answers <file.json> [--as-of YYYY-MM-DD]

  --answers <file.json>  answers keyed by question id (see docs/questionnaire.md)
  --as-of <YYYY-MM-DD>   the day the assessment speaks for (default: today, UTC)
  --help                 show this message`;

export interface CliIo {
  readFile: (path: string) => string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today as YYYY-MM-DD; injected so tests do not depend on the clock. */
  today: () => string;
}

const realIo: CliIo = {
  readFile: (path) => readFileSync(path, "utf8"),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
};

function fail(io: CliIo, message: string): number {
  io.stderr(`${message}\n\n${USAGE}\n`);
  return 2;
}

export function runAssess(argv: readonly string[], io: CliIo = realIo): number {
  let values: { answers?: string; "as-of"?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { answers: { type: "string" }, "as-of": { type: "string" }, help: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(io, `Error: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (!values.answers) return fail(io, "Error: --answers <file.json> is required.");
  const asOf = values["as-of"] ?? io.today();
  if (!isIsoDay(asOf)) return fail(io, `Error: --as-of must be a calendar day YYYY-MM-DD, got "${asOf}".`);

  let text: string;
  try {
    text = io.readFile(values.answers);
  } catch (error) {
    return fail(io, `Error: cannot read ${values.answers}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.stderr(
      `Error: ${values.answers} is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }

  const parsed = parseAnswers(json);
  if (!parsed.success) {
    const lines = issueLines(parsed.error);
    io.stderr(
      `Invalid answers in ${values.answers} (${lines.length} ${lines.length === 1 ? "problem" : "problems"}):\n`,
    );
    for (const line of lines) io.stderr(`  ${line.path}: ${line.message}\n`);
    return 2;
  }
  io.stdout(`${JSON.stringify(assess(parsed.data, asOf), null, 2)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runAssess(process.argv.slice(2));
}
