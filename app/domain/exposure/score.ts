import type { Answers } from "../questionnaire";
import type {
  Band,
  BandReason,
  BucketScore,
  DateInfo,
  EngagementModel,
  EngagementValue,
  Finding,
  RedFlag,
  RegimeAssessment,
  RegimeId,
  ScoringModel,
  SizeClass,
  Status,
} from "./types";

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
export function materialUrgency(
  items: ReadonlyArray<{ exposure: number; urgency: number }>,
  scoring: ScoringModel,
): number {
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
      if (regime.exposure >= scoring.materialExposure)
        bonus += scoring.breadthBonus * scoring.statusWeight[regime.status];
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

interface Deciding {
  finding: Finding;
  regime: RegimeAssessment;
  /** 0–100, after the "unsure" ceiling. */
  impact: number;
}

/**
 * The EU SME test in short: large with 250+ staff or more than €50M turnover; micro or small under
 * 50 staff unless turnover says otherwise. An unsure turnover leaves head count to decide, so not
 * knowing it never makes a company look larger.
 */
export function sizeClassOf(answers: Answers): SizeClass {
  const staff = answers.employees;
  const turnover = answers.turnover;
  if (staff === "250-749" || staff === "750-plus" || turnover === "50m-150m" || turnover === "over-150m")
    return "large";
  const smallStaff = staff === "under-10" || staff === "10-49";
  if (smallStaff && (turnover === "up-to-10m" || turnover === "unsure" || turnover === undefined)) return "small";
  return "medium";
}

/** The finding with the worst legal exposure; one resting on "unsure" counts at most up to the ceiling. */
function decidingFinding(
  regimes: readonly RegimeAssessment[],
  scaled: ReadonlySet<RegimeId>,
  sizeClass: SizeClass,
  scoring: ScoringModel,
): Deciding | null {
  let best: Deciding | null = null;
  const ceiling = scoring.overrideFloor - 1;
  for (const regime of regimes) {
    const scale = scaled.has(regime.regime) ? scoring.sizeScale[sizeClass] : 1;
    for (const finding of regime.findings) {
      const raw = Math.min(ceiling, Math.round(finding.exposure * scale * 100));
      const impact = finding.unsureAbout.length > 0 ? Math.min(raw, scoring.unsureCeiling) : raw;
      if (impact <= 0) continue;
      // On a tie a definite finding explains the band better than one that rests on "unsure".
      if (
        !best ||
        impact > best.impact ||
        (impact === best.impact && best.finding.unsureAbout.length > 0 && finding.unsureAbout.length === 0)
      ) {
        best = { finding, regime, impact };
      }
    }
  }
  return best;
}

/**
 * Legal severity: the worst single exposure, not a sum over practice areas, so one deep exposure
 * (fingerprints in Illinois, a bank under DORA) reaches High on its own while five light duties do
 * not add up to it. Regimes whose fines are a share of turnover weigh more for a large company
 * and less for a small one. A probable present violation lifts it to the override floor, whatever else.
 */
export function legalSeverity(
  regimes: readonly RegimeAssessment[],
  redFlags: readonly RedFlag[],
  size: { sizeClass: SizeClass; scaled: ReadonlySet<RegimeId> },
  scoring: ScoringModel,
): { impact: number; reason: BandReason | null } {
  const deciding = decidingFinding(regimes, size.scaled, size.sizeClass, scoring);
  const override = redFlags.find((flag) => flag.override);
  if (override) {
    const regime = regimes.find((candidate) => candidate.regime === override.regime);
    const finding = regime?.findings.find((candidate) => override.ruleIds.includes(candidate.ruleId));
    const impact = Math.max(scoring.overrideFloor, deciding?.impact ?? 0);
    if (regime && finding) {
      return {
        impact: Math.min(100, impact),
        reason: {
          regime: regime.regime,
          ruleId: finding.ruleId,
          tierLabel: finding.tierLabel,
          status: finding.status,
          redFlag: override.id,
          onUnsure: false,
        },
      };
    }
  }
  if (!deciding) return { impact: 0, reason: null };
  return {
    impact: Math.max(0, Math.min(100, deciding.impact)),
    reason: {
      regime: deciding.regime.regime,
      ruleId: deciding.finding.ruleId,
      tierLabel: deciding.finding.tierLabel,
      status: deciding.finding.status,
      redFlag: null,
      onUnsure: deciding.finding.unsureAbout.length > 0,
    },
  };
}

export function bandOf(impact: number, scoring: ScoringModel): Band {
  for (const step of scoring.bands) if (impact >= step.min) return step.band;
  return "Low";
}

function sizeOf(answers: Answers, model: EngagementModel): number {
  const byStaff = answers.employees ? (model.sizeByEmployees[answers.employees] ?? 0) : 0;
  const byTurnover = answers.turnover ? (model.sizeByTurnover[answers.turnover] ?? 0) : 0;
  return Math.max(byStaff, byTurnover);
}

/**
 * The second axis: fees scale with the size of the company, the number of regimes that need work
 * and the practice areas involved. "Possible" regimes count half and those that rest on "unsure"
 * not at all, so an unsure visitor is not made valuable by a row of maybes.
 */
export function engagementOf(
  answers: Answers,
  regimes: readonly RegimeAssessment[],
  scoring: ScoringModel,
): EngagementValue {
  const model = scoring.engagement;
  const size = sizeOf(answers, model);
  let weightedRegimes = 0;
  const areas = new Set<string>();
  for (const regime of regimes) {
    // Only what the visitor told us counts: a regime that is material only through "unsure"
    // answers is work to discover, not work to sell.
    const known = regime.findings.filter(
      (finding) => finding.unsureAbout.length === 0 && finding.exposure >= scoring.materialExposure,
    );
    if (known.length === 0) continue;
    const likely = known.some((finding) => finding.status === "likely");
    weightedRegimes += scoring.statusWeight[likely ? "likely" : "possible"];
    if (likely) areas.add(regime.bucket);
  }
  const regimesPart = round3(Math.min(1, weightedRegimes / model.regimesForFull));
  const areasPart = round3(areas.size / Math.max(1, scoring.buckets.length));
  const score = Math.round(
    100 * (model.weights.size * size + model.weights.regimes * regimesPart + model.weights.areas * areasPart),
  );
  return { score: Math.max(0, Math.min(100, score)), size: round3(size), regimes: regimesPart, areas: areasPart };
}

/**
 * The inbox order: every lead of a higher band comes before every lead of a lower one (the band
 * carries the legal reason and the SLA); within a band, bigger engagements and nearer duties first.
 * Nothing at stake gives 0.
 */
export function priorityOf(
  band: Band,
  impact: number,
  engagement: number,
  urgency: number,
  scoring: ScoringModel,
): number {
  if (impact <= 0) return 0;
  const within =
    scoring.engagement.withinBand.engagement * (engagement / 100) + scoring.engagement.withinBand.urgency * urgency;
  return scoring.priorityBase[band] + Math.round(scoring.priorityWithinBand * Math.max(0, Math.min(1, within)));
}
