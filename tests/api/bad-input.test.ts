import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, meeting } from '@plenary/seeds';
import { createLogger } from '../../apps/api/src/common/logger';
import { Factory } from '../helpers/factories';
import { expectError, type GraphQLResponse, type GraphQLTestClient } from '../helpers/graphql-client';
import { draftMemorandum, memorandumCast, workingParagraphs } from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { wsClient } from '../helpers/live-client';

/** Every entry the app logs at error level or above during this file. */
const errorsLogged: string[] = [];

let t: TestApp;
let factory: Factory;
let admin: GraphQLTestClient;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const entry = JSON.parse(chunk.toString()) as { level: number; msg: string };
      if (entry.level >= 50) errorsLogged.push(entry.msg);
      done();
    },
  });
  t = await startTestApp({ demoData: true, logger: createLogger('info', sink) });
  factory = new Factory(t.dataSource);
  admin = await t.client().as('admin@plenary.example', demoPassword);
});
afterAll(() => t.close());
afterEach(() => {
  expect(errorsLogged.splice(0), 'a client mistake logged as an unexpected error').toEqual([]);
});

const NUL = 'a\u0000b';

// Building a request for every field of the schema

/** A value graphql-js accepts for the type, so that only the value under test is wrong. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  const scalars: Record<string, unknown> = {
    ID: randomUUID(),
    String: 'text',
    Int: 1,
    Float: 1,
    Boolean: true,
    LocalDate: '2026-05-12',
    DateTime: '2026-05-12T09:00:00Z',
  };
  const value = scalars[type.name];
  if (value === undefined) throw new Error(`No sample for the scalar ${type.name}`);
  return value;
}

/** Wraps a value the way the type nests it in lists. */
function shaped(type: GraphQLInputType, value: unknown): unknown {
  if (isNonNullType(type)) return shaped(type.ofType, value);
  return isListType(type) ? [shaped(type.ofType, value)] : value;
}

interface Probe {
  /** Where the bad value goes: `meeting(id)`, `addParagraph(input.documentId)`. */
  at: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One request a position of the given scalar: each argument of that type, and each field of that
 * type in an input-object argument, given `bad` while everything else is well formed.
 */
function probes(schema: GraphQLSchema, scalar: 'ID' | 'String', bad: unknown): Probe[] {
  const found: Probe[] = [];
  const roots: [string, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  for (const [operation, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (named.name === scalar) found.push(probe(operation, field, arg, shaped(arg.type, bad), arg.name));
        if (isInputObjectType(named)) {
          for (const inner of Object.values(named.getFields())) {
            if (getNamedType(inner.type).name !== scalar) continue;
            const value = shaped(arg.type, { ...(sample(named) as object), [inner.name]: shaped(inner.type, bad) });
            found.push(probe(operation, field, arg, value, `${arg.name}.${inner.name}`));
          }
        }
      }
    }
  }
  return found;
}

function probe(
  operation: string,
  field: GraphQLField<unknown, unknown>,
  target: GraphQLArgument,
  value: unknown,
  where: string,
): Probe {
  const args = field.args.filter((arg) => arg === target || isNonNullType(arg.type));
  const variables = Object.fromEntries(args.map((arg) => [arg.name, arg === target ? value : sample(arg.type)]));
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    at: `${field.name}(${where})`,
    query: `${operation} (${declared}) { ${field.name}(${passed})${selection} }`,
    variables,
  };
}

/** What each probe was answered, for those not answered with the expected refusal. */
async function wrongAnswers(list: Probe[], reason: string): Promise<string[]> {
  const wrong: string[] = [];
  for (const { at, query, variables } of list) {
    const response = await admin.gql(query, variables);
    const error = response.errors?.[0]?.extensions;
    const ok = response.status === 400 && !response.data && error?.code === 'BAD_USER_INPUT' && error.reason === reason;
    if (!ok) wrong.push(`${at}: ${response.status} ${JSON.stringify(response.errors ?? response.data)}`);
  }
  return wrong;
}

function schema(): GraphQLSchema {
  return t.app.get(GraphQLSchemaHost).schema;
}

describe('an id that is not one', () => {
  it('is refused as INVALID_ID with a 400 wherever a query or mutation takes an id, before any resolver runs', async () => {
    const list = probes(schema(), 'ID', 'not-an-id');
    expect(list.length).toBeGreaterThan(100);
    await expect(wrongAnswers(list, 'INVALID_ID')).resolves.toEqual([]);
  });

  it('written into the query is refused the same way', async () => {
    for (const literal of ['"not-an-id"', '42']) {
      const response = await admin.gql(`{ meeting(id: ${literal}) { id } }`);
      expect(response.status).toBe(400);
      expectError(response, 'BAD_USER_INPUT', 'INVALID_ID');
    }
  });
});

describe('a NUL character, which PostgreSQL cannot store', () => {
  it('in any id is a 400 BAD_USER_INPUT, never a server error', async () => {
    const list = probes(schema(), 'ID', NUL);
    await expect(wrongAnswers(list, 'INVALID_INPUT')).resolves.toEqual([]);
  });

  it('in any text argument, or text field of an input, is a 400 BAD_USER_INPUT, never a server error', async () => {
    const list = probes(schema(), 'String', NUL);
    expect(list.length).toBeGreaterThan(50);
    await expect(wrongAnswers(list, 'INVALID_INPUT')).resolves.toEqual([]);
  });

  it('written into the query, or deep in a variable, is refused the same way', async () => {
    // Twice: the second request reuses the first one's parsed query, and what was found in it.
    for (let i = 0; i < 2; i++) {
      const written = await t
        .client()
        .gql(`mutation { signIn(input: { email: "kim\\u0000@example.org", password: "secret" }) { user { id } } }`);
      expect(written.status).toBe(400);
      expectError(written, 'BAD_USER_INPUT', 'INVALID_INPUT');
    }
    const deep = await admin.gql(
      `mutation I($meetingId: ID!, $input: InviteParticipantInput!) { inviteParticipant(meetingId: $meetingId, input: $input) { id } }`,
      {
        meetingId: meeting.incheon,
        input: { role: 'PARTICIPANT', newPerson: { name: 'Kim Ji-won', email: `kim${NUL}@example.org` } },
      },
    );
    expect(deep.status).toBe(400);
    expectError(deep, 'BAD_USER_INPUT', 'INVALID_INPUT');
  });

  it('in the e-mail of a sign-in is refused, not looked up', async () => {
    const response = await t.client().signIn(`secretariat${NUL}@plenary.example`, demoPassword);
    expect(response.status).toBe(400);
    expectError(response, 'BAD_USER_INPUT', 'INVALID_INPUT');
  });

  it("in a paragraph's HTML is refused and the draft is left as it was", async () => {
    const cast = await memorandumCast(t, factory);
    const draft = await draftMemorandum(cast, 'Memorandum on Energy Connectivity', ['First paragraph.']);
    const ADD = `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`;
    const SAVE = `mutation S($input: SaveParagraphInput!) { saveParagraph(input: $input) { paragraphId } }`;
    const [paragraph] = draft.paragraphs;
    for (const html of [`<p>${NUL}</p>`, '<p>a\u0007b</p>']) {
      expectError(
        await cast.coChair.client.gql(ADD, { input: { documentId: draft.id, content: { kind: 'TEXT', html } } }),
        'BAD_USER_INPUT',
        'INVALID_INPUT',
      );
      expectError(
        await cast.coChair.client.gql(SAVE, {
          input: {
            documentId: draft.id,
            paragraphId: paragraph!.paragraphId,
            baseRevision: paragraph!.revision,
            content: { kind: 'TEXT', html },
          },
        }),
        'BAD_USER_INPUT',
        'INVALID_INPUT',
      );
    }
    expect(await workingParagraphs(cast.coChair.client, draft.id)).toEqual(draft.paragraphs);
  });

  it('in the id of a live subscription is refused as a malformed id', async () => {
    const ws = wsClient(t, admin);
    try {
      for (const id of [NUL, 'not-an-id']) {
        const subscription = ws.iterate({
          query: 'subscription S($id: ID!) { meetingUpdated(id: $id) { id } }',
          variables: { id },
        });
        const result = await subscription.next();
        const errors = (result.value as { errors?: GraphQLResponse['errors'] } | undefined)?.errors;
        expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
      }
    } finally {
      await ws.dispose();
    }
  });

  it('in the address or query string of a download is a 4xx', async () => {
    const documentId = randomUUID();
    const paths = [
      `/meetings/a%00b/agenda.pdf`,
      `/meetings/${meeting.incheon}/participants.csv?status=a%00b`,
      `/documents/${documentId}/document.pdf?version=1%00`,
      `/recommendations/export.csv?status=a%00b`,
      `/recommendations/export.csv?studyGroup=a%00b`,
      `/recommendations/export.csv?a%00b=1`,
      `/files/a%00b`,
      `/calendar/a%00b.ics`,
    ];
    for (const path of paths) {
      const response = await fetch(`${t.baseUrl}${path}`, { headers: { cookie: admin.sessionCookie ?? '' } });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
    }
  });

  it('in the name of an uploaded file is a 400', async () => {
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4\n'], { type: 'application/pdf' }), `paper${NUL}.pdf`);
    const response = await fetch(`${t.baseUrl}/meetings/${meeting.incheon}/files`, {
      method: 'POST',
      headers: { cookie: admin.sessionCookie ?? '' },
      body: form,
    });
    expect(response.status).toBe(400);
  });
});

describe('a query the server cannot read', () => {
  const GRAPHQL_RESPONSE = 'application/graphql-response+json';

  async function post(query: string, accept: string): Promise<GraphQLResponse> {
    return admin.post(JSON.stringify({ query }), { accept });
  }

  it('answers 400 with a typed error when it does not parse', async () => {
    for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
      const response = await post('{ meetings { ', accept);
      expect(response.status, accept).toBe(400);
      expect(response.headers.get('content-type'), accept).toContain(accept);
      expectError(response, 'BAD_USER_INPUT', 'INVALID_QUERY');
    }
  });

  it('answers 400 with a typed error when it has more tokens than allowed', async () => {
    const response = await post(`{ ${Array.from({ length: 5_000 }, () => '__typename').join(' ')} }`, GRAPHQL_RESPONSE);
    expect(response.status).toBe(400);
    expectError(response, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');
  });

  it('answers a body that is not JSON with a typed 400', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
  });

  it('answers 400 when it asks for a field that does not exist', async () => {
    const response = await post('{ meetings { nothingHere } }', GRAPHQL_RESPONSE);
    expect(response.status).toBe(400);
    expectError(response, 'BAD_USER_INPUT', 'INVALID_QUERY');
  });
});
