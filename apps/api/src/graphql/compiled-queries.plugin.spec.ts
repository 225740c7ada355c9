import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { compiledQueriesPlugin } from './compiled-queries.plugin';
import type { GraphQLContext } from './graphql-context';

const typeDefs = `
  type Person { id: ID! name: String! affiliation: Organization }
  type Organization { name: String! }
  input NameInput { name: String! }
  type Query { people(prefix: String): [Person!]! person(id: ID!): Person byName(input: NameInput!): [Person!]! }
  type Mutation { rename(id: ID!, name: String!): Person! }
`;

const people = [
  { id: '1', name: 'Ana', affiliationName: 'ASEAN-ISIS' },
  { id: '2', name: 'Bo', affiliationName: null },
];

/** An Apollo server with the plugin, counting the operations graphql-js executed (Apollo's `executionDidStart`). */
function server() {
  const executed = { count: 0 };
  const counting: ApolloServerPlugin = {
    requestDidStart: () =>
      Promise.resolve({
        executionDidStart: () => {
          executed.count += 1;
          return Promise.resolve();
        },
      }),
  };
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers: {
      Query: {
        people: (_: unknown, { prefix }: { prefix?: string }) => people.filter((p) => p.name.startsWith(prefix ?? '')),
        person: (_: unknown, { id }: { id: string }) => {
          if (id === 'refused') throw new Error('Not yours to see');
          return people.find((p) => p.id === id) ?? null;
        },
        byName: (_: unknown, { input }: { input: { name: string } }) => people.filter((p) => p.name === input.name),
      },
      Person: {
        affiliation: (p: { affiliationName: string | null }) =>
          p.affiliationName ? { name: p.affiliationName } : null,
      },
      Mutation: { rename: (_: unknown, { id, name }: { id: string; name: string }) => ({ id, name }) },
    },
    plugins: [compiledQueriesPlugin(), counting],
    formatError: (formatted) => ({ ...formatted, extensions: { code: 'REFUSED_HERE' } }),
  });
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };
  return { apollo, executed, run };
}

const PEOPLE = `query People($prefix: String) { people(prefix: $prefix) { id name affiliation { name } } }`;

describe('compiledQueriesPlugin', () => {
  it('runs a query compiled from its second time on, with the same answer graphql-js gives', async () => {
    const { apollo, executed, run } = server();
    await apollo.start();
    const first = await run(PEOPLE, { prefix: '' });
    expect(executed.count).toBe(1);
    const second = await run(PEOPLE, { prefix: '' });
    const third = await run(PEOPLE, { prefix: 'A' });
    expect(executed.count).toBe(1);
    expect(second).toEqual(first);
    expect(first.data).toEqual({
      people: [
        { id: '1', name: 'Ana', affiliation: { name: 'ASEAN-ISIS' } },
        { id: '2', name: 'Bo', affiliation: null },
      ],
    });
    expect(third.data).toEqual({ people: [{ id: '1', name: 'Ana', affiliation: { name: 'ASEAN-ISIS' } }] });
    await apollo.stop();
  });

  it('answers an error the usual way, formatted, even once the query is compiled', async () => {
    const { apollo, executed, run } = server();
    await apollo.start();
    const PERSON = `query Person($id: ID!) { person(id: $id) { name } }`;
    await run(PERSON, { id: '1' });
    expect(await run(PERSON, { id: '1' })).toEqual({ data: { person: { name: 'Ana' } } });
    expect(executed.count).toBe(1);
    const refused = await run(PERSON, { id: 'refused' });
    expect(executed.count).toBe(2);
    expect(refused.data).toEqual({ person: null });
    expect(refused.errors).toEqual([expect.objectContaining({ extensions: { code: 'REFUSED_HERE' } })]);
    await apollo.stop();
  });

  it('leaves mutations, and queries that take an input object, to graphql-js', async () => {
    const { apollo, executed, run } = server();
    await apollo.start();
    const RENAME = `mutation Rename($id: ID!) { rename(id: $id, name: "Cy") { name } }`;
    const BY_NAME = `query ByName($input: NameInput!) { byName(input: $input) { id } }`;
    const BY_LITERAL = `{ byName(input: { name: "Bo" }) { id } }`;
    for (let i = 0; i < 3; i++) {
      expect((await run(RENAME, { id: '1' })).data).toEqual({ rename: { name: 'Cy' } });
      expect((await run(BY_NAME, { input: { name: 'Ana' } })).data).toEqual({ byName: [{ id: '1' }] });
      expect((await run(BY_LITERAL)).data).toEqual({ byName: [{ id: '2' }] });
    }
    expect(executed.count).toBe(9);
    await apollo.stop();
  });
});
