import type { ServerResponse } from 'node:http';

/**
 * A request's id travels on the request itself (its `x-request-id` response header, set first
 * thing) and on the GraphQL context, not in an AsyncLocalStorage: on Node 20 that runs a hook on
 * every promise of every request.
 */
export function requestIdOf(res: ServerResponse): string | undefined {
  const id = res.getHeader('x-request-id');
  return typeof id === 'string' ? id : undefined;
}
