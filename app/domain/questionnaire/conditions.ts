import { UNSURE, type QuestionId } from "./ids";

/**
 * A small condition language shared by question visibility and the exposure rules, kept as
 * plain data so the generated questionnaire document can print every condition in words.
 *
 * It is evaluated in three-valued (Kleene) logic: an answer of "unsure" makes a leaf "maybe"
 * rather than false. Kleene logic is monotone in what is known, so replacing any answer with
 * "unsure" can turn a definite outcome into "maybe" but never into its opposite — which is what
 * lets the engine promise that "unsure" never yields "unlikely", and that an unsure answer never
 * hides a question.
 */
export type Condition =
  | { readonly question: QuestionId; readonly anyOf: readonly string[] }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  /** A named sub-condition: evaluated as `means`, printed by name so documents stay readable. */
  | { readonly name: string; readonly means: Condition };

export type Truth = "yes" | "maybe" | "no";

/** Answers normalised for evaluation: each answered question maps to the set of chosen values. */
export type AnswerSets = ReadonlyMap<string, ReadonlySet<string>>;

export function when(question: QuestionId, ...anyOf: readonly string[]): Condition {
  return { question, anyOf };
}

export function all(...conditions: readonly Condition[]): Condition {
  return { all: conditions };
}

export function any(...conditions: readonly Condition[]): Condition {
  return { any: conditions };
}

export function not(condition: Condition): Condition {
  return { not: condition };
}

export function named(name: string, means: Condition): Condition {
  return { name, means };
}

/** Tolerates anything (form input, half-valid drafts): only strings count as chosen values. */
export function toAnswerSets(answers: Readonly<Record<string, unknown>>): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const [questionId, value] of Object.entries(answers)) {
    const values = Array.isArray(value) ? value : [value];
    const chosen = new Set<string>();
    for (const item of values) if (typeof item === "string" && item !== "") chosen.add(item);
    if (chosen.size > 0) sets.set(questionId, chosen);
  }
  return sets;
}

function leafTruth(condition: { question: QuestionId; anyOf: readonly string[] }, answers: AnswerSets): Truth {
  const chosen = answers.get(condition.question);
  if (!chosen) return "no";
  for (const value of condition.anyOf) if (chosen.has(value)) return "yes";
  return chosen.has(UNSURE) ? "maybe" : "no";
}

/**
 * Remembers the truth of each condition node for one set of answers. Rules share named parts
 * (the EU link, "uses AI"…), so an assessment evaluates each of them once instead of per rule.
 */
export type TruthMemo = Map<Condition, Truth>;

export function truthOf(condition: Condition, answers: AnswerSets, memo?: TruthMemo): Truth {
  const known = memo?.get(condition);
  if (known !== undefined) return known;
  let truth: Truth;
  if ("question" in condition) truth = leafTruth(condition, answers);
  else if ("not" in condition) truth = flip(truthOf(condition.not, answers, memo));
  else if ("means" in condition) truth = truthOf(condition.means, answers, memo);
  else if ("all" in condition) {
    truth = "yes";
    for (const part of condition.all) {
      const partTruth = truthOf(part, answers, memo);
      if (partTruth === "no") {
        truth = "no";
        break;
      }
      if (partTruth === "maybe") truth = "maybe";
    }
  } else {
    truth = "no";
    for (const part of condition.any) {
      const partTruth = truthOf(part, answers, memo);
      if (partTruth === "yes") {
        truth = "yes";
        break;
      }
      if (partTruth === "maybe") truth = "maybe";
    }
  }
  memo?.set(condition, truth);
  return truth;
}

/**
 * Which answers (and which of their values) made a condition come out as it did, as a flat list
 * of (question, value) pairs; a pair may repeat when two parts of a condition name it.
 */
export type Witnesses = ReadonlyArray<readonly [QuestionId, string]>;

export interface Explained {
  truth: Truth;
  witnesses: Witnesses;
}

/**
 * What one set of answers has already settled: the truth of each condition node and the
 * witnesses of each named part. Rules share named parts, so a whole ruleset evaluated with one
 * context does each of them once.
 */
export interface EvaluationContext {
  readonly answers: AnswerSets;
  readonly truths: TruthMemo;
  readonly namedWitnesses: Map<Condition, Witnesses>;
}

export function evaluationContext(answers: AnswerSets): EvaluationContext {
  return { answers, truths: new Map(), namedWitnesses: new Map() };
}

function flip(truth: Truth): Truth {
  return truth === "yes" ? "no" : truth === "no" ? "yes" : "maybe";
}

/** Adds to `into` the answers that give `condition` its (already known) truth. */
function collect(
  condition: Condition,
  truth: Truth,
  into: Array<readonly [QuestionId, string]>,
  context: EvaluationContext,
): void {
  if ("question" in condition) {
    const chosen = context.answers.get(condition.question);
    if (!chosen) return;
    if (truth === "yes") {
      for (const value of condition.anyOf) if (chosen.has(value)) into.push([condition.question, value]);
    } else if (truth === "maybe") into.push([condition.question, UNSURE]);
    else for (const value of chosen) into.push([condition.question, value]);
    return;
  }
  if ("not" in condition) {
    collect(condition.not, flip(truth), into, context);
    return;
  }
  if ("means" in condition) {
    let known = context.namedWitnesses.get(condition);
    if (!known) {
      const list: Array<readonly [QuestionId, string]> = [];
      collect(condition.means, truth, list, context);
      context.namedWitnesses.set(condition, list);
      known = list;
    }
    for (const witness of known) into.push(witness);
    return;
  }
  // Keep only the parts that carry the outcome: every part of a true or "maybe" "all", the
  // false parts of a false "all", and the parts of an "any" that share its truth.
  const carryAll = "all" in condition && truth !== "no";
  for (const part of "all" in condition ? condition.all : condition.any) {
    const partTruth = truthOf(part, context.answers, context.truths);
    if (carryAll || partTruth === truth) collect(part, partTruth, into, context);
  }
}

/**
 * Like `truthOf`, but also collects the answers responsible, so a verdict can say which answers
 * fired it. For a true leaf that is the matching values, for a "maybe" leaf the "unsure", and for
 * a false leaf everything chosen (which is what fires a negated condition).
 */
export function explain(
  condition: Condition,
  answers: AnswerSets,
  context: EvaluationContext = evaluationContext(answers),
): Explained {
  const truth = truthOf(condition, answers, context.truths);
  const witnesses: Array<readonly [QuestionId, string]> = [];
  collect(condition, truth, witnesses, context);
  return { truth, witnesses };
}

/** Every question a condition reads, in first-mention order. */
export function questionsIn(condition: Condition): QuestionId[] {
  const found: QuestionId[] = [];
  const visit = (node: Condition): void => {
    if ("question" in node) {
      if (!found.includes(node.question)) found.push(node.question);
    } else if ("not" in node) visit(node.not);
    else if ("means" in node) visit(node.means);
    else for (const part of "all" in node ? node.all : node.any) visit(part);
  };
  visit(condition);
  return found;
}

/** Every (question, value) pair a condition mentions; used to check conditions against the bank. */
export function valuesIn(condition: Condition): Array<{ question: QuestionId; value: string }> {
  const found: Array<{ question: QuestionId; value: string }> = [];
  const visit = (node: Condition): void => {
    if ("question" in node) for (const value of node.anyOf) found.push({ question: node.question, value });
    else if ("not" in node) visit(node.not);
    else if ("means" in node) visit(node.means);
    else for (const part of "all" in node ? node.all : node.any) visit(part);
  };
  visit(condition);
  return found;
}

/** Every named sub-condition, outermost first, each once. */
export function namedIn(condition: Condition): Array<{ name: string; means: Condition }> {
  const found: Array<{ name: string; means: Condition }> = [];
  const visit = (node: Condition): void => {
    if ("question" in node) return;
    if ("not" in node) visit(node.not);
    else if ("means" in node) {
      if (!found.some((entry) => entry.name === node.name)) found.push({ name: node.name, means: node.means });
      visit(node.means);
    } else for (const part of "all" in node ? node.all : node.any) visit(part);
  };
  visit(condition);
  return found;
}

export interface ConditionWording {
  question: (questionId: QuestionId) => string;
  option: (questionId: QuestionId, value: string) => string;
  /** How to print a named sub-condition; without it, names are expanded in place. */
  name?: (name: string) => string;
}

/** Plain-words rendering for documents and hints, e.g. `establishments is "EU" or …`. */
export function describeCondition(condition: Condition, wording: ConditionWording): string {
  const render = (node: Condition, nested: boolean): string => {
    if ("question" in node) {
      const options = node.anyOf.map((value) => wording.option(node.question, value));
      const list = options.length === 1 ? options[0] : `any of ${options.join(", ")}`;
      return `${wording.question(node.question)} is ${list}`;
    }
    if ("not" in node) return `not (${render(node.not, false)})`;
    if ("means" in node) return wording.name ? wording.name(node.name) : render(node.means, nested);
    const parts = ("all" in node ? node.all : node.any).map((part) => render(part, true));
    if (parts.length === 1) return parts[0] ?? "";
    const text = parts.join("all" in node ? " and " : " or ");
    return nested ? `(${text})` : text;
  };
  return render(condition, false);
}
