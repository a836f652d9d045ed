import type { DryRunReport, RulesetDraft } from "../../domain/routing";

export interface RoutingFormAnswer {
  editor: RoutingEditor;
  /** One line per problem, for the summary above the editor. */
  problems: string[];
  /** Problems by form field name, shown beside each field of the builder. */
  fields: Record<string, string>;
  /** The JSON editor's text as sent. */
  rules: string | null;
  /** The builder's fields as sent, or as edited. */
  draft: RulesetDraft | null;
  dryRun: DryRunReport | null;
  sample: string;
  activate: boolean;
  /** The stored version an administrator asked to put back in force, so its confirmation opens again. */
  version: string | null;
}

/** Which editor a submission came from, so the page answers beside it. */
export type RoutingEditor = "builder" | "json" | "versions";
