import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_POLICY } from '../../apps/api/src/access/access-policy.decorator';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const RESOLVER_TYPE = 'graphql:resolver_type';

/** Every query, mutation and subscription handler of the running app, with its declared policy. */
function operationHandlers(): { name: string; policy: unknown }[] {
  const modules = t.app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const reflector = t.app.get(Reflector);
  const handlers: { name: string; policy: unknown }[] = [];
  const wrappers = [...modules.values()].flatMap((module) => [...module.providers.values()]);
  for (const wrapper of wrappers) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[method] as () => unknown;
      const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
      handlers.push({
        name: `${type}.${instance.constructor.name}.${method}`,
        policy: reflector.getAllAndOverride(ACCESS_POLICY, [handler, instance.constructor]),
      });
    }
  }
  return handlers;
}

describe('access policies', () => {
  it('finds the operations of the schema', () => {
    const names = operationHandlers().map((h) => h.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Query.MeetingsResolver.meetings',
        'Mutation.AuthResolver.signIn',
        'Subscription.MeetingsResolver.meetingUpdated',
      ]),
    );
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect(names.length).toBe(fields.length);
  });

  it('has every query, mutation and subscription declare @Public, @SignedIn or @PlatformAdmin', () => {
    const undeclared = operationHandlers().filter(
      (h) => !['public', 'signed-in', 'platform-admin'].includes(h.policy as string),
    );
    expect(undeclared.map((h) => h.name)).toEqual([]);
  });

  it('keeps public only what a signed-out visitor needs', () => {
    const open = operationHandlers()
      .filter((h) => h.policy === 'public')
      .map((h) => h.name.split('.').pop())
      .sort();
    expect(open).toEqual([
      'acceptAccountInvitation',
      'accountInvitation',
      'meetingInvitation',
      'respondToInvitation',
      'signIn',
      'signOut',
      'viewer',
    ]);
  });
});
