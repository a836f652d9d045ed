import { evaluateCondition, type RoutingLead } from "./conditions";
import type { RoutingRuleset } from "./rules";

export interface RuleEvaluation {
  ruleId: string;
  matched: boolean;
  /** The first condition that did not hold, in plain words (absent when the rule matched). */
  failed?: string;
}

/** The routing half of the trace stored with a lead. */
export interface RoutingDecision {
  /** The ruleset that decided, so a lead can be explained after the rules change. */
  rulesetVersion: string;
  /** Null when no rule matched and the fallback inbox took the lead. */
  ruleId: string | null;
  ruleName: string | null;
  inbox: string;
  fallbackUsed: boolean;
  /** One line per condition of the matching rule, or why the fallback was used. */
  reasons: string[];
  /** The rules tried, in order, up to and including the one that matched. */
  evaluated: RuleEvaluation[];
}

export const EVERY_LEAD_REASON = "The rule applies to every lead";

export function fallbackReason(inbox: string): string {
  return `No routing rule matched, so the lead goes to the fallback inbox "${inbox}"`;
}

/**
 * Routes one lead: the first rule whose conditions all hold wins, otherwise the fallback inbox.
 * Conditions of a rule are checked in order and stop at the first that fails, so each rule in the
 * trace names exactly one reason for not matching.
 */
export function routeLead(ruleset: RoutingRuleset, lead: RoutingLead): RoutingDecision {
  const evaluated: RuleEvaluation[] = [];
  for (const rule of ruleset.rules) {
    const reasons: string[] = [];
    let failure: string | undefined;
    for (const condition of rule.when) {
      const outcome = evaluateCondition(condition, lead);
      if (!outcome.matched) {
        failure = outcome.failed;
        break;
      }
      reasons.push(outcome.reason);
    }
    if (failure !== undefined) {
      evaluated.push({ ruleId: rule.id, matched: false, failed: failure });
      continue;
    }
    evaluated.push({ ruleId: rule.id, matched: true });
    return {
      rulesetVersion: ruleset.version,
      ruleId: rule.id,
      ruleName: rule.name,
      inbox: rule.inbox,
      fallbackUsed: false,
      reasons: reasons.length > 0 ? reasons : [EVERY_LEAD_REASON],
      evaluated,
    };
  }
  return {
    rulesetVersion: ruleset.version,
    ruleId: null,
    ruleName: null,
    inbox: ruleset.fallbackInbox,
    fallbackUsed: true,
    reasons: [fallbackReason(ruleset.fallbackInbox)],
    evaluated,
  };
}
