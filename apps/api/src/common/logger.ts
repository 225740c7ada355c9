import type { LoggerService } from '@nestjs/common';
import pino from 'pino';
import { redactSecretPaths } from './secret-links';

/**
 * Structured logs, one JSON object a line. Secrets are redacted at the source so that no
 * password, token, session cookie or statement parameter can reach a log line. `destination`
 * defaults to standard output.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      level,
      base: { service: 'plenary-api' },
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
          'password',
          'token',
          '*.password',
          '*.token',
          '*.variables',
          // A failed statement carries its values (a calendar token, an e-mail, a comment's text).
          'err.parameters',
          'err.driverError.parameters',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/**
 * What a request's log line says about it: method, path and status. Headers (cookies among them)
 * and query strings never reach the log, and the secret part of a path is redacted, since
 * /rsvp/…, /invitation/… and /calendar/….ics act for whoever holds them.
 */
export const httpLogSerializers = {
  req: (req: { method: string; url: string }) => ({
    method: req.method,
    url: redactSecretPaths(req.url.split('?')[0] ?? ''),
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/** Nest's line-per-module start-up messages: useful when debugging, noise otherwise. */
const startupChatter = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestFactory']);

/** Routes Nest's own messages into the same structured log. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: pino.Logger) {}

  log(message: unknown, context?: string): void {
    const level = context && startupChatter.has(context) ? 'debug' : 'info';
    this.logger[level]({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}

export const LOGGER = Symbol('LOGGER');
