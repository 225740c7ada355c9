import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import { DomainError } from '../common/domain-error';
import { containsNul } from '../common/text';

/** Whether each parsed document writes a NUL; Apollo hands a query text's cached document to every request. */
const checked = new WeakMap<DocumentNode, boolean>();

function writesNul(document: DocumentNode): boolean {
  let found = checked.get(document);
  if (found === undefined) checked.set(document, (found = visitsNul(document)));
  return found;
}

function visitsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes('\0')) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * PostgreSQL stores no NUL character, and nobody types one: a request that carries one anywhere
 * (a variable at any depth, a string written in the query) is refused whole before any resolver
 * runs, rather than failing in some statement later.
 */
export const refuseNulPlugin: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ request, document }) => {
        if (!containsNul(request.variables) && !writesNul(document)) return Promise.resolve();
        const refusal = new DomainError(
          'INVALID_INPUT',
          'The request contains a NUL character, which cannot be stored.',
        );
        return Promise.reject(
          new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 400 } } }),
        );
      },
    }),
};
