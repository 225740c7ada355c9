import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import type { Viewer } from '../common/viewer';
import { PlatformAdmin, Public, SignedIn } from './access-policy.decorator';
import { AccessGuard } from './access.guard';

class Handlers {
  @Public() open() {}
  @SignedIn() members() {}
  @PlatformAdmin() admins() {}
  undeclared() {}
}

const expert: Viewer = { userId: 'u1', personId: 'p1', email: 'e@example.org', isPlatformAdmin: false };
const admin: Viewer = { ...expert, isPlatformAdmin: true };

function run(handler: keyof Handlers, viewer: Viewer | null): boolean {
  const context = {
    getHandler: () => Object.getOwnPropertyDescriptor(Handlers.prototype, handler)!.value as () => void,
    getClass: () => Handlers,
    getType: () => 'graphql',
    getArgs: () => [{}, {}, { viewer }, {}],
    getArgByIndex: (i: number) => [{}, {}, { viewer }, {}][i],
  } as unknown as ExecutionContext;
  return new AccessGuard(new Reflector()).canActivate(context);
}

function reason(handler: keyof Handlers, viewer: Viewer | null): string | undefined {
  try {
    run(handler, viewer);
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.reason : String(error);
  }
}

describe('AccessGuard', () => {
  it('lets anyone through a public handler', () => {
    expect(run('open', null)).toBe(true);
  });

  it('lets a signed-in user through a @SignedIn handler and refuses a visitor', () => {
    expect(run('members', expert)).toBe(true);
    expect(reason('members', null)).toBe('SIGN_IN_REQUIRED');
  });

  it('lets only platform administrators through a @PlatformAdmin handler', () => {
    expect(run('admins', admin)).toBe(true);
    expect(reason('admins', expert)).toBe('PLATFORM_ADMIN_REQUIRED');
  });

  it('refuses a handler that declares no policy, even for an administrator', () => {
    expect(reason('undeclared', admin)).toBe('NOT_PERMITTED');
  });
});
