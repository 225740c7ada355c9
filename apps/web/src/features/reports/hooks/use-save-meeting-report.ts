import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { SaveMeetingReportInput } from '../../../__generated__/graphql';

export const saveMeetingReportMutation = graphql(`
  mutation SaveMeetingReport($input: SaveMeetingReportInput!) {
    saveMeetingReport(input: $input) {
      id
      revision
      ...ReportPanel_report
    }
  }
`);

/**
 * Saves the text as the report's next revision; resolves to the revision now current. Refused with
 * VERSION_CONFLICT when someone saved since `baseRevision`.
 */
export function useSaveMeetingReport() {
  const [mutate] = useMutation(saveMeetingReportMutation);
  return async (input: SaveMeetingReportInput): Promise<number> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the saved report.');
    return data.saveMeetingReport.revision;
  };
}
