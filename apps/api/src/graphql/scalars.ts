import { healSchema, mapSchema } from '@graphql-tools/utils';
import { GraphQLID, GraphQLScalarType, type GraphQLSchema, Kind } from 'graphql';
import { isLocalDate } from '@plenary/shared';
import { DomainError } from '../common/domain-error';

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new DomainError('INVALID_DATE', `"${String(value).slice(0, 40)}" is not a date written YYYY-MM-DD.`);
  }
  return value;
}

export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date without a time zone, written YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseLocalDate(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new DomainError('INVALID_DATE', 'A date must be a string written YYYY-MM-DD.');
    return parseLocalDate(ast.value);
  },
});

// Every id Plenary hands out or takes is a UUID, as PostgreSQL writes them.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseId(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw new DomainError('INVALID_ID', 'An id must be a UUID, such as 3f2b9c4e-8d1a-4c5e-9b7f-2a6d8e0c1b34.');
  }
  return value;
}

/**
 * GraphQL's ID, checked on the way in: a mistyped link or a stray byte is a typed INVALID_ID before
 * any resolver or statement runs. It keeps the name ID, so the schema clients build against is the same.
 */
export const IdScalar = new GraphQLScalarType({
  ...GraphQLID.toConfig(),
  parseValue: parseId,
  parseLiteral: (ast) => parseId(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * The built schema with every use of GraphQL's own ID turned into the checked one. Schema mappers
 * leave the built-in scalars alone, so the copy's type map is pointed at the checked ID and healed.
 */
export function withCheckedIds(schema: GraphQLSchema): GraphQLSchema {
  const copy = mapSchema(schema);
  copy.getTypeMap()[GraphQLID.name] = IdScalar;
  return healSchema(copy);
}
