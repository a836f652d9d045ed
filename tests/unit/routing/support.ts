import {
  RED_FLAGS,
  RULES,
  assess,
  type Assessment,
  type Band,
  type RedFlag,
  type RegimeId,
  type Status,
} from "~/domain/exposure";
import type { Answers } from "~/domain/questionnaire";
import { NEUTRAL, TODAY } from "../domain/support/profiles";
import type { RedFlagId, RoutingLead } from "~/domain/routing";

export const AS_OF = TODAY;

/** A company no regime reaches, so every test states the verdicts it relies on. */
export const QUIET_ANSWERS: Answers = NEUTRAL;

const QUIET_ASSESSMENT: Assessment = assess(QUIET_ANSWERS, AS_OF);

export interface Verdict {
  status: Status;
  tier?: string;
  tierLabel?: string;
}

export interface LeadShape {
  verdicts?: Partial<Record<RegimeId, Verdict>>;
  band?: Band;
  priority?: number;
  engagement?: number;
  needsDiscovery?: boolean;
  redFlags?: RedFlagId[];
  answers?: Partial<Answers>;
  source?: Partial<RoutingLead["source"]>;
}

function redFlag(id: RedFlagId): RedFlag {
  const definition = RED_FLAGS.find((flag) => flag.id === id);
  const regime = RULES.find((rule) => rule.id === definition?.rules[0])?.regime;
  if (!definition || !regime) throw new Error(`No red flag ${id}`);
  return { id, regime, ruleIds: [...definition.rules], message: definition.message, override: definition.override };
}

/**
 * A lead with exactly the verdicts, band, priority, red flags, answers and source a test names,
 * on top of a real (quiet) assessment so the shape is always the engine's own.
 */
export function leadWith(shape: LeadShape = {}): RoutingLead {
  const assessment: Assessment = {
    ...QUIET_ASSESSMENT,
    regimes: QUIET_ASSESSMENT.regimes.map((regime) => {
      const verdict = shape.verdicts?.[regime.regime];
      if (!verdict) return regime;
      const tier = verdict.status === "unlikely" ? null : (verdict.tier ?? "some-tier");
      return { ...regime, status: verdict.status, tier, tierLabel: tier === null ? null : (verdict.tierLabel ?? tier) };
    }),
    band: shape.band ?? QUIET_ASSESSMENT.band,
    priority: shape.priority ?? QUIET_ASSESSMENT.priority,
    engagement:
      shape.engagement === undefined
        ? QUIET_ASSESSMENT.engagement
        : { ...QUIET_ASSESSMENT.engagement, score: shape.engagement },
    needsDiscovery: shape.needsDiscovery ?? QUIET_ASSESSMENT.needsDiscovery,
    redFlags: (shape.redFlags ?? []).map(redFlag),
  };
  return {
    assessment,
    answers: { ...QUIET_ANSWERS, ...shape.answers } as Answers,
    source: { article: null, topic: null, ...shape.source },
  };
}
