import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../common/domain-error';
import type { GraphQLContext } from './graphql-context';

/** The signed-in user; refuses when there is none, so handlers never see a null viewer. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const viewer = GqlExecutionContext.create(context).getContext<GraphQLContext>().viewer;
  if (!viewer) throw new DomainError('SIGN_IN_REQUIRED', 'Sign in to continue.');
  return viewer;
});
