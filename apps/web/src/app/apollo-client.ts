import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { CloseCode, createClient } from 'graphql-ws';
import { viewerQuery } from '../features/auth/graphql/viewer';
import { createCache } from './cache';

const GRAPHQL_PATH = '/graphql';

function webSocketUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${GRAPHQL_PATH}`;
}

export function createApolloClient() {
  const cache = createCache();

  const httpLink = new HttpLink({
    uri: GRAPHQL_PATH,
    credentials: 'same-origin',
    // The API refuses requests a browser could send cross-site without a preflight (CSRF prevention).
    headers: { 'apollo-require-preflight': 'true' },
  });

  // A session that ended elsewhere (expired, signed out in another tab) sends every page back to sign-in.
  const signedOut = () => cache.writeQuery({ query: viewerQuery, data: { viewer: null } });

  // Lazy: the socket opens with the first subscription and closes when the last one ends. The server
  // closes it with 4401 or 4403 the moment the session ends (signed out anywhere, expired, disabled).
  const wsLink = new GraphQLWsLink(
    createClient({
      url: webSocketUrl(),
      lazy: true,
      retryAttempts: 5,
      on: {
        closed: (event) => {
          const code = (event as { code?: number } | undefined)?.code;
          if (code === CloseCode.Unauthorized || code === CloseCode.Forbidden) signedOut();
        },
      },
    }),
  );

  const errorLink = new ErrorLink(({ error }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((graphQLError) => graphQLError.extensions?.['reason'] === 'SIGN_IN_REQUIRED')
    ) {
      signedOut();
    }
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([
      errorLink,
      ApolloLink.split(({ query }) => isSubscriptionOperation(query), wsLink, httpLink),
    ]),
    clientAwareness: { name: 'plenary-web', version: '0.0.0' },
  });
}
