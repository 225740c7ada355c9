import { InMemoryCache } from '@apollo/client';

/**
 * Every entity in the schema has an `id`, so the default normalization applies. The read functions
 * let a page that asks for one meeting, study group, organization or document start from what a list already loaded.
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
          studyGroup: {
            read(existing: unknown, { args, toReference }) {
              return existing ?? toReference({ __typename: 'StudyGroup', id: String(args?.['id']) });
            },
          },
          organization: {
            read(existing: unknown, { args, toReference }) {
              return existing ?? toReference({ __typename: 'Organization', id: String(args?.['id']) });
            },
          },
          document: {
            read(existing: unknown, { args, toReference }) {
              return existing ?? toReference({ __typename: 'Document', id: String(args?.['id']) });
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
      StudyGroup: {
        fields: {
          // Lists of objects without ids of their own: a new list replaces the old one whole.
          committees: { merge: false },
          principles: { merge: false },
        },
      },
      MeetingPlan: {
        fields: {
          // What the whole group may know of the scheduled meeting; has no id, and replaces what was there.
          schedule: { merge: false },
        },
      },
      MeetingReport: {
        fields: {
          // The current text and the computed figures have no ids: a fresh answer replaces them whole.
          current: { merge: false },
          participation: { merge: false },
        },
      },
      DocumentVersion: {
        fields: {
          // The order after an insert, move or delete is the server's: the new list replaces the old one whole.
          paragraphs: { merge: false },
          removedParagraphs: { merge: false },
        },
      },
      // Its id is "versionId:paragraphId": the same paragraph in two versions is two entries, as it reads differently.
      Paragraph: {
        fields: {
          // Addressees have no ids of their own: a saved paragraph's list replaces the old one whole.
          addressees: { merge: false },
        },
      },
      ReportRevision: { keyFields: false },
      ParticipationFigures: { keyFields: false },
      StudyGroupCommittee: { keyFields: false },
      StudyGroupPrinciple: { keyFields: false },
      ScheduledMeetingSummary: { keyFields: false },
      AgendaSpeaker: { keyFields: false },
      AgendaWarning: { keyFields: false },
      // Parts of a paragraph or a version, without ids of their own.
      Addressee: { keyFields: false },
      RemovedParagraph: { keyFields: false },
      ParagraphThen: { keyFields: false },
      // Hold no id of their own: each belongs to the invitation token it was asked for.
      AccountInvitationPreview: { keyFields: false },
      InvitationPreview: { keyFields: false },
      SignInPayload: { keyFields: false },
    },
  });
}
