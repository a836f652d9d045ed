import type { Band, BucketScore, DateInfo, RegimeAssessment, ScoringModel, Status } from "./types";

/** Exposures are kept to three decimals so sums like 0.7 + 0.1 print and compare cleanly. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function exposureOf(status: Status, severity: number, scoring: ScoringModel): number {
  return round3(scoring.statusWeight[status] * severity);
}

/** How pressing a duty is, from the day it applies: already applying is most urgent. */
export function urgencyOf(date: DateInfo, scoring: ScoringModel): number {
  if (date.basis === "proposal") return scoring.urgencyOfProposal;
  for (const step of scoring.urgencyByDays) if (date.daysFromAsOf <= step.maxDays) return step.urgency;
  return scoring.urgencyByDays[scoring.urgencyByDays.length - 1]?.urgency ?? 0;
}

/**
 * The largest urgency among material items (exposure at or above the threshold), so a trivial
 * duty that already applies (AI literacy) does not make a lead look urgent; if nothing is
 * material, the largest of all; 0 when nothing applies.
 */
export function materialUrgency(items: ReadonlyArray<{ exposure: number; urgency: number }>, scoring: ScoringModel): number {
  let material = -1;
  let overall = 0;
  for (const item of items) {
    if (item.exposure <= 0) continue;
    overall = Math.max(overall, item.urgency);
    if (item.exposure >= scoring.materialExposure) material = Math.max(material, item.urgency);
  }
  return material >= 0 ? material : overall;
}

/**
 * A bucket scores its most exposed regime plus a small bonus for each further material regime:
 * breadth adds work, but five light duties should not outweigh one heavy one. The bonus is
 * weighted by verdict, so a visitor unsure about everything is not made "Critical" by a row of
 * regimes that are merely possible.
 */
export function bucketScores(regimes: readonly RegimeAssessment[], scoring: ScoringModel): BucketScore[] {
  return scoring.buckets.map((bucket) => {
    const members = regimes
      .filter((regime) => regime.bucket === bucket.id)
      .sort((a, b) => b.exposure - a.exposure || scoring.statusWeight[b.status] - scoring.statusWeight[a.status]);
    const top = members[0]?.exposure ?? 0;
    let bonus = 0;
    for (const regime of members.slice(1)) {
      if (regime.exposure >= scoring.materialExposure) bonus += scoring.breadthBonus * scoring.statusWeight[regime.status];
    }
    return {
      id: bucket.id,
      label: bucket.label,
      weight: bucket.weight,
      score: round3(Math.min(1, top + bonus)),
      regimes: members.filter((regime) => regime.status !== "unlikely").map((regime) => regime.regime),
    };
  });
}

export function impactOf(buckets: readonly BucketScore[], override: boolean, scoring: ScoringModel): number {
  const total = Math.round(buckets.reduce((sum, bucket) => sum + bucket.weight * bucket.score, 0));
  const bounded = Math.max(0, Math.min(100, total));
  return override ? Math.max(bounded, scoring.overrideFloor) : bounded;
}

export function bandOf(impact: number, scoring: ScoringModel): Band {
  for (const step of scoring.bands) if (impact >= step.min) return step.band;
  return "Low";
}

export function priorityOf(impact: number, urgency: number): number {
  return Math.round(impact * urgency);
}
