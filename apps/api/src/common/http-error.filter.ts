import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Response } from 'express';
import type pino from 'pino';
import { ErrorCategory, type ErrorReason } from '@plenary/shared';
import { DomainError } from './domain-error';
import { LOGGER } from './logger';
import { requestIdOf } from './request-context';

const statusOf: Record<ErrorCategory, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * Refusals made before a route runs (a body that is not JSON or too large, an address no route
 * answers), in the registry's terms; any other 4xx is the client's input.
 */
const httpRefusals: Partial<Record<number, { code: ErrorCategory; reason: ErrorReason }>> = {
  401: { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' },
  403: { code: 'FORBIDDEN', reason: 'NOT_PERMITTED' },
  404: { code: 'NOT_FOUND', reason: 'NOT_FOUND' },
};

/**
 * For the plain HTTP routes (downloads, uploads): the same typed refusals as GraphQL, as a status
 * and a JSON body. GraphQL errors are shaped by the GraphQL error formatter instead.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: pino.Logger) {}

  catch(error: unknown, host: ArgumentsHost): unknown {
    // GraphQL errors go back to Apollo, whose formatter gives them their shape.
    if (host.getType<string>() === 'graphql') return error;
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError) {
      return res
        .status(statusOf[error.category])
        .json({ code: error.category, reason: error.reason, message: error.message, ...error.details });
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      const { code, reason } = httpRefusals[status] ?? { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' };
      return res.status(status).json({ code, reason, message: error.message });
    }
    const requestId = requestIdOf(res);
    this.logger.error({ err: error, requestId }, 'Unexpected error in an HTTP request');
    return res.status(500).json({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'INTERNAL',
      message: 'Something went wrong on our side.',
      requestId,
    });
  }
}
