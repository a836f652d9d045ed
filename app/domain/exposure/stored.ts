import { z } from "zod";
import type { Assessment } from "./types";

// The parts of a stored assessment the lead page shows. An assessment is stored whole when the
// lead is submitted and never rewritten, so a lead kept from an older version of the engine may
// lack some of them; such a lead is shown without its assessment rather than not at all.
const DateShape = z.looseObject({ label: z.string(), text: z.string() });

const RegimeShape = z.looseObject({
  regime: z.string(),
  name: z.string(),
  law: z.string(),
  status: z.string(),
  tierLabel: z.string().nullable(),
  obligations: z.array(z.string()),
  maxPenalty: z.string(),
  appliesFrom: DateShape.nullable(),
  nextDate: DateShape.nullable(),
  confidenceNote: z.string(),
});

const StoredAssessmentShape = z.looseObject({
  rulesetVersion: z.string(),
  asOf: z.string(),
  regimes: z.array(RegimeShape),
  nextDeadline: z.looseObject({ labels: z.array(z.string()), text: z.string() }).nullable(),
  redFlags: z.array(z.looseObject({ id: z.string(), message: z.string() })),
  gaps: z.array(z.looseObject({ control: z.string(), message: z.string() })),
});

/** Fields added in ruleset 2026.12.1 (decision 019); leads assessed earlier do not have them. */
type AddedIn2026121 = "bandReason" | "engagement" | "needsDiscovery" | "discoveryQuestions";

/** An assessment as stored with a lead: those of older rulesets lack the later fields. */
export type StoredAssessment = Omit<Assessment, AddedIn2026121> & Partial<Pick<Assessment, AddedIn2026121>>;

/** A stored assessment (parsed, or JSON text) when it has everything the lead page shows, otherwise null. */
export function readStoredAssessment(stored: unknown): StoredAssessment | null {
  let value = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      return null;
    }
  }
  if (value === null || value === undefined) return null;
  return StoredAssessmentShape.safeParse(value).success ? (value as StoredAssessment) : null;
}
