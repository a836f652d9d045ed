/**
 * The penalty scale for the visitor's size: of the regulations that may concern them, the
 * heaviest fine that could be set against a company of their turnover.
 *
 * EU regulations state fines as a fixed amount and a share of worldwide turnover ("Up to €20M or
 * 4%"), usually whichever is higher; the AI Act takes the lower one for SMEs. The fixed-plus-share
 * pair is read from each regime's penalty text, so a change of figures in the ruleset flows
 * through; regimes whose penalties are per violation or set nationally are left to their card.
 */
export interface PenaltyRegime {
  readonly name: string;
  readonly status: string;
  readonly maxPenalty: string;
}

export interface SizeAnswers {
  readonly employees?: string;
  readonly turnover?: string;
}

export interface PenaltyScale {
  /** The first-screen sentence. */
  readonly sentence: string;
  /** The regime whose ceiling it is. */
  readonly regime: string;
}

const MILLION = 1_000_000;
/** Worldwide turnover bands of the questionnaire, in euros; `null` upper bound: no ceiling. */
const TURNOVER: Record<string, { low: number; high: number | null; words: string }> = {
  "up-to-10m": { low: 0, high: 10 * MILLION, words: "up to €10 million" },
  "10m-25m": { low: 10 * MILLION, high: 25 * MILLION, words: "€10 million to €25 million" },
  "25m-50m": { low: 25 * MILLION, high: 50 * MILLION, words: "€25 million to €50 million" },
  "50m-150m": { low: 50 * MILLION, high: 150 * MILLION, words: "€50 million to €150 million" },
  "over-150m": { low: 150 * MILLION, high: null, words: "more than €150 million" },
};
const SME_EMPLOYEES = new Set(["under-10", "10-49", "50-249"]);

const FIXED_AND_SHARE = /€\s?(\d+(?:\.\d+)?)\s?M(?:illion)?\s+or\s+(\d+(?:\.\d+)?)\s?%/;

export function parseFixedAndShare(text: string): { fixed: number; share: number } | null {
  const match = FIXED_AND_SHARE.exec(text);
  if (!match) return null;
  return { fixed: Number(match[1]) * MILLION, share: Number(match[2]) / 100 };
}

export function formatEuros(amount: number): string {
  if (amount >= MILLION) {
    const millions = amount / MILLION;
    return `€${Number.isInteger(millions) ? millions : millions.toFixed(millions < 10 ? 2 : 1).replace(/\.?0+$/, "")} million`;
  }
  return `€${Math.round(amount / 1000)},000`;
}

interface Ceiling {
  regime: PenaltyRegime;
  /** Highest possible fine at the top of the turnover band; null when it grows without bound. */
  high: number | null;
  words: string;
}

function ceilingOf(regime: PenaltyRegime, size: SizeAnswers): Ceiling | null {
  const pair = parseFixedAndShare(regime.maxPenalty);
  if (!pair) return null;
  const band = size.turnover ? TURNOVER[size.turnover] : undefined;
  const pct = `${Math.round(pair.share * 1000) / 10}%`;
  if (!band) {
    return { regime, high: null, words: `the higher of ${formatEuros(pair.fixed)} and ${pct} of worldwide turnover` };
  }
  const sme = SME_EMPLOYEES.has(size.employees ?? "") && band.high !== null && band.high <= 50 * MILLION;
  const lowerForSmes = /lower (one|amount) for SMEs/i.test(regime.maxPenalty);
  if (sme && lowerForSmes) {
    const high = Math.min(pair.fixed, pair.share * (band.high ?? Infinity));
    return { regime, high, words: `up to ${formatEuros(high)} (${pct} of turnover; the lower amount applies to SMEs)` };
  }
  if (band.high === null) {
    return {
      regime,
      high: null,
      words: `${formatEuros(pair.fixed)} or ${pct} of worldwide turnover, whichever is higher`,
    };
  }
  const high = Math.max(pair.fixed, pair.share * band.high);
  const words = high === pair.fixed ? `up to ${formatEuros(high)}` : `up to ${formatEuros(high)} (${pct} of turnover)`;
  return { regime, high, words };
}

export function penaltyScale(regimes: readonly PenaltyRegime[], size: SizeAnswers): PenaltyScale | null {
  const concerned = regimes.filter((regime) => regime.status === "likely" || regime.status === "possible");
  const ceilings = concerned
    .map((regime) => ceilingOf(regime, size))
    .filter((ceiling): ceiling is Ceiling => ceiling !== null);
  if (ceilings.length === 0) return null;
  // Likely before possible, then the heaviest; an unbounded ceiling is the heaviest of all.
  const weight = (ceiling: Ceiling) => (ceiling.high === null ? Infinity : ceiling.high);
  const top = ceilings.sort(
    (a, b) => Number(b.regime.status === "likely") - Number(a.regime.status === "likely") || weight(b) - weight(a),
  )[0]!;
  const band = size.turnover ? TURNOVER[size.turnover] : undefined;
  const who = band
    ? `For a company with a turnover of ${band.words}`
    : "You were not sure of your turnover; for your company";
  const verdict = top.regime.status === "likely" ? "likely applies" : "possibly applies";
  let scale = "";
  if (band && top.high !== null && band.high !== null && top.high >= band.high)
    scale = " That is more than a year's turnover.";
  else if (band && top.high !== null && band.low > 0 && top.high >= band.low)
    scale = " That can be more than a year's turnover.";
  return {
    regime: top.regime.name,
    sentence: `${who}, the heaviest fine under ${top.regime.name}, which ${verdict}, is ${top.words}.${scale}`,
  };
}
