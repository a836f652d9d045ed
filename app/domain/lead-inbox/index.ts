export {
  LEAD_STATUSES,
  LEAD_STATUS_LABELS,
  OPEN_STATUSES,
  isLeadStatus,
  isOverdue,
  leadStatusLabel,
  type LeadStatus,
  type SlaClockInput,
} from "./statuses";
export {
  FILTER_KEYS,
  LeadFiltersSchema,
  OWNER_CHOICES,
  SEARCH_MATCH_LIMIT,
  SEARCH_MAX_LENGTH,
  STATUS_CHOICES,
  defaultFilters,
  filtersToSearchParams,
  hasFilters,
  namesFilters,
  parseLeadFilters,
  type FilterKey,
  type LeadFilters,
  type OwnerFilter,
  type ParseLeadFiltersResult,
  type StatusFilter,
} from "./filters";
export { canViewLead, type LeadViewer } from "./scope";
export { EMAIL_KIND_LABELS, emailKindLabel, eventDetail, eventLabel, type EventNames } from "./timeline";
export { dueText, formatDuration, formatInstant } from "../date-format";
export { NEXT_STATUSES, NOTE_MAX_LENGTH, TriageActionSchema, canMoveTo, type TriageAction } from "./workflow";
export {
  BULK_MAX_LEADS,
  BULK_REASON_MAX_LENGTH,
  BulkChangeSchema,
  BulkConfirmSchema,
  BulkRequestSchema,
  bulkProblem,
  describeBulkChange,
  planBulkChange,
  readBulkFields,
  type BulkCandidate,
  type BulkChange,
  type BulkOutcome,
  type BulkRequest,
} from "./bulk";
export {
  SAVED_VIEWS_PER_PERSON,
  SAVED_VIEW_NAME_MAX,
  SavedViewActionSchema,
  savedViewQuery,
  type SavedViewAction,
} from "./saved-views";
export { leadInQueueHref, queueQuery, readLeadQueue, type LeadQueue } from "./queue";
