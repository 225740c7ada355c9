import { InMemoryCache } from '@apollo/client';

/**
 * Every entity in the schema has an `id`, so the default normalization applies. The read functions
 * let a page that asks for one meeting or organization start from what a list already loaded.
 */
export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          meeting: {
            read(existing: unknown, { args, toReference }) {
              return existing ?? toReference({ __typename: 'Meeting', id: String(args?.['id']) });
            },
          },
          organization: {
            read(existing: unknown, { args, toReference }) {
              return existing ?? toReference({ __typename: 'Organization', id: String(args?.['id']) });
            },
          },
        },
      },
      // Holds no id of its own: it belongs to the invitation token it was asked for.
      AccountInvitationPreview: { keyFields: false },
      SignInPayload: { keyFields: false },
    },
  });
}
