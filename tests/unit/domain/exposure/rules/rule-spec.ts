import { describe, expect, it } from "vitest";
import { RULES, type RuleId, type Status } from "~/domain/exposure";
import type { AnswersInput } from "~/domain/questionnaire";
import { verdictOf } from "../../support/profiles";

export interface RuleCase {
  /** Completes "fires …" / "does not fire …" in the test name. */
  readonly when: string;
  readonly answers: AnswersInput;
  /** Defaults to the rule's own verdict. */
  readonly as?: Exclude<Status, "unlikely">;
}

export interface RuleSpec {
  readonly rule: RuleId;
  readonly fires: readonly RuleCase[];
  readonly doesNotFire: readonly RuleCase[];
}

export function runRuleSpecs(specs: readonly RuleSpec[]): void {
  for (const spec of specs) {
    const rule = RULES.find((candidate) => candidate.id === spec.rule);
    describe(spec.rule, () => {
      for (const example of spec.fires) {
        const expected = example.as ?? rule?.status;
        it(`fires (${expected}) ${example.when}`, () => {
          expect(verdictOf(example.answers, spec.rule)).toBe(expected);
        });
      }
      for (const example of spec.doesNotFire) {
        it(`does not fire ${example.when}`, () => {
          expect(verdictOf(example.answers, spec.rule)).toBe("unlikely");
        });
      }
    });
  }
}
