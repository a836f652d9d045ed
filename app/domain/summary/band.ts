/**
 * The band as a sentence a decision-maker can act on. The band also sets how fast a consultant
 * answers (see the SLA policy), so the words say what happens next, not only how bad it is.
 */
const BAND_WORDS: Record<string, string> = {
  Critical: "Critical: something in your answers may already breach a rule. Get advice this week.",
  High: "High: several heavy obligations apply to you, or will soon. Plan the work this quarter.",
  Moderate: "Moderate: some obligations apply; most can be handled in your normal compliance cycle.",
  Low: "Low: little in your answers triggers these regulations. Keep an eye on changes.",
};

export function bandInWords(band: string): string {
  return BAND_WORDS[band] ?? `${band}.`;
}
