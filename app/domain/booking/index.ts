export {
  BOOKING_WORKING_DAYS,
  CALL_MINUTES,
  MIN_NOTICE_HOURS,
  SLOT_PROBLEM_MESSAGES,
  availableSlots,
  callEnd,
  callTimeText,
  slotProblem,
  slotsByDay,
  type SlotDay,
  type SlotProblem,
  type SlotRules,
} from "./slots";
