import { describeRule } from "./describe";
import type { RoutingRule, RoutingRuleset } from "./rules";

// What changed between two versions of the rules. Rules are matched by id, which is what a
// routing trace names; a rule whose id changed reads as one removed and one added. Order is
// part of the policy (the first matching rule wins), so a rule that changed places is reported.

export type RuleChange =
  | { kind: "added"; rule: RoutingRule; position: number }
  | { kind: "removed"; rule: RoutingRule; position: number }
  | { kind: "changed"; before: RoutingRule; after: RoutingRule; what: ("name" | "conditions" | "inbox")[] }
  | { kind: "moved"; rule: RoutingRule; from: number; to: number };

export interface RulesetDiff {
  from: string;
  to: string;
  fallback: { before: string; after: string } | null;
  changes: RuleChange[];
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffRulesets(before: RoutingRuleset, after: RoutingRuleset): RulesetDiff {
  const beforeById = new Map(before.rules.map((rule, index) => [rule.id, { rule, index }]));
  const afterById = new Map(after.rules.map((rule, index) => [rule.id, { rule, index }]));
  const changes: RuleChange[] = [];
  before.rules.forEach((rule, index) => {
    if (!afterById.has(rule.id)) changes.push({ kind: "removed", rule, position: index + 1 });
  });
  // Among the rules both versions keep, a rule moved when its rank among them changed.
  const keptBefore = before.rules.filter((rule) => afterById.has(rule.id)).map((rule) => rule.id);
  const keptAfter = after.rules.filter((rule) => beforeById.has(rule.id)).map((rule) => rule.id);
  after.rules.forEach((rule, index) => {
    const old = beforeById.get(rule.id);
    if (!old) {
      changes.push({ kind: "added", rule, position: index + 1 });
      return;
    }
    const what: ("name" | "conditions" | "inbox")[] = [];
    if (old.rule.name !== rule.name) what.push("name");
    if (!sameJson(old.rule.when, rule.when)) what.push("conditions");
    if (old.rule.inbox !== rule.inbox) what.push("inbox");
    if (what.length > 0) changes.push({ kind: "changed", before: old.rule, after: rule, what });
    if (keptBefore.indexOf(rule.id) !== keptAfter.indexOf(rule.id)) {
      changes.push({ kind: "moved", rule, from: old.index + 1, to: index + 1 });
    }
  });
  return {
    from: before.version,
    to: after.version,
    fallback:
      before.fallbackInbox === after.fallbackInbox
        ? null
        : { before: before.fallbackInbox, after: after.fallbackInbox },
    changes,
  };
}

/** The diff as sentences, one per change; `inboxName` turns a slug into the name people know. */
export function diffInWords(diff: RulesetDiff, inboxName: (slug: string) => string = (slug) => slug): string[] {
  const rule = (r: RoutingRule) => `“${r.name}” (${r.id})`;
  const lines = diff.changes.map((change) => {
    switch (change.kind) {
      case "added":
        return `Added ${rule(change.rule)} as rule ${change.position}: ${describeRule(change.rule)}, to ${inboxName(change.rule.inbox)}.`;
      case "removed":
        return `Removed ${rule(change.rule)}, which was rule ${change.position} and sent leads to ${inboxName(change.rule.inbox)}.`;
      case "moved":
        return `Moved ${rule(change.rule)} from rule ${change.from} to rule ${change.to}.`;
      case "changed": {
        const parts: string[] = [];
        if (change.what.includes("name")) parts.push(`renamed from “${change.before.name}”`);
        if (change.what.includes("conditions"))
          parts.push(`conditions were “${describeRule(change.before)}”, now “${describeRule(change.after)}”`);
        if (change.what.includes("inbox"))
          parts.push(`inbox was ${inboxName(change.before.inbox)}, now ${inboxName(change.after.inbox)}`);
        return `Changed ${rule(change.after)}: ${parts.join("; ")}.`;
      }
    }
  });
  if (diff.fallback) {
    lines.push(`The fallback inbox was ${inboxName(diff.fallback.before)}, now ${inboxName(diff.fallback.after)}.`);
  }
  return lines;
}
