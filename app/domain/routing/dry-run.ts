import type { RoutingLead } from "./conditions";
import { routeLead } from "./route";
import type { RoutingRuleset } from "./rules";

// A dry run routes stored leads again, in memory, under the rules in force and under a draft,
// and reports the difference. It uses `routeLead` itself, so what it predicts is what the
// submit would do.

export interface DryRunLead {
  id: number;
  ref: string;
  company: string;
  createdAt: string;
  lead: RoutingLead;
}

/** Where one ruleset sends a lead and which rule decided (null: the fallback inbox). */
export interface DryRunPlacement {
  inbox: string;
  ruleId: string | null;
  ruleName: string | null;
  reasons: string[];
}

export interface DryRunMove {
  id: number;
  ref: string;
  company: string;
  createdAt: string;
  current: DryRunPlacement;
  draft: DryRunPlacement;
}

export interface DryRunReport {
  currentVersion: string;
  draftVersion: string;
  /** Leads routed under both rulesets. */
  leads: number;
  /** Recent leads whose stored answers could not be routed (erased, or stored before routing existed). */
  skipped: number;
  /** Leads per inbox under each ruleset; every known inbox is listed, even at zero. */
  inboxes: { inbox: string; current: number; draft: number }[];
  /** Leads the draft would send to another inbox, newest first. */
  moved: DryRunMove[];
}

function placement(ruleset: RoutingRuleset, lead: RoutingLead): DryRunPlacement {
  const decision = routeLead(ruleset, lead);
  return { inbox: decision.inbox, ruleId: decision.ruleId, ruleName: decision.ruleName, reasons: decision.reasons };
}

/**
 * Compares two rulesets on the same leads. `inboxOrder` lists the known inboxes in the order to
 * show them; an inbox a ruleset names that is not among them is listed after.
 */
export function compareRouting(
  current: RoutingRuleset,
  draft: RoutingRuleset,
  leads: readonly DryRunLead[],
  { inboxOrder = [], skipped = 0 }: { inboxOrder?: readonly string[]; skipped?: number } = {},
): DryRunReport {
  const counts = new Map<string, { current: number; draft: number }>(
    inboxOrder.map((inbox) => [inbox, { current: 0, draft: 0 }]),
  );
  const tally = (inbox: string, side: "current" | "draft") => {
    let row = counts.get(inbox);
    if (!row) counts.set(inbox, (row = { current: 0, draft: 0 }));
    row[side] += 1;
  };
  const moved: DryRunMove[] = [];
  for (const { lead, ...about } of leads) {
    const before = placement(current, lead);
    const after = placement(draft, lead);
    tally(before.inbox, "current");
    tally(after.inbox, "draft");
    if (before.inbox !== after.inbox) moved.push({ ...about, current: before, draft: after });
  }
  return {
    currentVersion: current.version,
    draftVersion: draft.version,
    leads: leads.length,
    skipped,
    inboxes: [...counts.entries()].map(([inbox, row]) => ({ inbox, ...row })),
    moved,
  };
}
