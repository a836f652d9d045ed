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
export const RULESET_VERSION = "2026.12.3";

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
  // Bands on legal severity (decision 019). Critical is reserved for probable present violations
  // (the override red flags); High starts at the heaviest regular duties (DORA and NIS2 essential
  // entities, Art. 22 decisions, high-risk AI providers, BIPA), so a "possible" finding (half its
  // severity, at most 50) never reaches it.
  bands: [
    { band: "Critical", min: 95 },
    { band: "High", min: 75 },
    { band: "Moderate", min: 50 },
    { band: "Low", min: 0 },
  ],
  overrideFloor: 95,
  unsureCeiling: 74,
  sizeScale: { small: 0.8, medium: 1, large: 1.1 },
  engagement: {
    sizeByEmployees: { "under-10": 0.1, "10-49": 0.25, "50-249": 0.5, "250-749": 0.75, "750-plus": 1 },
    sizeByTurnover: { "up-to-10m": 0.1, "10m-25m": 0.3, "25m-50m": 0.5, "50m-150m": 0.75, "over-150m": 1 },
    regimesForFull: 5,
    weights: { size: 0.5, regimes: 0.3, areas: 0.2 },
    withinBand: { engagement: 0.6, urgency: 0.4 },
  },
  priorityBase: { Low: 0, Moderate: 25, High: 50, Critical: 75 },
  priorityWithinBand: 24,
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
