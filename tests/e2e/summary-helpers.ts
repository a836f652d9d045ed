/** Leads made straight in the e2e server's database, so the summary specs need not walk the flow. */
import { createDatabase } from "~/server/storage/db.server";
import { createDraft, updateDraft } from "~/server/flow/drafts.server";
import { submitDraft } from "~/server/leads/submit.server";
import { DEFAULT_CALENDAR } from "~/domain/sla";
import { answersFixture } from "../support/flow-client";

export const BANK_ANSWERS = answersFixture("eu-bank-credit-scoring");
/** A company established and selling only outside what the tool covers (Switzerland, say). */
export const ELSEWHERE_ANSWERS = {
  ...answersFixture("dutch-saas-no-ai"),
  establishments: ["other"],
  markets: ["other"],
  euProducts: ["none"],
};

/**
 * Submits a complete draft as the flow would and returns the summary's address. The flow itself
 * is covered by flow.spec.ts; going through it here would only spend the address's hourly limit.
 */
export async function summaryAddress(
  answers: Record<string, string | string[]>,
  label: string,
): Promise<{ path: string; email: string }> {
  const db = createDatabase(process.env.E2E_DATABASE_PATH ?? "");
  const email = `ada.${label}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@analytical.example`;
  try {
    const { draft } = await createDraft(db, {
      article: "credit-scoring-gdpr-ai-act-dora",
      topic: "gdpr",
      utm: {},
      referrer: null,
    });
    await updateDraft(db, draft.id, {
      answers,
      contact: {
        name: "Ada Lovelace",
        email,
        company: "Analytical Engines GmbH",
        jobTitle: "CFO",
        phone: "",
        message: "Please call me.",
        consent: "on",
      },
    });
    const submitted = await submitDraft(db, draft.id, {
      secret: "e2e-secret-e2e-secret-e2e-secret-012345",
      mail: {
        from: "Meridian Regulatory Audit <hello@meridian-audit.example>",
        firmName: "Meridian Regulatory Audit",
        publicUrl: process.env.E2E_BASE_URL ?? "",
      },
      calendar: DEFAULT_CALENDAR,
    });
    return { path: `/assess/done/${submitted.summaryToken}`, email };
  } finally {
    await db.destroy();
  }
}
