import { MILESTONES } from "./deadlines";
import { GAPS, RED_FLAGS } from "./flags";
import { REGIMES } from "./regimes";
import { RULES } from "./rules";
import type { Ruleset, ScoringModel } from "./types";

/**
 * Bumped whenever a rule, date, weight or text that changes a verdict changes. Every assessment
 * carries it, so a stored lead can always be traced to the rules that scored it.
 * Format: year.month.revision.
 */
export const RULESET_VERSION = "2026.11.1";

export const SCORING: ScoringModel = {
  statusWeight: { likely: 1, possible: 0.5, unlikely: 0 },
  buckets: [
    { id: "ai-governance", label: "AI governance", weight: 35 },
    { id: "privacy", label: "Privacy and data sovereignty", weight: 25 },
    { id: "cyber", label: "Cyber, resilience and products", weight: 20 },
    { id: "trade", label: "Sanctions and export controls", weight: 20 },
  ],
  materialExposure: 0.3,
  breadthBonus: 0.1,
  bands: [
    { band: "Critical", min: 70 },
    { band: "High", min: 40 },
    { band: "Moderate", min: 20 },
    { band: "Low", min: 0 },
  ],
  overrideFloor: 85,
  urgencyByDays: [
    { maxDays: 0, urgency: 1 },
    { maxDays: 180, urgency: 0.9 },
    { maxDays: 365, urgency: 0.75 },
    { maxDays: 730, urgency: 0.5 },
    { maxDays: Number.POSITIVE_INFINITY, urgency: 0.3 },
  ],
  urgencyOfProposal: 0.15,
};

export const DISCLAIMER =
  "Indicative, not legal advice. This summary is generated automatically from your answers and our reading of the rules on the date shown; it cannot capture every fact that matters. One of our audit experts will review it with you.";

export const RULESET: Ruleset = {
  version: RULESET_VERSION,
  regimes: REGIMES,
  rules: RULES,
  milestones: MILESTONES,
  redFlags: RED_FLAGS,
  gaps: GAPS,
  scoring: SCORING,
  disclaimer: DISCLAIMER,
};
