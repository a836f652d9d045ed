import { REGIMES } from "../exposure";
import { type QuestionId, questionById } from "../questionnaire";
import { TOPIC_IDS, type TopicId, topicById } from "../topics";
import type { RoutingDecision } from "./route";
import type { RoutingCondition, RoutingRule } from "./rules";

const regimeName = new Map(REGIMES.map((regime) => [regime.id as string, regime.name]));

const or = (values: readonly string[]) =>
  values.length <= 1 ? (values[0] ?? "") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;

function optionLabels(question: QuestionId, values: readonly string[]): string {
  const options = questionById(question).options;
  return or(values.map((value) => options.find((option) => option.value === value)?.label ?? value));
}

const topicLabel = (id: string) =>
  (TOPIC_IDS as readonly string[]).includes(id) ? topicById(id as TopicId).label : id;

/** One routing condition in words, for the administrators' view of the rules. */
export function describeCondition(condition: RoutingCondition): string {
  switch (condition.field) {
    case "regime":
      return `${regimeName.get(condition.value.regime) ?? condition.value.regime} is ${or(condition.value.status)}`;
    case "tier":
      return `the assessment includes the obligation tier ${condition.value}`;
    case "band":
      return `the band is ${or(condition.value)}`;
    case "priority":
      return condition.op === "gte"
        ? `the priority is at least ${condition.value}`
        : `the priority is at most ${condition.value}`;
    case "engagement":
      return condition.op === "gte"
        ? `the engagement value is at least ${condition.value}`
        : `the engagement value is at most ${condition.value}`;
    case "needsDiscovery":
      return condition.value
        ? "findings rest on answers the visitor was not sure about"
        : 'no finding rests on a "Not sure" answer';
    case "redFlag":
      return condition.op === "any" ? "any red flag is raised" : `the red flag "${condition.value}" is raised`;
    case "employees":
      return `the company has ${optionLabels("employees", condition.value)} employees`;
    case "markets":
      return `the company serves ${optionLabels("markets", condition.value)}`;
    case "sectors":
      return `the sector is ${optionLabels("sectors", condition.value)}`;
    case "mainConcern":
      return `the visitor's main concern is ${optionLabels("mainConcern", condition.value)}`;
    case "sourceArticle":
      return `the visitor came from the article ${or(condition.value)}`;
    case "sourceTopic":
      return `the visitor came from the topic ${or(condition.value.map(topicLabel))}`;
  }
}

/** A rule's conditions in words: every condition must hold, and a rule without any takes every lead. */
export function describeRule(rule: RoutingRule): string {
  return rule.when.length === 0 ? "Every lead" : `When ${rule.when.map(describeCondition).join(", and ")}`;
}

/** The version to offer for an edited ruleset: the last number one higher ("2026.11.1" → "2026.11.2"). */
export function suggestNextVersion(version: string, taken: readonly string[]): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  let candidate = match ? `${match[1]}${Number(match[2]) + 1}` : `${version}.1`;
  while (taken.includes(candidate)) candidate = suggestNextVersion(candidate, []);
  return candidate;
}

/** A slug as a routing reason quotes it: `the article "eu-ai-act-omnibus"`, `the fallback inbox "general"`. */
const QUOTED_SLUG = /"([a-z0-9]+(?:-[a-z0-9]+)*)"/g;

/** The slugs a routing decision's reasons and failures quote, for looking up what they name. */
export function quotedSlugs(decision: Pick<RoutingDecision, "reasons" | "evaluated">): string[] {
  const texts = [...decision.reasons, ...decision.evaluated.map((rule) => rule.failed ?? "")];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(QUOTED_SLUG)].map((match) => match[1] ?? "")))];
}

/**
 * A stored routing decision with each quoted slug of an article or inbox replaced by its name, so
 * the lead page names them as people know them. Decisions are stored as written at routing time,
 * in slugs (which stay when a title or name changes); names are put in only when shown.
 */
export function withNamesForSlugs<T extends Pick<RoutingDecision, "reasons" | "evaluated">>(
  decision: T,
  names: ReadonlyMap<string, string>,
): T {
  const named = (text: string) =>
    text.replace(QUOTED_SLUG, (quoted, slug: string) => {
      const name = names.get(slug);
      return name ? `“${name}”` : quoted;
    });
  return {
    ...decision,
    reasons: decision.reasons.map(named),
    evaluated: decision.evaluated.map((rule) => (rule.failed ? { ...rule, failed: named(rule.failed) } : rule)),
  };
}
