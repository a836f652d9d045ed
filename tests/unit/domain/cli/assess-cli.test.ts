import { describe, expect, it } from "vitest";
import { USAGE, runAssess, type CliIo } from "~/cli/assess";
import { REGIME_IDS, type Assessment } from "~/domain/exposure";
import { NEUTRAL } from "../support/profiles";

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw new Error("ENOENT: no such file");
      return content;
    },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => "2026-11-26",
  };
  const code = runAssess(argv, io);
  return { code, stdout, stderr };
}

describe("npm run assess", () => {
  it("prints the assessment as JSON for a valid answers file", () => {
    const { code, stdout } = run(["--answers", "a.json", "--as-of", "2027-01-01"], {
      "a.json": JSON.stringify(NEUTRAL),
    });
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Assessment;
    expect(result.asOf).toBe("2027-01-01");
    expect(result.regimes).toHaveLength(REGIME_IDS.length);
  });

  it("assesses as of today when --as-of is left out", () => {
    expect(JSON.parse(run(["--answers", "a.json"], { "a.json": JSON.stringify(NEUTRAL) }).stdout).asOf).toBe(
      "2026-11-26",
    );
  });

  it("exits with 2 and lists each zod problem with its path for invalid answers", () => {
    const { code, stdout, stderr } = run(["--answers", "a.json"], {
      "a.json": JSON.stringify({ ...NEUTRAL, employees: "lots", colour: "blue" }),
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("(2 problems)");
    expect(stderr).toMatch(/^ {2}employees: Unknown option "lots"/m);
    expect(stderr).toContain('  colour: Unknown question id "colour"');
  });

  it("exits with 2 for a file that is not JSON", () => {
    const { code, stderr } = run(["--answers", "a.json"], { "a.json": "{ not json" });
    expect(code).toBe(2);
    expect(stderr).toContain("is not valid JSON");
  });

  it("exits with 2 and shows usage for a missing file", () => {
    const { code, stderr } = run(["--answers", "missing.json"]);
    expect(code).toBe(2);
    expect(stderr).toContain("cannot read missing.json");
    expect(stderr).toContain(USAGE);
  });

  it("exits with 2 and shows usage without --answers", () => {
    const { code, stderr } = run([]);
    expect(code).toBe(2);
    expect(stderr).toContain("--answers <file.json> is required");
  });

  it("exits with 2 and shows usage for an unknown option", () => {
    const { code, stderr } = run(["--answers", "a.json", "--verbose"]);
    expect(code).toBe(2);
    expect(stderr).toContain(USAGE);
  });

  it("exits with 2 for an --as-of that is not a calendar day", () => {
    const { code, stderr } = run(["--answers", "a.json", "--as-of", "2026-02-30"], {
      "a.json": JSON.stringify(NEUTRAL),
    });
    expect(code).toBe(2);
    expect(stderr).toContain("--as-of must be a calendar day YYYY-MM-DD");
  });

  it("prints usage and exits with 0 for --help", () => {
    expect(run(["--help"])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: "" });
  });
});
