import { z } from "zod";

/**
 * The form both insert references accept: a visitor's contact details and consent, and their
 * answers about the company (as `answers.<question>` fields, repeated for several choices). It
 * stands for what the portal's final submit turns into a lead.
 */
const text = (max: number) => z.string().trim().min(1, "Required").max(max, `At most ${max} characters`);

export const ReferenceFormSchema = z.object({
  name: text(120),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ error: "A valid email address" })),
  company: text(160),
  jobTitle: text(120),
  phone: z.string().trim().max(32).optional(),
  message: z.string().max(2_000).optional(),
  consent: z.literal("on", { error: "Consent is required" }),
  answers: z.record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.array(z.string().max(80)).min(1).max(20)),
});

export type ReferenceForm = z.infer<typeof ReferenceFormSchema>;

const ANSWER_PREFIX = "answers.";

/** Reads an urlencoded body into the shape the schema checks (answers may repeat). */
export function readReferenceForm(body: URLSearchParams): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const answers: Record<string, string[]> = {};
  for (const [name, value] of body) {
    if (name.startsWith(ANSWER_PREFIX)) (answers[name.slice(ANSWER_PREFIX.length)] ??= []).push(value);
    else fields[name] = value;
  }
  return { ...fields, answers };
}

/** The answers of a large regulated firm: about as many as the portal's questionnaire collects. */
const SAMPLE_ANSWERS: Record<string, string[]> = {
  establishments: ["eu-eea"],
  markets: ["eu-eea", "uk"],
  employees: ["750-plus"],
  turnover: ["over-150m"],
  sectors: ["financial-services"],
  mainConcern: ["eu-ai-act", "dora"],
  aiRoles: ["deployer"],
  aiUses: ["credit-scoring", "fraud-detection", "chatbot"],
  decisionRole: ["main-factor"],
  prohibitedPractices: ["none"],
  personalData: ["customers", "employees"],
  dataSubjects: ["over-1m"],
  biometricData: ["no"],
  euProducts: ["none"],
  financialIctSupplier: ["no"],
  controls: ["impact-assessments", "incident-reporting", "security-certification"],
  tradeCountries: ["none"],
  usNexus: ["usd-payments"],
  sensitiveExports: ["none"],
};

/** A valid urlencoded body for the insert references. */
export function validReferenceBody(email = "ada@analytical.example"): string {
  const body = new URLSearchParams({
    name: "Ada Lovelace",
    email,
    company: "Analytical Engines GmbH",
    jobTitle: "Chief Technology Officer",
    phone: "+49 30 1234567",
    message: "We score credit applications with a model we bought.\nWhat does Annex III mean for us?",
    consent: "on",
  });
  for (const [question, choices] of Object.entries(SAMPLE_ANSWERS)) {
    for (const choice of choices) body.append(`${ANSWER_PREFIX}${question}`, choice);
  }
  return body.toString();
}
