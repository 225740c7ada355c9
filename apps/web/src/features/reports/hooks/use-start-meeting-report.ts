import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const startMeetingReportMutation = graphql(`
  mutation StartMeetingReport($meetingId: ID!) {
    startMeetingReport(meetingId: $meetingId) {
      id
      ...ReportPanel_report
      meeting {
        id
        report {
          id
        }
      }
    }
  }
`);

/** Opens the meeting's report with one empty section per agenda session; the meeting then points at it. */
export function useStartMeetingReport() {
  const [mutate] = useMutation(startMeetingReportMutation);
  return async (meetingId: string): Promise<void> => {
    await mutate({ variables: { meetingId } });
  };
}
