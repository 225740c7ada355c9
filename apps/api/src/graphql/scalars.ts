import { GraphQLScalarType, Kind } from 'graphql';
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
