import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, expectError } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET /health', () => {
  it('answers 200 while the database answers', async () => {
    const response = await fetch(`${t.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('POST /graphql', () => {
  it('answers { __typename } without signing in', async () => {
    expect(expectData(await t.client().gql('{ __typename }'))).toEqual({ __typename: 'Query' });
  });

  it('tags every response with a request id, reusing a well-formed one from the caller', async () => {
    const response = await t.client().post('{"query":"{ __typename }"}', { 'x-request-id': 'trace-123' });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const fresh = await t.client().gql('{ __typename }');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers without an ETag: no one caches a POST, and hashing each answer costs every request', async () => {
    const response = await t.client().post('{"query":"{ __typename }"}');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
  });

  it('refuses a query nested deeper than the limit', async () => {
    const deep =
      '{ viewer { person { affiliation { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }';
    expectError(await t.client().gql(deep), 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');
  });

  it('counts a fragment as the fields it stands for, not as extra levels', async () => {
    const withFragments = `fragment O on Organization { name parent { name } }
      fragment P on Person { name affiliation { ...O } }
      fragment U on User { person { ...P } }
      { viewer { ...U } }`;
    expect(expectData(await t.client().gql(withFragments))).toEqual({ viewer: null });
  });

  it('refuses a query with more aliases than the limit', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    expectError(await t.client().gql(`{ ${aliases} }`), 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');
  });

  it('refuses a request body over the size limit with 413', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(413);
  });

  it('refuses a GET query without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('reports a malformed query as a typed error', async () => {
    expectError(await t.client().gql('{ meetings { '), 'BAD_USER_INPUT', 'INVALID_QUERY');
  });

  it('offers introspection outside production', async () => {
    const data = expectData(
      await t.client().gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }'),
    );
    expect(data.__schema.queryType.name).toBe('Query');
  });
});

describe('when the database stops answering', () => {
  it('GET /health answers 503, and 200 again once it is back', async () => {
    const own = await startTestApp();
    const name = new URL(own.databaseUrl).pathname.slice(1);
    const admin = new Client({ connectionString: own.databaseUrl.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    try {
      // As a database restart would: every connection dropped, none accepted for now.
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
      const down = await fetch(`${own.baseUrl}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', database: 'down' });
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    await expect.poll(async () => (await fetch(`${own.baseUrl}/health`)).status, { timeout: 10_000 }).toBe(200);
    await own.close();
  });
});
