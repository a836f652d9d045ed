import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOC_PATH, renderQuestionnaireDoc } from "~/cli/docs-questionnaire";
import { QUESTIONS, STEPS } from "~/domain/questionnaire";
import { RULES, RULESET_VERSION } from "~/domain/exposure";

describe("docs/questionnaire.md", () => {
  const generated = renderQuestionnaireDoc();

  it("is current: run `npm run docs:questionnaire` after changing a question or a rule", () => {
    expect(readFileSync(DOC_PATH, "utf8")).toBe(generated);
  });

  it("names the ruleset version it describes", () => {
    expect(generated).toContain(`ruleset **${RULESET_VERSION}**`);
  });

  it("documents every step, question id, option value and label, and what each question feeds", () => {
    for (const step of STEPS) expect(generated).toContain(`(\`${step.id}\`)`);
    for (const question of QUESTIONS) {
      expect(generated).toContain(`### \`${question.id}\`: ${question.text}`);
      for (const option of question.options)
        expect(generated).toContain(`| \`${option.value}\` | ${option.label.replace(/\|/g, "\\|")} |`);
    }
    expect(generated.match(/^- Feeds: /gm)?.length).toBe(QUESTIONS.length);
  });

  it("prints the condition of every conditional question", () => {
    expect(generated).toContain("- Shown: when `aiUses` is any of `employment`");
  });

  it("lists every rule with its condition", () => {
    for (const rule of RULES) expect(generated).toContain(`| \`${rule.id}\` |`);
  });
});
