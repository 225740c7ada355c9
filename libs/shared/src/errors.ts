/**
 * Every error the API can refuse with. Each specific reason belongs to one category; the category
 * becomes `extensions.code` and the reason `extensions.reason` of the GraphQL error.
 */
export const ErrorCategory = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCategory = (typeof ErrorCategory)[keyof typeof ErrorCategory];

export const errorReasons = {
  // Input
  INVALID_INPUT: ErrorCategory.BAD_USER_INPUT,
  INVALID_QUERY: ErrorCategory.BAD_USER_INPUT,
  INVALID_ID: ErrorCategory.BAD_USER_INPUT,
  UNKNOWN_REFERENCE: ErrorCategory.BAD_USER_INPUT,
  QUERY_TOO_COMPLEX: ErrorCategory.BAD_USER_INPUT,
  TEXT_TOO_LONG: ErrorCategory.BAD_USER_INPUT,
  INVALID_EMAIL: ErrorCategory.BAD_USER_INPUT,
  WEAK_PASSWORD: ErrorCategory.BAD_USER_INPUT,
  INVALID_TIME_ZONE: ErrorCategory.BAD_USER_INPUT,
  INVALID_DATE: ErrorCategory.BAD_USER_INPUT,
  DATES_OUT_OF_ORDER: ErrorCategory.BAD_USER_INPUT,
  INVALID_COUNTRY: ErrorCategory.BAD_USER_INPUT,
  UNKNOWN_ORGANIZATION: ErrorCategory.BAD_USER_INPUT,
  ORGANIZER_REQUIRED: ErrorCategory.BAD_USER_INPUT,
  INVITATION_EXPIRED: ErrorCategory.BAD_USER_INPUT,
  INVITATION_USED: ErrorCategory.BAD_USER_INPUT,
  INVITATION_INVALID: ErrorCategory.BAD_USER_INPUT,
  PARENT_CYCLE: ErrorCategory.BAD_USER_INPUT,
  INVALID_TIME: ErrorCategory.BAD_USER_INPUT,
  NONEXISTENT_TIME: ErrorCategory.BAD_USER_INPUT,
  END_BEFORE_START: ErrorCategory.BAD_USER_INPUT,
  NOT_A_PARTICIPANT: ErrorCategory.BAD_USER_INPUT,
  UNKNOWN_FILE: ErrorCategory.BAD_USER_INPUT,
  UNKNOWN_DAY: ErrorCategory.BAD_USER_INPUT,
  UNKNOWN_PERSON: ErrorCategory.BAD_USER_INPUT,
  NO_EMAIL: ErrorCategory.BAD_USER_INPUT,
  IMPORT_HAS_ERRORS: ErrorCategory.BAD_USER_INPUT,
  INVALID_FILE: ErrorCategory.BAD_USER_INPUT,
  NOT_A_GROUP_MEMBER: ErrorCategory.BAD_USER_INPUT,
  COMMITTEE_NOT_IN_GROUP: ErrorCategory.BAD_USER_INPUT,
  UNKNOWN_REVISION: ErrorCategory.BAD_USER_INPUT,
  UNKNOWN_SESSION: ErrorCategory.BAD_USER_INPUT,
  // Identity
  SIGN_IN_REQUIRED: ErrorCategory.UNAUTHENTICATED,
  WRONG_CREDENTIALS: ErrorCategory.UNAUTHENTICATED,
  ACCOUNT_DISABLED: ErrorCategory.UNAUTHENTICATED,
  TOO_MANY_SIGN_IN_ATTEMPTS: ErrorCategory.TOO_MANY_REQUESTS,
  // Access
  NOT_PERMITTED: ErrorCategory.FORBIDDEN,
  PLATFORM_ADMIN_REQUIRED: ErrorCategory.FORBIDDEN,
  NOT_FOUND: ErrorCategory.NOT_FOUND,
  // State
  EMAIL_TAKEN: ErrorCategory.CONFLICT,
  ORGANIZATION_EXISTS: ErrorCategory.CONFLICT,
  INVALID_TRANSITION: ErrorCategory.CONFLICT,
  AGENDA_EMPTY: ErrorCategory.CONFLICT,
  AGENDA_CLOSED: ErrorCategory.CONFLICT,
  DAY_EXISTS: ErrorCategory.CONFLICT,
  ALREADY_INVITED: ErrorCategory.CONFLICT,
  REPLIES_CLOSED: ErrorCategory.CONFLICT,
  NOT_INVITED: ErrorCategory.FORBIDDEN,
  VERSION_CONFLICT: ErrorCategory.CONFLICT,
  CANNOT_DISABLE_SELF: ErrorCategory.CONFLICT,
  ALREADY_SCHEDULED: ErrorCategory.CONFLICT,
  GROUP_NOT_APPROVED: ErrorCategory.CONFLICT,
  LAST_MANAGER: ErrorCategory.CONFLICT,
  ALREADY_MEMBER: ErrorCategory.CONFLICT,
  REPORT_EXISTS: ErrorCategory.CONFLICT,
  REPORT_LOCKED: ErrorCategory.CONFLICT,
  MEETING_NOT_HELD: ErrorCategory.CONFLICT,
  // Server
  INTERNAL: ErrorCategory.INTERNAL_SERVER_ERROR,
} as const satisfies Record<string, ErrorCategory>;

export type ErrorReason = keyof typeof errorReasons;
