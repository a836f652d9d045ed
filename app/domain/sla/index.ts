export {
  BusinessCalendarSchema,
  DEFAULT_CALENDAR,
  assertCalendar,
  businessDayHours,
  isTimeZone,
  type BusinessCalendar,
} from "./calendar";
export { HOUR_MS, addBusinessHours, businessHoursBetween, isBusinessTime } from "./business-hours";
export {
  REMINDER_SHARE,
  SLA_POLICY,
  budgetHours,
  slaFor,
  type SlaBudget,
  type SlaDeadline,
  type SlaPolicy,
} from "./policy";
export {
  addLocalDays,
  compareLocalDates,
  formatLocalDate,
  instantOf,
  isoWeekday,
  localDateOf,
  localDateTime,
  offsetAt,
  parseLocalDate,
  startOfLocalDay,
  type LocalDate,
  type LocalDateTime,
} from "./zoned";
