/**
 * Whether the answers point to places this tool does not cover. The questionnaire offers
 * "Elsewhere" for establishments and markets beyond the EU, the UK, the US, China, India and
 * Russia; none of the regimes assessed is the law of those places, so "nothing applies" there only
 * means "nothing we assess applies".
 */
export interface ScopeAnswers {
  readonly establishments?: readonly string[];
  readonly markets?: readonly string[];
}

export interface ScopeNotice {
  /** Every establishment and market the visitor ticked is outside what the tool covers. */
  readonly onlyOutside: boolean;
  readonly sentence: string;
}

/** Option values that stand for countries whose laws no regime in the tool is about. */
const OUTSIDE = new Set(["other"]);

export function scopeNotice(answers: ScopeAnswers): ScopeNotice | null {
  const places = [...(answers.establishments ?? []), ...(answers.markets ?? [])].filter((value) => value !== "unsure");
  const outside = places.filter((value) => OUTSIDE.has(value));
  if (outside.length === 0) return null;
  const onlyOutside = outside.length === places.length;
  const covered = "EU and UK law, US federal and state laws, and the data laws of China, India and Russia";
  return onlyOutside
    ? {
        onlyOutside,
        sentence: `Your answers point outside what this tool covers. It assesses ${covered}; it does not assess the laws of other countries, so this summary cannot tell you what applies where you operate.`,
      }
    : {
        onlyOutside,
        sentence: `You also operate or sell outside what this tool covers, somewhere other than the EU, the UK, the US, China, India or Russia. It assesses ${covered}; the laws of those other places are not in this summary.`,
      };
}
