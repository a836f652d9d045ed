import { z } from "zod";
import {
  type RulesetDraft,
  applyDraftEdit,
  draftFromForm,
  draftToRulesetInput,
  formName,
  parseEditIntent,
  routingFormCatalogue,
} from "../../domain/routing";
import type { DB } from "../storage/db.server";
import { refuseRepeatedFields } from "../http/form-data.server";
import {
  RoutingFieldsError,
  activateRoutingVersion,
  checkRuleset,
  rulesFromText,
  saveCheckedRuleset,
} from "./overview.server";
import { DRY_RUN_DEFAULT_LEADS, DRY_RUN_MAX_LEADS, dryRunRouting } from "./dry-run.server";
import { RoutingRulesetError } from "./routing.server";
import type { RoutingFormAnswer, RoutingEditor } from "./form.types";
export type { RoutingEditor, RoutingFormAnswer } from "./form.types";

/** The rules as typed are kept within reason: a ruleset is a few hundred rules at the very most. */
const RULES_MAX_LENGTH = 200_000;

/** A stored version (`saved`, said back to the administrator once), or the page again with an answer. */
export type RoutingFormOutcome = { saved: string } | { status: 200 | 400; answer: RoutingFormAnswer };

const SAMPLE_MESSAGE = `Choose how many recent leads to try, from 1 to ${DRY_RUN_MAX_LEADS.toLocaleString("en-GB")}`;

const SampleSchema = z
  .string()
  .trim()
  .transform((text) => (text === "" ? DRY_RUN_DEFAULT_LEADS : Number(text)))
  .pipe(
    z
      .number({ error: SAMPLE_MESSAGE })
      .int(SAMPLE_MESSAGE)
      .min(1, SAMPLE_MESSAGE)
      .max(DRY_RUN_MAX_LEADS, SAMPLE_MESSAGE),
  );

const ChoicesSchema = z.object({
  intent: z.string({ error: "Choose what to do" }).max(60, "Choose what to do"),
  sample: z.string().max(20).optional().default(""),
  // Putting a version in force takes two ticks: the choice, and its confirmation.
  activate: z.preprocess((value) => value === "on", z.boolean()),
  confirm: z.preprocess((value) => value === "on", z.boolean()),
  rules: z.string().max(RULES_MAX_LENGTH, "The rules are too long to be a ruleset").optional(),
  version: z.string().max(100).optional(),
});

const CONFIRM_MESSAGE = "Tick “Yes, put it in force now” to confirm, or untick “Put in force now” to store it only";

const REACTIVATE_CONFIRM_MESSAGE =
  "Tick the box to confirm that this version should be put back in force, or leave the rules in force as they are";

/** Putting a stored version back in force: which one, and the administrator's explicit confirmation. */
const ReactivateSchema = z.object({
  version: z.string().trim().min(1, "Choose a version"),
  confirm: z.literal(true, { error: REACTIVATE_CONFIRM_MESSAGE }),
});

/** Builder fields posted as lists: a condition's choices, sent once per ticked box. */
const isListField = (name: string) => /^rules\.\d+\.when\.\d+\.value(\.[A-Za-z]+)?$/.test(name);

/**
 * Answers a post to the routing page: an edit of the builder's draft (for pages without
 * JavaScript), a dry run or a save from either editor, or putting a stored version back in force.
 * Nothing is stored unless the ruleset is valid and a save was asked for.
 */
export async function handleRoutingForm(db: DB, form: FormData): Promise<RoutingFormOutcome> {
  refuseRepeatedFields(form, [...new Set(form.keys())].filter(isListField));
  const choices = ChoicesSchema.safeParse(Object.fromEntries([...form.keys()].map((name) => [name, form.get(name)])));
  const intent = choices.success ? choices.data.intent : "";
  const editor: RoutingEditor =
    intent === "activate" ? "versions" : intent.startsWith("json-") || intent === "save" ? "json" : "builder";
  const answer: RoutingFormAnswer = {
    editor,
    problems: [],
    fields: {},
    rules: choices.success ? (choices.data.rules ?? null) : null,
    draft: editor === "builder" ? draftFromForm(form.entries()) : null,
    dryRun: null,
    sample: choices.success ? choices.data.sample : "",
    activate: choices.success && choices.data.activate,
    version: editor === "versions" && choices.success ? (choices.data.version?.trim() ?? null) : null,
  };
  const refuse = (problems: string[], fields: Record<string, string> = {}): RoutingFormOutcome => ({
    status: 400,
    answer: { ...answer, problems, fields },
  });
  if (!choices.success) return refuse(choices.error.issues.map((issue) => issue.message));
  const { activate, confirm } = choices.data;

  try {
    if (intent === "activate") {
      const asked = ReactivateSchema.safeParse({ version: choices.data.version ?? "", confirm });
      if (!asked.success)
        return refuse(
          asked.error.issues.map((issue) => issue.message),
          Object.fromEntries(asked.error.issues.map((issue) => [String(issue.path[0]), issue.message])),
        );
      await activateRoutingVersion(db, asked.data.version);
      return { saved: asked.data.version };
    }

    const inboxes = await db.selectFrom("inboxes").select(["slug", "name"]).orderBy("name").execute();
    const catalogue = routingFormCatalogue(inboxes);
    if (editor === "builder" && answer.draft) {
      const draft = answer.draft;
      const edit = parseEditIntent(intent, draft, (rule) => {
        const choice = form.get(formName.rule(rule, "newCondition"));
        return typeof choice === "string" ? choice : "";
      });
      if (edit) return { status: 200, answer: { ...answer, draft: applyDraftEdit(draft, edit, catalogue) } };
    }
    if (editor === "json" && !answer.rules?.trim())
      return refuse(["Please write the rules"], { rules: "Please write the rules" });
    const input =
      editor === "json"
        ? rulesFromText(answer.rules ?? "")
        : draftToRulesetInput(answer.draft as RulesetDraft, catalogue);

    if (intent === "json-dry-run" || intent === "dry-run") {
      const sample = SampleSchema.safeParse(choices.data.sample);
      if (!sample.success) return refuse([SAMPLE_MESSAGE], { sample: SAMPLE_MESSAGE });
      const ruleset = await checkRuleset(db, input);
      return { status: 200, answer: { ...answer, dryRun: await dryRunRouting(db, ruleset, sample.data) } };
    }
    if (intent === "save" || intent === "build-save") {
      const ruleset = await checkRuleset(db, input);
      if (activate && !confirm) return refuse([CONFIRM_MESSAGE], { confirm: CONFIRM_MESSAGE });
      await saveCheckedRuleset(db, ruleset, { activate });
      return { saved: ruleset.version };
    }
    return refuse(["Choose what to do"]);
  } catch (error) {
    if (error instanceof RoutingFieldsError) return refuse(error.problems, error.fields);
    if (error instanceof RoutingRulesetError) return refuse(error.problems);
    throw error;
  }
}
