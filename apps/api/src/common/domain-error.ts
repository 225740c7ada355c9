import { errorReasons, type ErrorCategory, type ErrorReason } from '@plenary/shared';

export interface ErrorDetails {
  /** The input field at fault, as the client named it (e.g. `endDate`). */
  field?: string;
  [key: string]: unknown;
}

/**
 * The one way services refuse. Its reason decides the category the client sees as
 * `extensions.code`; the reason itself is `extensions.reason`.
 */
export class DomainError extends Error {
  constructor(
    readonly reason: ErrorReason,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get category(): ErrorCategory {
    return errorReasons[this.reason];
  }
}

/** Answer for objects that do not exist and for those the caller may not see: the same, on purpose. */
export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `No ${what} with that id, or you may not see it.`);
}

export function invalid(field: string, message: string, reason: ErrorReason = 'INVALID_INPUT'): DomainError {
  return new DomainError(reason, message, { field });
}

/** A save made from an older version than the current one: refused, so nobody overwrites a newer edit unseen. */
export function versionConflict(what: string): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    `Someone else changed this ${what} since you opened it. Reload to see their changes.`,
  );
}
