export {
  AWAY_MAX_DAYS,
  CAPACITY_MAX,
  ROLES,
  ROLE_LABELS,
  UserUpdateSchema,
  accessProblem,
  awayDays,
  awayPeriod,
  type Role,
  type RoleGuardInput,
  type UserUpdate,
} from "./account";
