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
      Meeting: {
        fields: {
          // Recomputed by the server on every change: a new list replaces the old one whole.
          agendaWarnings: { merge: false },
        },
      },
      AgendaItem: {
        fields: {
          // Speakers have no id of their own; the item's list is replaced whole when it changes.
          speakers: { merge: false },
        },
      },
      AgendaSpeaker: { keyFields: false },
      AgendaWarning: { keyFields: false },
      // Hold no id of their own: each belongs to the invitation token it was asked for.
      AccountInvitationPreview: { keyFields: false },
      InvitationPreview: { keyFields: false },
      SignInPayload: { keyFields: false },
    },
  });
}
