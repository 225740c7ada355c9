import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInLimits } from '../../apps/api/src/auth/auth.service';
import { Factory } from '../helpers/factories';
import { GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  // Behind a proxy, as deployed: each test signs in from an address of its own (X-Forwarded-For).
  t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
let lastAddress = 0;

/** A fresh address, so that each test starts with no failures held against it. */
function newAddress(): string {
  lastAddress += 1;
  return `198.51.100.${lastAddress}`;
}

async function signInFrom(address: string, email: string, password: string): Promise<string> {
  const response = await new GraphQLTestClient(t.baseUrl).post(
    JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
    { 'x-forwarded-for': address },
  );
  return response.errors?.[0]?.extensions?.reason ?? 'SIGNED_IN';
}

/** How many of the answers gave each outcome. */
function tally(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

describe('sign-in limits under simultaneous tries', () => {
  it('checks at most five of twelve simultaneous wrong passwords for one e-mail, from many addresses, and refuses the rest', async () => {
    const user = await factory.user();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signInFrom(newAddress(), user.email, `wrong ${i}`)),
    );
    expect(tally(outcomes)).toEqual({
      WRONG_CREDENTIALS: signInLimits.perEmail,
      TOO_MANY_SIGN_IN_ATTEMPTS: 12 - signInLimits.perEmail,
    });
    expect(await factory.count('sign_in_attempts', 'email = $1', [user.email])).toBe(signInLimits.perEmail);
    // The limit holds for the right password too, from any address.
    expect(await signInFrom(newAddress(), user.email, user.password)).toBe('TOO_MANY_SIGN_IN_ATTEMPTS');
    expect(await factory.count('sessions', 'user_id = $1', [user.userId])).toBe(0);
  });

  it('checks at most thirty simultaneous guesses from one address across many e-mails', async () => {
    const address = newAddress();
    const emails = Array.from({ length: 40 }, () => `guess-${randomUUID()}@example.org`);
    const outcomes = await Promise.all(emails.map((email) => signInFrom(address, email, 'guess')));
    expect(tally(outcomes)).toEqual({
      WRONG_CREDENTIALS: signInLimits.perAddress,
      TOO_MANY_SIGN_IN_ATTEMPTS: 40 - signInLimits.perAddress,
    });
    expect(await factory.count('sign_in_attempts', 'ip = $1', [address])).toBe(signInLimits.perAddress);
    // Someone else, elsewhere, still signs in.
    const user = await factory.user();
    expect(await signInFrom(newAddress(), user.email, user.password)).toBe('SIGNED_IN');
  });

  it('starts the count for an e-mail again after its owner signs in', async () => {
    const user = await factory.user();
    const address = newAddress();
    for (let i = 0; i < signInLimits.perEmail - 1; i++) {
      expect(await signInFrom(address, user.email, 'wrong')).toBe('WRONG_CREDENTIALS');
    }
    expect(await signInFrom(address, user.email, user.password)).toBe('SIGNED_IN');
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signInFrom(newAddress(), user.email, `wrong ${i}`)),
    );
    expect(tally(outcomes)).toEqual({
      WRONG_CREDENTIALS: signInLimits.perEmail,
      TOO_MANY_SIGN_IN_ATTEMPTS: 8 - signInLimits.perEmail,
    });
  });
});
