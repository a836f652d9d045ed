export {
  BANDS,
  CONDITION_SPECS,
  RED_FLAG_IDS,
  ROUTABLE_STATUSES,
  ROUTING_FIELDS,
  ROUTING_MESSAGES,
  RULE_ID_PATTERN,
  RoutingConditionSchema,
  TIER_IDS,
  parseRoutingRuleset,
  routingIssueLines,
  routingRulesetSchema,
  type ParseRoutingRulesetResult,
  type RedFlagId,
  type RoutingCondition,
  type RoutingField,
  type RoutingOperator,
  type RoutingRule,
  type RoutingRuleset,
} from "./rules";
export { DEMO_INBOX_SLUGS, DEMO_ROUTING_RULESET } from "./demo";
export { evaluateCondition, orList, type ConditionOutcome, type RoutingLead } from "./conditions";
export { EVERY_LEAD_REASON, fallbackReason, routeLead, type RoutingDecision, type RuleEvaluation } from "./route";
export {
  DEFAULT_WEIGHT,
  chooseAssignee,
  simulateAssignments,
  skipReason,
  type AssignmentCandidate,
  type AssignmentDecision,
  type CandidateReport,
  type ChooseAssigneeInput,
  type SimulationResult,
  type SkipReason,
} from "./assign";
export { describeCondition, describeRule, quotedSlugs, suggestNextVersion, withNamesForSlugs } from "./describe";
export {
  conditionChoices,
  routingFormCatalogue,
  type Choice,
  type ConditionChoice,
  type RoutingFormCatalogue,
  type ValueWidget,
} from "./form-catalogue";
export {
  MAX_DRAFT_CONDITIONS,
  MAX_DRAFT_RULES,
  applyDraftEdit,
  conditionKey,
  draftFromForm,
  draftToFormEntries,
  draftToRulesetInput,
  editIntent,
  findCondition,
  formName,
  parseEditIntent,
  problemsByField,
  rulesetToDraft,
  type ConditionDraft,
  type DraftEdit,
  type RuleDraft,
  type RulesetDraft,
  type ValueDraft,
} from "./rule-form";
export { compareRouting, type DryRunLead, type DryRunMove, type DryRunPlacement, type DryRunReport } from "./dry-run";
export { diffInWords, diffRulesets, type RuleChange, type RulesetDiff } from "./version-diff";
