import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type pino from 'pino';
import type { WebSocket } from 'ws';
import type { AuthService } from '../auth/auth.service';
import type { LiveSessionsService } from '../auth/live-sessions.service';
import { clientIp, readSessionCookie, sessionTokenFromHeader } from '../auth/session-cookie';
import type { AppConfig } from '../config/config';
import { requestIdOf } from '../common/request-context';
import { compiledQueriesPlugin } from '../graphql/compiled-queries.plugin';
import { createErrorFormatter, requestIdPlugin } from '../graphql/format-error';
import type { GraphQLContext } from '../graphql/graphql-context';
import { refuseNulPlugin } from '../graphql/refuse-nul.plugin';
import { sharedSubscribe } from '../realtime/shared-subscribe';
import { withCheckedIds } from '../graphql/scalars';
import type { LoadersFactory } from './loaders';

type GraphQLWsOptions = Partial<ServerOptions> & { path: string };

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.gql');

interface WsContextArg {
  extra: { socket: WebSocket; request: IncomingMessage };
}

/** Limits that keep one request from costing the server more than a page ever needs. */
export const queryLimits = { maxDepth: 12, maxAliases: 15, maxCost: 20_000, maxTokens: 4_000, maxDirectives: 20 };

export function graphqlOptions(
  config: AppConfig,
  logger: pino.Logger,
  auth: AuthService,
  liveSessions: LiveSessionsService,
  loaders: LoadersFactory,
): ApolloDriverConfig {
  const armor = new ApolloArmor({
    // Fragments count once, as the fields they stand for, not as extra levels.
    maxDepth: { n: queryLimits.maxDepth, flattenFragments: true },
    maxAliases: { n: queryLimits.maxAliases },
    costLimit: { maxCost: queryLimits.maxCost },
    // Counted by graphql-js's own parser instead (parseOptions): armor's count runs in a plugin hook,
    // where a query it cannot read becomes a server error.
    maxTokens: { enabled: false },
    maxDirectives: { n: queryLimits.maxDirectives },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const formatError = createErrorFormatter(logger);
  // Live operations bypass Apollo Server, so their errors are given the same shape here.
  const formatAll = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.production,
    graphiql: !config.production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // graphql-armor is built against Apollo's ESM types, Nest against its CommonJS ones: the same plugins.
    // Plenary sends no cache hints; without the cache-control plugin Apollo does not wrap every field resolver.
    plugins: [
      ...protection.plugins,
      refuseNulPlugin,
      requestIdPlugin,
      compiledQueriesPlugin(),
      ApolloServerPluginCacheControlDisabled(),
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    transformSchema: withCheckedIds,
    formatError,
    subscriptions: {
      // Nest's type lists a subset of graphql-ws options; it passes them all through.
      'graphql-ws': {
        path: '/graphql',
        // An event many readers receive is answered once, and that answer sent to each of them.
        subscribe: sharedSubscribe,
        // A page from another site is refused at the handshake (refuseForeignUpgrades); here the
        // connection is tied to its session, to be closed when the session ends.
        onConnect: ({ extra }) => {
          const { socket, request } = extra as WsContextArg['extra'];
          return liveSessions.follow(socket, request);
        },
        onError: (_ctx, _id, _payload, errors) => formatAll(errors),
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: formatAll(result.errors) } : undefined,
      } satisfies GraphQLWsOptions as NonNullable<ApolloDriverConfig['subscriptions']>['graphql-ws'],
    },
    context: async (arg: { req: Request; res: Response } | WsContextArg): Promise<GraphQLContext> => {
      if ('extra' in arg) {
        const request = arg.extra.request;
        const viewer = await auth.viewerForSession(sessionTokenFromHeader(request.headers.cookie));
        return { viewer, ip: request.socket.remoteAddress ?? 'unknown', loaders: loaders.create(viewer) };
      }
      const viewer = await auth.viewerForSession(readSessionCookie(arg.req.cookies as Record<string, unknown>));
      return {
        req: arg.req,
        res: arg.res,
        requestId: requestIdOf(arg.res),
        viewer,
        ip: clientIp(arg.req),
        loaders: loaders.create(viewer),
      };
    },
  };
}
