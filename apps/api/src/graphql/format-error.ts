import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { GraphQLContext } from './graphql-context';

/** Apollo's own codes for requests that never reached a resolver. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Turns every error into the shape clients rely on: `extensions.code` (a category) and
 * `extensions.reason` (the specific rule). Anything unexpected is logged with the request id and
 * masked, so no stack, SQL or secret leaves the server.
 */
export function createErrorFormatter(logger: pino.Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const refusal = domainErrorIn(error);
    if (refusal) {
      return {
        // A value refused by its scalar is named by graphql-js ("Variable "$id" got invalid value …").
        message: original instanceof DomainError ? original.message : formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: refusal.category, reason: refusal.reason, ...refusal.details },
      };
    }
    const safetyNet = databaseInputError(original);
    if (safetyNet) {
      return {
        message: safetyNet.message,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', reason: safetyNet.reason },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && requestErrorCodes.has(code)) {
      const tooComplex = /limit|exceed|depth|aliases|cost|tokens/i.test(formatted.message);
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: tooComplex ? 'QUERY_TOO_COMPLEX' : code === 'BAD_USER_INPUT' ? 'INVALID_INPUT' : 'INVALID_QUERY',
        },
      };
    }
    const requestId = requestOfError.get(error as object);
    logger.error({ err: original, path: formatted.path, requestId }, 'Unexpected error in a GraphQL request');
    return {
      message: `Something went wrong on our side. If it persists, quote reference ${requestId ?? 'unknown'}.`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', requestId },
    };
  };
}

/** Apollo's error formatter sees no context: each error is told its request's id as it is met. */
const requestOfError = new WeakMap<object, string>();

export const requestIdPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart: ({ contextValue }) =>
    Promise.resolve({
      didEncounterErrors: ({ errors }) => {
        if (contextValue.requestId) for (const error of errors) requestOfError.set(error, contextValue.requestId);
        return Promise.resolve();
      },
    }),
};

/** A refusal thrown by a resolver, or by a scalar or plugin, whose error graphql-js and Apollo wrap in theirs. */
function domainErrorIn(error: unknown): DomainError | undefined {
  for (let cause = error; cause instanceof Error; cause = (cause as { originalError?: unknown }).originalError) {
    if (cause instanceof DomainError) return cause;
  }
  return undefined;
}

/**
 * Ids and services check their input before writing; this catches what slips past them (a value
 * PostgreSQL cannot read, a reference removed a moment ago) so the client still gets a typed answer.
 * The statement failed, so its transaction rolled back and nothing was stored.
 */
function databaseInputError(error: unknown): { reason: string; message: string } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  if (code === '22P02') return { reason: 'INVALID_ID', message: 'An id or value in the request is malformed.' };
  if (code === '23503')
    return { reason: 'UNKNOWN_REFERENCE', message: 'The request refers to something that does not exist.' };
  return null;
}
