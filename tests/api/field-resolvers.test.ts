import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import {
  ARGS_TYPE_METADATA,
  GraphQLSchemaHost,
  PARAM_ARGS_METADATA,
  RESOLVER_PROPERTY_METADATA,
} from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Every `@ResolveField` method of the running app, with the parameter decorators Nest recorded for it. */
function fieldResolverMethods(): { name: string; decorated: number; hasArgs: boolean }[] {
  const scanner = t.app.get(MetadataScanner);
  const seen = new Set<object>();
  const found: { name: string; decorated: number; hasArgs: boolean }[] = [];
  for (const wrapper of t.app.get(DiscoveryService).getProviders()) {
    const instance: unknown = wrapper.instance;
    if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
    seen.add(instance);
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(prototype)) {
      if (Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, prototype[method] as object) !== true) continue;
      const params = (Reflect.getMetadata(PARAM_ARGS_METADATA, instance.constructor, method) ?? {}) as object;
      const args = (Reflect.getMetadata(ARGS_TYPE_METADATA, instance.constructor, method) ?? []) as unknown[];
      found.push({
        name: `${instance.constructor.name}.${method}`,
        decorated: Object.keys(params).length,
        hasArgs: args.length > 0,
      });
    }
  }
  return found;
}

describe('field resolvers', () => {
  it('take (parent, args, context) without parameter decorators, unless the field has arguments of its own', () => {
    const methods = fieldResolverMethods();
    expect(methods.length).toBeGreaterThan(100);
    // `@Args` is the one way to declare a field's arguments, and any parameter decorator makes Nest
    // wrap the method in its per-call context (pipes, parameter factories) on every row of every list.
    expect(methods.filter((m) => m.decorated > 0 && !m.hasArgs).map((m) => m.name)).toEqual([]);
  });

  it('are the methods themselves in the served schema, not a per-call wrapper', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
    const wrapped: string[] = [];
    let direct = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || roots.has(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        // Plain properties get Nest's `rootFieldResolver`; arguments need `@Args`, hence the wrapper.
        if (!field.resolve || field.resolve.name === 'rootFieldResolver' || field.args.length > 0) continue;
        // A method Nest binds directly keeps its name ("bound viewerRoles"); its per-call wrapper does not.
        if (field.resolve.name.endsWith(` ${field.name}`)) direct += 1;
        else wrapped.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrapped).toEqual([]);
    expect(direct).toBeGreaterThan(100);
  });
});
