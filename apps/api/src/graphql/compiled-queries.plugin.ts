import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import {
  type DocumentNode,
  getVariableValues,
  type GraphQLSchema,
  isInputObjectType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  typeFromAST,
  visit,
  BREAK,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from './graphql-context';

/**
 * Whether graphql-jit may run this operation: a query (reads only) whose variables are scalars or
 * enums and which writes no input object, so that every argument is coerced as graphql-js would.
 */
function compilable(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  for (const variable of operation.variableDefinitions ?? []) {
    let type = variable.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    if (isInputObjectType(typeFromAST(schema, type))) return false;
  }
  let writesObject = false;
  visit(document, {
    ObjectValue() {
      writesObject = true;
      return BREAK;
    },
  });
  return !writesObject;
}

/** A document is compiled the second time it is asked: a page's query is, a one-off is not. */
const SEEN_ONCE = 'seen once';
type Entry = typeof SEEN_ONCE | CompiledQuery | null;

/**
 * Runs a page's query as a function compiled once for it (graphql-jit) instead of walking the
 * query for every field of every row: the meeting page resolves thousands of fields, and
 * graphql-js's per-field work (arguments, paths, result objects V8 cannot serialize quickly) cost
 * more than the page's SQL. The same resolvers run, with the same checks. Mutations and
 * subscriptions, queries taking input objects, and any answer with an error go the usual way, so
 * that errors keep one shape: an answer with an error is computed again by graphql-js, which a
 * query, reading only, allows.
 */
export function compiledQueriesPlugin(): ApolloServerPlugin<GraphQLContext> {
  // Apollo keeps one parsed document per query text, so a document's compiled function lives as long as it.
  const compiled = new WeakMap<DocumentNode, Map<string | null, Entry>>();

  function compiledFor(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) {
    const name = operation.name?.value ?? null;
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const entry = byName.get(name);
    if (entry === undefined) {
      byName.set(name, SEEN_ONCE);
      return null;
    }
    if (entry !== SEEN_ONCE) return entry;
    let result: CompiledQuery | null = null;
    try {
      const made = compilable(schema, document, operation)
        ? compileQuery(schema, document, name ?? undefined, { disablingCapturingStackErrors: true })
        : null;
      // A query graphql-jit cannot compile (an argument it finds invalid, say) is left to graphql-js.
      result = made && isCompiledQuery(made) ? made : null;
    } catch {
      result = null;
    }
    byName.set(name, result);
    return result;
  }

  return {
    requestDidStart: () =>
      Promise.resolve({
        responseForOperation: async ({ schema, document, operation, request, contextValue }) => {
          const query = compiledFor(schema, document, operation);
          if (!query) return null;
          // graphql-jit reads an ID variable as GraphQL's own ID would; the schema's ID refuses
          // anything but a UUID (INVALID_ID). Variables are checked by the schema's own types first.
          const variables = request.variables ?? {};
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return null;
          const result = await query.query(undefined, contextValue, variables);
          if (result.errors?.length || result.data == null) return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data } },
          };
        },
      }),
  };
}
