import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assess, type RegimeId } from "~/domain/exposure";
import { issueLines, parseAnswers } from "~/domain/questionnaire";

const DIR = fileURLToPath(new URL("../../../fixtures/answers/", import.meta.url));

interface Expected {
  profile: string;
  asOf: string;
  band: string;
  impact: number;
  priority: number;
  nextDeadline: string | null;
  /** Every regime that is not unlikely; all others must be unlikely. */
  regimes: Partial<Record<RegimeId, { status: string; tier: string | null }>>;
  redFlags: string[];
  gaps: string[];
}

const NAMES = readdirSync(DIR)
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.replace(/\.json$/, ""))
  .sort();

const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as unknown;

describe("example answer files", () => {
  it("has at least eight realistic profiles, each with its expected outcome", () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(8);
    for (const name of NAMES) expect(readdirSync(`${DIR}expected`), name).toContain(`${name}.json`);
  });

  it.each(NAMES)("%s matches its expected outcome", (name) => {
    const expected = read(`${DIR}expected/${name}.json`) as Expected;
    const parsed = parseAnswers(read(`${DIR}${name}.json`));
    if (!parsed.success)
      throw new Error(
        issueLines(parsed.error)
          .map((line) => `${line.path}: ${line.message}`)
          .join("; "),
      );
    const result = assess(parsed.data, expected.asOf);
    expect({
      band: result.band,
      impact: result.impact,
      priority: result.priority,
      nextDeadline: result.nextDeadline?.date ?? null,
      regimes: Object.fromEntries(
        result.regimes
          .filter((regime) => regime.status !== "unlikely")
          .map((regime) => [regime.regime, { status: regime.status, tier: regime.tier }]),
      ),
      redFlags: result.redFlags.map((flag) => flag.id),
      gaps: result.gaps.map((gap) => gap.control),
    }).toEqual({
      band: expected.band,
      impact: expected.impact,
      priority: expected.priority,
      nextDeadline: expected.nextDeadline,
      regimes: expected.regimes,
      redFlags: expected.redFlags,
      gaps: expected.gaps,
    });
  });
});
