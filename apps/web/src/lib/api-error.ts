import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { ErrorCategory, errorReasons, type ErrorReason } from '@plenary/shared';
import type { GraphQLFormattedError } from 'graphql';

/** The server could not be reached, or answered with something that is not GraphQL. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

export type ApiErrorCode = ErrorCategory | typeof NETWORK_ERROR;

/** One refusal from the API, in the terms the UI needs. */
export interface ApiError {
  code: ApiErrorCode;
  /** The specific reason (`extensions.reason`), when the server gave a known one. */
  reason: ErrorReason | undefined;
  /** A sentence a person can act on. */
  message: string;
  /** The input field the error is about (`title`, `endDate`…), when the server named one. */
  field: string | undefined;
}

const networkMessage = 'Plenary cannot reach the server. Check your connection and try again.';
const internalMessage = 'Something went wrong on our side and nothing was changed. Try again in a moment.';

function isErrorCategory(value: unknown): value is ErrorCategory {
  return typeof value === 'string' && Object.hasOwn(ErrorCategory, value);
}

function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(errorReasons, value);
}

/** `input.endDate` and `endDate` both name the form field `endDate`. */
function fieldName(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return value.split('.').at(-1);
}

function fromGraphQLError(error: GraphQLFormattedError): ApiError {
  const extensions = error.extensions ?? {};
  const code = isErrorCategory(extensions['code']) ? extensions['code'] : ErrorCategory.INTERNAL_SERVER_ERROR;
  return {
    code,
    reason: isErrorReason(extensions['reason']) ? extensions['reason'] : undefined,
    // The API masks unexpected failures itself, and its message carries a reference worth quoting.
    message: error.message === '' ? internalMessage : error.message,
    field: fieldName(extensions['field']),
  };
}

function graphQLErrorsInBody(bodyText: string): GraphQLFormattedError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
      return body.errors as GraphQLFormattedError[];
    }
  } catch {
    // Not JSON: a proxy or gateway answered instead of the API.
  }
  return [];
}

/** Every error an Apollo operation failed with, as API errors (at least one). */
export function toApiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    return error.errors.map(fromGraphQLError);
  }
  // A GraphQL error sent with a non-2xx status and a plain JSON content type arrives as a ServerError.
  if (ServerError.is(error)) {
    const errors = graphQLErrorsInBody(error.bodyText);
    if (errors.length > 0) return errors.map(fromGraphQLError);
  }
  return [{ code: NETWORK_ERROR, reason: undefined, message: networkMessage, field: undefined }];
}

/** The first (usually only) error an Apollo operation failed with. */
export function toApiError(error: unknown): ApiError {
  const [first] = toApiErrors(error);
  return first ?? { code: NETWORK_ERROR, reason: undefined, message: networkMessage, field: undefined };
}

export interface FormErrors<F extends string> {
  /** Messages to show next to their input. */
  fields: Partial<Record<F, string>>;
  /** Messages about the form as a whole, or about a field the form does not show. */
  form: string[];
}

/**
 * Splits an operation's errors between the form's fields and a general message. `messages` replaces
 * the server's wording for reasons the form can explain better in its own context.
 */
export function toFormErrors<F extends string>(
  error: unknown,
  formFields: readonly F[],
  messages: Partial<Record<ErrorReason, string>> = {},
): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, form: [] };
  for (const apiError of toApiErrors(error)) {
    const message = (apiError.reason && messages[apiError.reason]) ?? apiError.message;
    const field = formFields.find((candidate) => candidate === apiError.field);
    if (field !== undefined && result.fields[field] === undefined) {
      result.fields[field] = message;
    } else {
      result.form.push(message);
    }
  }
  return result;
}

/**
 * What the server sent along with a refusal for a given reason (`extensions`), e.g. the rows of an
 * import that has errors; undefined when the operation failed for another reason.
 */
export function errorExtensions(error: unknown, reason: ErrorReason): Record<string, unknown> | undefined {
  const errors = CombinedGraphQLErrors.is(error)
    ? error.errors
    : ServerError.is(error)
      ? graphQLErrorsInBody(error.bodyText)
      : [];
  return errors.find((candidate) => candidate.extensions?.['reason'] === reason)?.extensions;
}
