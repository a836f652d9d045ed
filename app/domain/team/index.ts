export {
  AWAY_MAX_DAYS,
  AwayDaysSchema,
  CAPACITY_MAX,
  ROLES,
  ROLE_LABELS,
  UserUpdateSchema,
  accessProblem,
  awayDays,
  awayPeriod,
  type AwayDays,
  type Role,
  type RoleGuardInput,
  type UserUpdate,
} from "./account";
export { ChangePasswordSchema, NewPasswordSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";
export {
  INBOX_SLUG_PATTERN,
  InboxUpdateSchema,
  NewInboxSchema,
  WEIGHT_MAX,
  readInboxForm,
  type InboxUpdate,
  type NewInbox,
} from "./inbox";
