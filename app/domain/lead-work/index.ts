export {
  CONTACT_CHANNELS,
  CONTACT_CHANNEL_LABELS,
  CONTACT_OUTCOMES,
  CONTACT_OUTCOME_LABELS,
  LOST_REASON_MAX_LENGTH,
  TaskToggleSchema,
  contactDetail,
  followUpTitle,
  logContactSchema,
  type ContactChannel,
  type ContactOutcome,
  type LogContact,
} from "./contact-log";
export {
  addDays,
  businessToday,
  dueLabel,
  dueState,
  isCalendarDay,
  reminderInstant,
  type DayString,
  type DueState,
} from "./follow-ups";
