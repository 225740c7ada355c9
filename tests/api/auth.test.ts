import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@plenary/seeds';
import { Factory } from '../helpers/factories';
import { expectData, expectError, GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const VIEWER = `{ viewer { email isPlatformAdmin person { name sortName } } }`;
const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id email disabled person { name } } }`;
const PREVIEW = `query Preview($token: String!) { accountInvitation(token: $token) { name email state } }`;
const ACCEPT = `mutation Accept($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { user { email } } }`;

/** The one-time link as the invited person receives it: from the e-mail in the outbox. */
async function invitationTokenFor(email: string): Promise<string> {
  const [message] = await t.dataSource.query<{ body_text: string }[]>(
    `SELECT body_text FROM outbox_messages WHERE to_address = $1 AND kind = 'ACCOUNT_INVITATION' ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  const match = /\/invitation\/([\w-]+)/.exec(message!.body_text);
  return match![1]!;
}

async function admin(): Promise<GraphQLTestClient> {
  return t.client().as('admin@plenary.example', demoPassword);
}

describe('signing in', () => {
  it('signs in with the right password and sets an httpOnly, SameSite session cookie', async () => {
    const client = t.client();
    const response = await client.signIn('secretariat@plenary.example', demoPassword);
    expect(expectData(response)).toMatchObject({ signIn: { user: { email: 'secretariat@plenary.example' } } });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^plenary_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const viewer = expectData(await client.gql<{ viewer: { person: { name: string } } }>(VIEWER));
    expect(viewer.viewer.person.name).toBe('이서연');
  });

  it('accepts the e-mail in any case and with stray spaces', async () => {
    expectData(await t.client().signIn('  Secretariat@Plenary.Example ', demoPassword));
  });

  it('refuses a wrong password without setting a cookie', async () => {
    const client = t.client();
    const response = await client.signIn('expert@plenary.example', 'not the password');
    expectError(response, 'UNAUTHENTICATED', 'WRONG_CREDENTIALS');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(expectData(await client.gql(VIEWER))).toEqual({ viewer: null });
  });

  it('answers an unknown e-mail exactly as a wrong password', async () => {
    const unknown = await t.client().signIn('nobody@plenary.example', demoPassword);
    const wrong = await t.client().signIn('observer@plenary.example', 'wrong password');
    expect(expectError(unknown, 'UNAUTHENTICATED', 'WRONG_CREDENTIALS').message).toBe(
      expectError(wrong, 'UNAUTHENTICATED', 'WRONG_CREDENTIALS').message,
    );
  });

  it('refuses further tries after five failures for one e-mail, even with the right password', async () => {
    const user = await factory.user();
    for (let i = 0; i < 5; i++) expectError(await t.client().signIn(user.email, 'wrong'), 'UNAUTHENTICATED');
    expectError(await t.client().signIn(user.email, user.password), 'TOO_MANY_REQUESTS', 'TOO_MANY_SIGN_IN_ATTEMPTS');
    expect(await factory.count('sessions', 'user_id = $1', [user.userId])).toBe(0);
  });

  it('does not hold earlier failures against a user who then signed in', async () => {
    const user = await factory.user();
    for (let i = 0; i < 4; i++) await t.client().signIn(user.email, 'wrong');
    expectData(await t.client().signIn(user.email, user.password));
    for (let i = 0; i < 4; i++) await t.client().signIn(user.email, 'wrong');
    expectData(await t.client().signIn(user.email, user.password));
  });

  it('refuses a disabled account', async () => {
    const user = await factory.user();
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.userId]);
    expectError(await t.client().signIn(user.email, user.password), 'UNAUTHENTICATED', 'ACCOUNT_DISABLED');
  });

  it('signs out: the cookie is cleared and the old session no longer works', async () => {
    const client = await t.client().as('observer@plenary.example', demoPassword);
    const stolen = client.sessionCookie!;
    expect(expectData(await client.gql('mutation { signOut }'))).toEqual({ signOut: true });
    expect(expectData(await client.gql(VIEWER))).toEqual({ viewer: null });
    const replay = new GraphQLTestClient(t.baseUrl);
    const response = await replay.post('{"query":"{ viewer { email } }"}', { cookie: stolen });
    expect(response.data).toEqual({ viewer: null });
  });

  it('never returns a password hash or token through the API', async () => {
    const client = await admin();
    const response = await client.gql(`{ users { id email person { name } } }`);
    const text = JSON.stringify(response);
    expect(text).not.toMatch(/argon2|password|token/i);
    const typeNames = expectData(
      await client.gql<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "User") { fields { name } } }`),
    );
    expect(typeNames.__type.fields.map((f) => f.name)).not.toContain('passwordHash');
  });
});

describe('invitations', () => {
  it('lets an administrator invite a person, who sets a password through the e-mailed link and is signed in', async () => {
    const client = await admin();
    const email = `new-${Date.now()}@example.org`;
    const invited = expectData(
      await client.gql<{ inviteUser: { id: string; email: string } }>(INVITE, {
        input: {
          name: 'Пётр Иванов',
          sortName: 'Ivanov, Pyotr',
          email,
          affiliationId: '0a000000-0000-4000-8000-000000000021',
        },
      }),
    );
    expect(invited.inviteUser.email).toBe(email);
    const token = await invitationTokenFor(email);
    const person = t.client();
    expect(expectData(await person.gql(PREVIEW, { token }))).toEqual({
      accountInvitation: { name: 'Пётр Иванов', email, state: 'PENDING' },
    });
    const accepted = await person.gql(ACCEPT, { input: { token, password: 'a long enough password' } });
    expect(expectData(accepted)).toEqual({ acceptAccountInvitation: { user: { email } } });
    expect(expectData(await person.gql<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(email);
    expectData(await t.client().signIn(email, 'a long enough password'));
  });

  it('refuses a link used a second time', async () => {
    const client = await admin();
    const email = `twice-${Date.now()}@example.org`;
    expectData(await client.gql(INVITE, { input: { name: 'Twice', email } }));
    const token = await invitationTokenFor(email);
    expectData(await t.client().gql(ACCEPT, { input: { token, password: 'first password 123' } }));
    expectError(
      await t.client().gql(ACCEPT, { input: { token, password: 'second password 456' } }),
      'BAD_USER_INPUT',
      'INVITATION_USED',
    );
    expect(expectData(await t.client().gql(PREVIEW, { token }))).toMatchObject({
      accountInvitation: { state: 'USED' },
    });
    expectError(await t.client().signIn(email, 'second password 456'), 'UNAUTHENTICATED', 'WRONG_CREDENTIALS');
  });

  it('refuses an expired link and leaves the account without a password', async () => {
    const client = await admin();
    const email = `late-${Date.now()}@example.org`;
    const { inviteUser } = expectData(
      await client.gql<{ inviteUser: { id: string } }>(INVITE, { input: { name: 'Late', email } }),
    );
    const token = await invitationTokenFor(email);
    await t.dataSource.query(
      `UPDATE account_invitations SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [inviteUser.id],
    );
    expect(expectData(await t.client().gql(PREVIEW, { token }))).toMatchObject({
      accountInvitation: { state: 'EXPIRED' },
    });
    expectError(
      await t.client().gql(ACCEPT, { input: { token, password: 'a fine password' } }),
      'BAD_USER_INPUT',
      'INVITATION_EXPIRED',
    );
    const [row] = await t.dataSource.query<{ password_hash: string | null }[]>(
      `SELECT password_hash FROM users WHERE id = $1`,
      [inviteUser.id],
    );
    expect(row!.password_hash).toBeNull();
  });

  it('refuses a made-up token', async () => {
    expectError(await t.client().gql(PREVIEW, { token: 'made-up' }), 'BAD_USER_INPUT', 'INVITATION_INVALID');
    expectError(
      await t.client().gql(ACCEPT, { input: { token: 'made-up', password: 'a fine password' } }),
      'BAD_USER_INPUT',
      'INVITATION_INVALID',
    );
  });

  it('refuses a short password and keeps the link usable', async () => {
    const client = await admin();
    const email = `short-${Date.now()}@example.org`;
    expectData(await client.gql(INVITE, { input: { name: 'Short', email } }));
    const token = await invitationTokenFor(email);
    const error = expectError(
      await t.client().gql(ACCEPT, { input: { token, password: 'short' } }),
      'BAD_USER_INPUT',
      'WEAK_PASSWORD',
    );
    expect(error.extensions?.field).toBe('password');
    expectData(await t.client().gql(ACCEPT, { input: { token, password: 'now long enough' } }));
  });

  it('replaces an unused link when a new one is sent', async () => {
    const client = await admin();
    const email = `resend-${Date.now()}@example.org`;
    const { inviteUser } = expectData(
      await client.gql<{ inviteUser: { id: string } }>(INVITE, { input: { name: 'Resend', email } }),
    );
    const first = await invitationTokenFor(email);
    expectData(
      await client.gql(`mutation R($id: ID!) { resendAccountInvitation(userId: $id) { id } }`, { id: inviteUser.id }),
    );
    const second = await invitationTokenFor(email);
    expect(second).not.toBe(first);
    expectError(
      await t.client().gql(ACCEPT, { input: { token: first, password: 'a fine password' } }),
      'BAD_USER_INPUT',
      'INVITATION_INVALID',
    );
    expectData(await t.client().gql(ACCEPT, { input: { token: second, password: 'a fine password' } }));
  });

  it('refuses an invitation from someone who is not a platform administrator, storing nothing', async () => {
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    const before = await factory.count('users');
    expectError(
      await client.gql(INVITE, { input: { name: 'Sneaky', email: 'sneaky@example.org' } }),
      'FORBIDDEN',
      'PLATFORM_ADMIN_REQUIRED',
    );
    expect(await factory.count('users')).toBe(before);
    expect(await factory.count('outbox_messages', `to_address = 'sneaky@example.org'`)).toBe(0);
  });

  it('refuses bad input to inviteUser with the field named, storing nothing', async () => {
    const client = await admin();
    const before = { users: await factory.count('users'), people: await factory.count('people') };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: 'X', email: 'not-an-email' }, 'INVALID_EMAIL', 'email'],
      [{ name: '   ', email: 'blank@example.org' }, 'INVALID_INPUT', 'name'],
      [{ name: 'x'.repeat(201), email: 'long@example.org' }, 'TEXT_TOO_LONG', 'name'],
      [{ name: 'Taken', email: 'expert@plenary.example' }, 'EMAIL_TAKEN', 'email'],
      [
        { name: 'Nowhere', email: 'nowhere@example.org', affiliationId: '0a000000-0000-4000-8000-0000000000ff' },
        'UNKNOWN_ORGANIZATION',
        'affiliationId',
      ],
    ];
    for (const [input, reason, field] of cases) {
      const error = expectError(
        await client.gql(INVITE, { input }),
        reason === 'EMAIL_TAKEN' ? 'CONFLICT' : 'BAD_USER_INPUT',
        reason,
      );
      expect(error.extensions?.field).toBe(field);
    }
    expectError(
      await client.gql(INVITE, { input: { name: 42, email: 'typed@example.org' } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expect(await factory.count('users')).toBe(before.users);
    expect(await factory.count('people')).toBe(before.people);
  });
});

describe('administering accounts', () => {
  const DISABLE = `mutation D($id: ID!, $disabled: Boolean!) { setUserDisabled(userId: $id, disabled: $disabled) { id disabled } }`;

  it('ends every session opened with the old password when a new one is set through a link', async () => {
    const user = await factory.user();
    const signedIn = await t.client().as(user.email, user.password);
    expect(expectData(await signedIn.gql<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(user.email);
    expectData(
      await (
        await admin()
      ).gql(`mutation R($id: ID!) { resendAccountInvitation(userId: $id) { id } }`, {
        id: user.userId,
      }),
    );
    const token = await invitationTokenFor(user.email);
    const owner = t.client();
    expectData(await owner.gql(ACCEPT, { input: { token, password: 'a brand new passphrase' } }));
    expect(expectData(await signedIn.gql(VIEWER))).toEqual({ viewer: null });
    expect(expectData(await owner.gql<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(user.email);
  });

  it('disables an account, which ends its sessions, and enables it again', async () => {
    const user = await factory.user();
    const victim = await t.client().as(user.email, user.password);
    const client = await admin();
    expect(expectData(await client.gql(DISABLE, { id: user.userId, disabled: true }))).toEqual({
      setUserDisabled: { id: user.userId, disabled: true },
    });
    expect(expectData(await victim.gql(VIEWER))).toEqual({ viewer: null });
    expectData(await client.gql(DISABLE, { id: user.userId, disabled: false }));
    expectData(await t.client().signIn(user.email, user.password));
  });

  it('refuses to let an administrator disable their own account', async () => {
    const client = await admin();
    const [me] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE email = 'admin@plenary.example'`,
    );
    expectError(await client.gql(DISABLE, { id: me!.id, disabled: true }), 'CONFLICT', 'CANNOT_DISABLE_SELF');
  });

  it('refuses to let anyone else disable an account', async () => {
    const user = await factory.user();
    const client = await t.client().as('co-chair@plenary.example', demoPassword);
    expectError(await client.gql(DISABLE, { id: user.userId, disabled: true }), 'FORBIDDEN', 'PLATFORM_ADMIN_REQUIRED');
    expect(await factory.count('users', 'id = $1 AND disabled_at IS NULL', [user.userId])).toBe(1);
  });

  it('answers NOT_FOUND for an unknown account', async () => {
    const client = await admin();
    expectError(await client.gql(DISABLE, { id: '00000000-0000-4000-8000-000000000000', disabled: true }), 'NOT_FOUND');
  });

  it('records each account change in the audit trail, which cannot be rewritten', async () => {
    const user = await factory.user();
    const client = await admin();
    expectData(await client.gql(DISABLE, { id: user.userId, disabled: true }));
    expect(await factory.count('audit_events', `object_id = $1 AND action = 'user.disabled'`, [user.userId])).toBe(1);
    await expect(t.dataSource.query(`DELETE FROM audit_events WHERE object_id = $1`, [user.userId])).rejects.toThrow(
      /append-only/,
    );
  });
});
