import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const previewParticipantImportMutation = graphql(`
  mutation PreviewParticipantImport($meetingId: ID!, $csv: String!) {
    previewParticipantImport(meetingId: $meetingId, csv: $csv) {
      ...ImportParticipantsDialog_row
    }
  }
`);

/** Reads a CSV of participants on the server and returns each row with its errors; nothing is stored. */
export function usePreviewParticipantImport(meetingId: string) {
  const [mutate] = useMutation(previewParticipantImportMutation);
  return async (csv: string) => {
    const { data } = await mutate({ variables: { meetingId, csv } });
    return data?.previewParticipantImport ?? [];
  };
}
