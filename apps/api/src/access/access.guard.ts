import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../common/domain-error';
import type { Viewer } from '../common/viewer';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.decorator';

/** Global: requires a signed-in user unless the handler says otherwise. Fails closed. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy === 'public') return true;
    if (policy === undefined) {
      throw new DomainError('NOT_PERMITTED', 'This operation declares no access policy and is refused.');
    }
    // GraphQL requests carry the viewer in their context; plain HTTP routes on the request (ViewerMiddleware).
    const viewer =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<GraphQLContext>().viewer
        : (context.switchToHttp().getRequest<{ viewer?: Viewer | null }>().viewer ?? null);
    if (!viewer) throw new DomainError('SIGN_IN_REQUIRED', 'Sign in to continue.');
    if (policy === 'platform-admin' && !viewer.isPlatformAdmin) {
      throw new DomainError('PLATFORM_ADMIN_REQUIRED', 'Only platform administrators may do this.');
    }
    return true;
  }
}
