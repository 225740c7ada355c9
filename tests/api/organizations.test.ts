import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, org } from '@plenary/seeds';
import { Factory } from '../helpers/factories';
import { expectData, expectError } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const CREATE = `mutation C($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name acronym kind country parent { acronym } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id name parent { id } } }`;
const LIST = `query L($search: String) { organizations(search: $search) { name acronym kind country parent { acronym } } }`;

describe('the organization directory', () => {
  it('lists the organizations of the source documents, with member committees under their council', async () => {
    const client = await t.client().as('expert@plenary.example', demoPassword);
    const { organizations } = expectData(
      await client.gql<{ organizations: { acronym: string; kind: string; parent: { acronym: string } | null }[] }>(
        LIST,
        {},
      ),
    );
    const acronyms = organizations.map((o) => o.acronym);
    for (const expected of [
      'ESCAP-ENEA',
      'TCS',
      'GTI',
      'NEAR',
      'ADB',
      'ASEAN',
      'APEC',
      'SCO',
      'UNDP',
      'CSCAP',
      'CSCAP-Korea',
      'CSCAP-China',
      'CSCAP-Japan',
      'CSCAP-US',
      'CSCAP-Russia',
    ]) {
      expect(acronyms).toContain(expected);
    }
    expect(organizations.find((o) => o.acronym === 'CSCAP-Japan')).toMatchObject({
      kind: 'MEMBER_COMMITTEE',
      parent: { acronym: 'CSCAP' },
    });
  });

  it('finds organizations by name or acronym, treating % and _ as plain text', async () => {
    const client = await t.client().as('expert@plenary.example', demoPassword);
    const { organizations } = expectData(
      await client.gql<{ organizations: { acronym: string }[] }>(LIST, { search: 'tumen' }),
    );
    expect(organizations.map((o) => o.acronym)).toEqual(['GTI']);
    expect(expectData(await client.gql(LIST, { search: '%' }))).toEqual({ organizations: [] });
  });

  it('is closed to people who are signed out', async () => {
    expectError(await t.client().gql(LIST, {}), 'UNAUTHENTICATED');
  });
});

describe('managing organizations', () => {
  it('lets a platform administrator add and edit an organization', async () => {
    const client = await t.client().as('admin@plenary.example', demoPassword);
    const { createOrganization } = expectData(
      await client.gql<{ createOrganization: { id: string } }>(CREATE, {
        input: {
          name: 'CSCAP-Mongolia Institute',
          acronym: 'CMI',
          kind: 'THINK_TANK',
          country: 'mn',
          parentId: org.cscap,
        },
      }),
    );
    expect(createOrganization).toMatchObject({
      name: 'CSCAP-Mongolia Institute',
      country: 'MN',
      parent: { acronym: 'CSCAP' },
    });
    const { updateOrganization } = expectData(
      await client.gql<{ updateOrganization: { name: string; parent: null } }>(UPDATE, {
        id: createOrganization.id,
        input: { name: 'Mongolian Institute', parentId: null },
      }),
    );
    expect(updateOrganization).toMatchObject({ name: 'Mongolian Institute', parent: null });
  });

  it('refuses anyone else, changing nothing', async () => {
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    const before = await factory.count('organizations');
    expectError(
      await client.gql(CREATE, { input: { name: 'Rogue', kind: 'OTHER' } }),
      'FORBIDDEN',
      'PLATFORM_ADMIN_REQUIRED',
    );
    expectError(
      await client.gql(UPDATE, { id: org.tcs, input: { name: 'Renamed' } }),
      'FORBIDDEN',
      'PLATFORM_ADMIN_REQUIRED',
    );
    expect(await factory.count('organizations')).toBe(before);
    expect(await factory.count('organizations', `name = 'Trilateral Cooperation Secretariat'`)).toBe(1);
  });

  it('refuses bad input with the field named, changing nothing', async () => {
    const client = await t.client().as('admin@plenary.example', demoPassword);
    const before = await factory.count('organizations');
    const cases: [string, Record<string, unknown>, string, string, string | undefined][] = [
      [CREATE, { input: { name: '', kind: 'OTHER' } }, 'BAD_USER_INPUT', 'INVALID_INPUT', 'name'],
      [CREATE, { input: { name: 'N'.repeat(201), kind: 'OTHER' } }, 'BAD_USER_INPUT', 'TEXT_TOO_LONG', 'name'],
      [
        CREATE,
        { input: { name: 'Acronym', acronym: 'A'.repeat(33), kind: 'OTHER' } },
        'BAD_USER_INPUT',
        'TEXT_TOO_LONG',
        'acronym',
      ],
      [
        CREATE,
        { input: { name: 'Country', kind: 'OTHER', country: 'XX' } },
        'BAD_USER_INPUT',
        'INVALID_COUNTRY',
        'country',
      ],
      [
        CREATE,
        { input: { name: 'Greater Tumen Initiative', kind: 'OTHER' } },
        'CONFLICT',
        'ORGANIZATION_EXISTS',
        'name',
      ],
      [CREATE, { input: { name: 'Kind', kind: 'CLUB' } }, 'BAD_USER_INPUT', 'INVALID_INPUT', undefined],
      [
        CREATE,
        { input: { name: 'Orphan', kind: 'OTHER', parentId: '0a000000-0000-4000-8000-0000000000ff' } },
        'NOT_FOUND',
        'NOT_FOUND',
        undefined,
      ],
      [UPDATE, { id: org.cscap, input: { parentId: org.cscapKorea } }, 'BAD_USER_INPUT', 'PARENT_CYCLE', 'parentId'],
      [
        UPDATE,
        { id: '0a000000-0000-4000-8000-0000000000ff', input: { name: 'Ghost' } },
        'NOT_FOUND',
        'NOT_FOUND',
        undefined,
      ],
    ];
    for (const [doc, variables, code, reason, field] of cases) {
      const error = expectError(await client.gql(doc, variables), code, reason);
      if (field) expect(error.extensions?.field, reason).toBe(field);
    }
    expect(await factory.count('organizations')).toBe(before);
    expect(await factory.count('organizations', 'id = $1 AND parent_id IS NULL', [org.cscap])).toBe(1);
  });
});

describe('the people directory', () => {
  it('orders names written in different scripts by their Latin sort name and returns them intact', async () => {
    const client = await t.client().as('expert@plenary.example', demoPassword);
    const { people } = expectData(
      await client.gql<{ people: { name: string; sortName: string }[] }>(`{ people { name sortName } }`),
    );
    const sortNames = people.map((p) => p.sortName);
    expect(sortNames).toEqual([...sortNames].sort((a, b) => a.localeCompare(b, 'en')));
    expect(people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['이서연', '王磊', '佐藤遥', 'Анна Соколова', 'Батбаярын Оюунчимэг']),
    );
  });

  it('finds a person by a name in their own script', async () => {
    const client = await t.client().as('expert@plenary.example', demoPassword);
    const { people } = expectData(
      await client.gql<{ people: { sortName: string }[] }>(`query P($s: String) { people(search: $s) { sortName } }`, {
        s: '佐藤',
      }),
    );
    expect(people).toEqual([{ sortName: 'Sato Haruka' }]);
  });
});
