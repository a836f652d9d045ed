import { REGIMES, type Assessment, type RegimeId } from "../exposure";
import { optionLabel, type Answers, type QuestionId } from "../questionnaire";
import { isTopicId, topicById } from "../topics";
import type { RoutingCondition } from "./rules";

/** What routing looks at: the scored assessment, the answers behind it and where the visitor came from. */
export interface RoutingLead {
  assessment: Assessment;
  answers: Answers;
  source: { article: string | null; topic: string | null };
}

/**
 * A condition's outcome in plain words. Both sides are worded because the routing trace shows
 * consultants why a rule matched and, for the rules tried before it, why they did not.
 */
export type ConditionOutcome = { matched: true; reason: string } | { matched: false; failed: string };

const matched = (reason: string): ConditionOutcome => ({ matched: true, reason });
const failed = (why: string): ConditionOutcome => ({ matched: false, failed: why });

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function regimeName(id: RegimeId): string {
  return REGIMES.find((regime) => regime.id === id)?.name ?? id;
}

function topicLabel(topic: string): string {
  return isTopicId(topic) ? topicById(topic).label : topic;
}

type ListQuestion = "markets" | "sectors" | "mainConcern";

const QUESTION_HEADINGS: Record<ListQuestion | "employees", string> = {
  employees: "Employees",
  markets: "Markets",
  sectors: "Sectors",
  mainConcern: "Stated concern",
};

function labels(question: QuestionId, values: readonly string[]): string[] {
  return values.map((value) => optionLabel(question, value));
}

function includesAny(question: ListQuestion, wanted: readonly string[], answers: Answers): ConditionOutcome {
  const heading = QUESTION_HEADINGS[question];
  const given: readonly string[] = answers[question] ?? [];
  const hits = given.filter((value) => wanted.includes(value));
  if (hits.length > 0) return matched(`${heading}: ${labels(question, hits).join("; ")}`);
  if (given.length === 0) return failed(`${heading}: not answered`);
  return failed(`${heading}: none of ${orList(labels(question, wanted))}`);
}

export function evaluateCondition(condition: RoutingCondition, lead: RoutingLead): ConditionOutcome {
  const { assessment, answers, source } = lead;
  switch (condition.field) {
    case "regime": {
      const { regime, status } = condition.value;
      const found = assessment.regimes.find((candidate) => candidate.regime === regime);
      if (!found) return failed(`${regimeName(regime)} is not in the assessment`);
      const verdict = `${found.name} is ${found.status}`;
      if (!(status as readonly string[]).includes(found.status)) return failed(`${verdict}, not ${orList(status)}`);
      return matched(found.tierLabel ? `${verdict}: ${found.tierLabel}` : verdict);
    }
    case "tier": {
      const hits = assessment.regimes.filter((regime) => regime.tier === condition.value);
      if (hits.length === 0) return failed(`No regime is decided by the tier "${condition.value}"`);
      return matched(
        hits
          .map((regime) => `${regime.name}'s deciding tier is "${regime.tierLabel ?? regime.tier}" (${regime.status})`)
          .join("; "),
      );
    }
    case "band": {
      const band = assessment.band;
      if (!(condition.value as readonly string[]).includes(band))
        return failed(`Band is ${band}, not ${orList(condition.value)}`);
      return matched(`Band is ${band}`);
    }
    case "priority": {
      const priority = assessment.priority;
      if (condition.op === "gte") {
        return priority >= condition.value
          ? matched(`Priority ${priority} is at least ${condition.value}`)
          : failed(`Priority ${priority} is below ${condition.value}`);
      }
      return priority <= condition.value
        ? matched(`Priority ${priority} is at most ${condition.value}`)
        : failed(`Priority ${priority} is above ${condition.value}`);
    }
    case "engagement": {
      const engagement = assessment.engagement?.score;
      if (engagement === undefined)
        return failed("The assessment has no engagement value (assessed before ruleset 2026.12.1)");
      if (condition.op === "gte") {
        return engagement >= condition.value
          ? matched(`Engagement value ${engagement} is at least ${condition.value}`)
          : failed(`Engagement value ${engagement} is below ${condition.value}`);
      }
      return engagement <= condition.value
        ? matched(`Engagement value ${engagement} is at most ${condition.value}`)
        : failed(`Engagement value ${engagement} is above ${condition.value}`);
    }
    case "needsDiscovery": {
      const needs = assessment.needsDiscovery === true;
      if (needs === condition.value) {
        return matched(
          needs ? "Findings rest on answers the visitor was not sure about" : 'No finding rests on a "Not sure" answer',
        );
      }
      return failed(
        needs ? "Findings rest on answers the visitor was not sure about" : 'No finding rests on a "Not sure" answer',
      );
    }
    case "redFlag": {
      const flags =
        condition.op === "any"
          ? assessment.redFlags
          : assessment.redFlags.filter((flag) => flag.id === condition.value);
      if (flags.length === 0) {
        return failed(condition.op === "any" ? "No red flag raised" : `Red flag "${condition.value}" not raised`);
      }
      return matched(
        flags.map((flag) => `Red flag "${flag.id}" under ${regimeName(flag.regime)}: ${flag.message}`).join(" "),
      );
    }
    case "employees": {
      const heading = QUESTION_HEADINGS.employees;
      const given = answers.employees;
      if (given === undefined) return failed(`${heading}: not answered`);
      const label = optionLabel("employees", given);
      if (!(condition.value as readonly string[]).includes(given)) {
        return failed(`${heading}: ${label}, not ${orList(labels("employees", condition.value))}`);
      }
      return matched(`${heading}: ${label}`);
    }
    case "markets":
    case "sectors":
    case "mainConcern":
      return includesAny(condition.field, condition.value, answers);
    case "sourceArticle": {
      const article = source.article;
      if (article === null) return failed("Did not come from an article");
      if (!condition.value.includes(article)) {
        return failed(`Came from the article "${article}", not ${orList(condition.value.map((slug) => `"${slug}"`))}`);
      }
      return matched(`Came from the article "${article}"`);
    }
    case "sourceTopic": {
      const topic = source.topic;
      if (topic === null) return failed("Came without a topic");
      if (!(condition.value as readonly string[]).includes(topic)) {
        return failed(`Came from the topic ${topicLabel(topic)}, not ${orList(condition.value.map(topicLabel))}`);
      }
      return matched(`Came from the topic ${topicLabel(topic)}`);
    }
    default: {
      // Exhaustiveness: a new field in CONDITION_SPECS fails the build here until it is evaluated.
      const unreachable: never = condition;
      throw new Error(`Unhandled routing condition ${JSON.stringify(unreachable)}`);
    }
  }
}
