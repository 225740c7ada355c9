import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { InvitationLetterInput } from '../../../__generated__/graphql';

export const sendInvitationsMutation = graphql(`
  mutation SendInvitations($meetingId: ID!, $participationIds: [ID!]) {
    sendInvitations(meetingId: $meetingId, participationIds: $participationIds) {
      sent {
        id
        ...ParticipantRow_participation
      }
      notAsked {
        id
        ...ParticipantRow_participation
      }
    }
  }
`);

export const remindInviteesMutation = graphql(`
  mutation RemindInvitees($meetingId: ID!, $participationIds: [ID!]) {
    remindInvitees(meetingId: $meetingId, participationIds: $participationIds) {
      id
      ...ParticipantRow_participation
    }
  }
`);

export const invitationLetterQuery = graphql(`
  query InvitationLetter($id: ID!) {
    meeting(id: $id) {
      id
      invitationLetter {
        subject
        body
        logistics
        signature
        linkAgenda
        linkConceptNote
        version
        previewSubject
        previewText
      }
    }
  }
`);

export const updateInvitationLetterMutation = graphql(`
  mutation UpdateInvitationLetter($meetingId: ID!, $input: InvitationLetterInput!) {
    updateInvitationLetter(meetingId: $meetingId, input: $input) {
      subject
      body
      logistics
      signature
      linkAgenda
      linkConceptNote
      version
      previewSubject
      previewText
    }
  }
`);

/** The counts and the outbox change with every sending: they reload when next shown. */
function evictAfterSending(cache: ApolloCache, meetingId: string) {
  const meeting = cache.identify({ __typename: 'Meeting', id: meetingId });
  for (const fieldName of ['participantCounts', 'outbox', 'invitationLetter']) cache.evict({ id: meeting, fieldName });
}

/** Sends the invitations of those chosen, or of everyone not yet invited; rows update in place. */
export function useSendInvitations(meetingId: string) {
  const [mutate] = useMutation(sendInvitationsMutation, {
    update(cache) {
      evictAfterSending(cache, meetingId);
    },
  });
  return async (participationIds: readonly string[] | null) => {
    const { data } = await mutate({
      variables: { meetingId, participationIds: participationIds ? [...participationIds] : null },
    });
    return { sent: data?.sendInvitations.sent.length ?? 0, notAsked: data?.sendInvitations.notAsked.length ?? 0 };
  };
}

/** Reminds those chosen, or everyone invited who has not replied. */
export function useRemindInvitees(meetingId: string) {
  const [mutate] = useMutation(remindInviteesMutation, {
    update(cache) {
      evictAfterSending(cache, meetingId);
    },
  });
  return async (participationIds: readonly string[] | null): Promise<number> => {
    const { data } = await mutate({
      variables: { meetingId, participationIds: participationIds ? [...participationIds] : null },
    });
    return data?.remindInvitees.length ?? 0;
  };
}

/** Saves the letter; the query's letter is replaced by the answer, with its new version and preview. */
export function useUpdateInvitationLetter(meetingId: string) {
  const [mutate] = useMutation(updateInvitationLetterMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.writeQuery({
        query: invitationLetterQuery,
        variables: { id: meetingId },
        data: { meeting: { __typename: 'Meeting', id: meetingId, invitationLetter: data.updateInvitationLetter } },
      });
    },
  });
  return async (input: InvitationLetterInput): Promise<void> => {
    await mutate({ variables: { meetingId, input } });
  };
}
