import { type Client, type ClientOptions, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLTestClient } from './graphql-client';
import type { TestApp } from './test-app';

/** A graphql-ws client that presents the browser's session cookie, as a page on the site would. */
export function wsClient(
  app: TestApp,
  http: GraphQLTestClient,
  options: { origin?: string; on?: ClientOptions['on'] } = {},
): Client {
  const headers: Record<string, string> = {
    cookie: http.sessionCookie ?? '',
    ...(options.origin ? { origin: options.origin } : {}),
  };
  return createClient({
    url: `${app.baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    },
    retryAttempts: 0,
    lazy: true,
    on: options.on,
  });
}
