import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error';

const QUERY_PARAMETERS = 'plenary:query-parameters';

/** The query parameters a route reads; any other is refused. A route without this takes none. */
export const QueryParameters = (...names: string[]) => SetMetadata(QUERY_PARAMETERS, names);

/**
 * Refuses a parameter the route does not read, with a 400 that names it: a misspelt filter
 * (`?documentId=` for `?document=`) would otherwise be ignored, and the file silently hold more
 * than was asked for.
 */
@Injectable()
export class KnownQueryParameters implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const known = this.reflector.get<string[] | undefined>(QUERY_PARAMETERS, context.getHandler()) ?? [];
    const query = context.switchToHttp().getRequest<Request>().query as Record<string, unknown>;
    const unknown = Object.keys(query).find((name) => !known.includes(name));
    if (unknown === undefined) return true;
    const takes = known.length
      ? `This address takes ${known.map((name) => `"${name}"`).join(', ')}.`
      : 'This address takes no parameters.';
    const name = unknown.slice(0, 100);
    throw new DomainError('UNKNOWN_PARAMETER', `Unknown parameter "${name}". ${takes}`, { field: name });
  }
}
