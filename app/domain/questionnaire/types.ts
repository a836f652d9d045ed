import type { Condition } from "./conditions";
import type { QuestionId, StepId } from "./ids";

export interface OptionDefinition {
  readonly value: string;
  readonly label: string;
}

export type QuestionKind = "single" | "multi";

export interface QuestionDefinition {
  readonly id: QuestionId;
  readonly step: StepId;
  /** `single`: one option (radio buttons); `multi`: one or more options (checkboxes). */
  readonly kind: QuestionKind;
  readonly text: string;
  readonly help?: string;
  readonly options: readonly OptionDefinition[];
  /**
   * Options of a multi-select that stand alone: choosing one of them with anything else is
   * refused. "none" always stands alone; a question adds others (such as "not sure yet") where
   * a combination would be read as a fact it is not.
   */
  readonly standsAlone?: readonly string[];
  /** Absent means always shown. A hidden question is not asked, not required and not kept. */
  readonly visibleWhen?: Condition;
  /**
   * A question a visitor may skip. Only for questions that qualify the request and feed no rule
   * (an unanswered one is simply absent from the answers).
   */
  readonly optional?: boolean;
}

export interface StepDefinition {
  readonly id: StepId;
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly QuestionDefinition[];
}
